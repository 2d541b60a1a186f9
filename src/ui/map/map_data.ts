import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import {
  type Evaluation,
  FACILITY_KINDS,
  type Facility,
  type FacilityStatus,
  type Rule,
  type RuleResult,
  type Zone,
} from '../../domain/index.ts';
import { effectiveReachKm } from '../../engine/reach_km.ts';
import type { Lang } from '../i18n/strings.ts';
import { FAMILY_COLORS, shareColor, statusColor } from './colors.ts';

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** Zone polygons with the fill colour of the selected rule's result. */
export function zoneFeatures(
  zones: Zone[],
  rule: Rule | undefined,
  results: Map<string, RuleResult> | undefined,
) {
  const fc = empty();
  for (const z of zones) {
    const r = results?.get(z.code);
    let fill = statusColor(r?.status);
    if (rule?.type === 'reach' && r?.reach && r.status !== 'na')
      fill = shareColor(r.reach.populationShare, rule.targetShare);
    fc.features.push({
      type: 'Feature',
      id: z.code,
      geometry: z.geometry,
      properties: { code: z.code, name: z.name, level: z.level, fill, hasResult: r ? 1 : 0 },
    });
  }
  return fc;
}

/** One label point per zone, inside the zone. */
export function zoneLabelFeatures(zones: Zone[], lang: Lang): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z) => {
      const point = turf.pointOnFeature(turf.feature(z.geometry));
      const label = lang === 'en' && z.nameEn ? `${z.name}\n${z.nameEn}` : z.name;
      return { ...point, properties: { code: z.code, label, level: z.level } };
    }),
  };
}

/** Facility points with their family colour; existing ones solid, the rest (planned, proposed…) hollow. */
export function facilityFeatures(facilities: Facility[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: facilities.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
      properties: {
        id: f.id,
        name: f.name,
        color: FAMILY_COLORS[FACILITY_KINDS[f.kind].family],
        solid: f.status === 'existing' ? 1 : 0,
        rank: FACILITY_KINDS[f.kind].level === 'village' ? 0 : 1,
      },
    })),
  };
}

/**
 * Straight-line reach circles of the selected reach rule around each counting facility, with
 * the reach of the class of the zone the facility stands in (the larger one when outside).
 */
export function reachFeatures(
  rule: Rule | undefined,
  facilities: Facility[],
  zones: Zone[],
  statuses: readonly FacilityStatus[],
): FeatureCollection {
  if (rule?.type !== 'reach') return empty();
  const kmByClass = {
    urban: rule.thresholds.urban ? effectiveReachKm(rule.thresholds.urban) : null,
    rural: rule.thresholds.rural ? effectiveReachKm(rule.thresholds.rural) : null,
  };
  const fallbackKm = Math.max(kmByClass.urban ?? 0, kmByClass.rural ?? 0);
  const fc = empty();
  for (const f of facilities) {
    if (!rule.kinds.includes(f.kind) || !statuses.includes(f.status)) continue;
    const host = zones.find(
      (z) => z.level !== 'village' && turf.booleanPointInPolygon([f.lon, f.lat], z.geometry),
    );
    const km = host ? (kmByClass[host.class] ?? fallbackKm) : fallbackKm;
    if (km <= 0) continue;
    const circle: Feature<Polygon> = turf.circle([f.lon, f.lat], km, { steps: 64, units: 'kilometers' });
    circle.properties = { id: f.id, km };
    fc.features.push(circle);
  }
  return fc;
}

/** The uncovered parts of zones for the selected rule. */
export function gapFeatures(rule: Rule | undefined, evaluation: Evaluation | null): FeatureCollection {
  if (!rule || !evaluation) return empty();
  return {
    type: 'FeatureCollection',
    features: evaluation.gaps.filter((g) => g.properties.ruleId === rule.id),
  };
}
