import { area, circle, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type {
  Facility,
  FacilityKind,
  RatioRule,
  ReachRule,
  ReachThreshold,
  Zone,
  ZoneClass,
  ZoneLevel,
} from '../../src/domain/index.ts';

/** Seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Degrees of latitude per km on the engine's sphere. */
export const KM_LAT = 1 / 111.19508;
/** Degrees of longitude per km at latitude `lat`. */
export const kmLon = (lat: number) => KM_LAT / Math.cos((lat * Math.PI) / 180);

export function rectZone(
  code: string,
  [w, s, e, n]: [number, number, number, number],
  opts: { level?: ZoneLevel; cls?: ZoneClass; population?: number | null; name?: string } = {},
): Zone {
  return {
    code,
    name: opts.name ?? code,
    level: opts.level ?? 'street',
    class: opts.cls ?? 'urban',
    population: opts.population === undefined ? 10_000 : opts.population,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  };
}

export function facility(
  id: string,
  kind: FacilityKind,
  lon: number,
  lat: number,
  extra: Partial<Facility> = {},
): Facility {
  return { id, name: id, kind, status: 'existing', lon, lat, ...extra };
}

export function reachRule(
  id: string,
  thresholds: Partial<Record<ZoneClass, ReachThreshold>>,
  extra: Partial<ReachRule> = {},
): ReachRule {
  return {
    id,
    type: 'reach',
    title: { zh: id, en: id },
    sources: [],
    enabled: true,
    kinds: ['ambulance_station', 'emergency_centre'],
    thresholds,
    targetShare: 0.9,
    ...extra,
  };
}

/** A beds-per-1,000-residents ratio rule per zone (target 6 unless `extra` says otherwise). */
export function bedsRule(extra: Partial<RatioRule> = {}): RatioRule {
  return {
    id: 'beds',
    type: 'ratio',
    title: { zh: '每千人床位', en: 'Beds per 1,000' },
    sources: [],
    enabled: true,
    attribute: 'beds',
    perResidents: 1000,
    target: 6,
    scope: 'zone',
    ...extra,
  };
}

/** Exact covered area (km²) of a zone: Turf intersect of the zone with the union of 256-vertex circles. */
export function exactCoveredKm2(zone: Zone, points: [number, number][], radiusKm: number): number {
  if (points.length === 0) return 0;
  const circles = points.map((p) => circle(p, radiusKm, { steps: 256, units: 'kilometers' }));
  const all: Feature<Polygon | MultiPolygon> | null =
    circles.length === 1
      ? (circles[0] as Feature<Polygon>)
      : union({ type: 'FeatureCollection', features: circles });
  if (!all) return 0;
  const zf: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: zone.geometry };
  const cut = intersect({ type: 'FeatureCollection', features: [zf, all] });
  return cut ? area(cut) / 1e6 : 0;
}

export function zoneAreaKm2(zone: Zone): number {
  return area(zone.geometry) / 1e6;
}
