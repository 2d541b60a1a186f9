import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import {
  type Evaluation,
  FACILITY_KINDS,
  FACILITY_STATUS_LABELS,
  type Facility,
  type FacilityStatus,
  type Label,
  type Rule,
  type Zone,
} from '../../domain/index.ts';
import { type FlatValue, flattenRuleResult } from './flatten_result.ts';
import { usedPopulation } from './used_population.ts';

/** What the caller knows about the run that the evaluation does not carry. */
export interface ExportMeta {
  /** e.g. `covplan 0.1.0`. */
  generator: string;
  /** Facility statuses the evaluation counted. */
  statuses: readonly FacilityStatus[];
  /** ISO 8601 date-time; default: now. */
  date?: string;
  /** Input file names, by role. */
  inputs?: {
    zones?: string;
    facilities?: string;
    rules?: string;
    population?: string;
    /** A table whose population was joined to the zones (`--population-table`). */
    populationTable?: string;
  };
  /** Marks the export illustrative even when no zone or facility is (e.g. invented population points). */
  illustrative?: boolean;
}

export const STRAIGHT_LINE_NOTE: Label = {
  zh: '所有可达范围均按直线距离计算（分钟数按假定速度与绕行系数折算），不是道路网络通行时间。',
  en: 'Every reach is a straight-line distance (minutes converted with an assumed speed and detour factor), not a road-network travel time.',
};

export const ILLUSTRATIVE_NOTE: Label = {
  zh: '示意数据：输入含虚构的边界、人口或设施，仅用于演示，不得用于正式规划文件。',
  en: 'Illustrative data (示意数据): the inputs include invented boundaries, population or facilities; for demonstration only, not for official planning documents.',
};

/** The top-level `metadata` member of an exported FeatureCollection. */
export interface ExportMetadata {
  generator: string;
  date: string;
  cellSizeM: number;
  statuses: FacilityStatus[];
  inputs: NonNullable<ExportMeta['inputs']>;
  rules: Rule[];
  /** Whole-area results, flattened like zone properties. */
  area: Record<string, FlatValue>;
  straightLine: true;
  straightLineNote: Label;
  illustrative: boolean;
  illustrativeNote?: Label;
  issues: Evaluation['issues'];
}

export type EvaluationGeoJson = FeatureCollection<Geometry, Record<string, FlatValue>> & {
  metadata: ExportMetadata;
};

/** True when any zone or facility is marked illustrative (示意数据), or the caller says so. */
export function isIllustrative(
  zones: readonly Zone[],
  facilities: readonly Facility[],
  extra = false,
): boolean {
  return extra || zones.some((z) => z.illustrative) || facilities.some((f) => f.illustrative);
}

/**
 * The evaluation as one RFC 7946 FeatureCollection (lon/lat, outer rings counter-clockwise):
 * zone features (`layer: 'zone'`) with every rule's metrics flattened as `<ruleId>__<metric>` (see
 * `flattenRuleResult`), facility features (`layer: 'facility'`) with kind and status labels, gap
 * polygons (`layer: 'gap'`), and a top-level `metadata` member with the rules, their sources, the
 * cell size in metres, the statuses counted, the straight-line note and the 示意数据 flag.
 * Inputs are not mutated.
 *
 * @example evaluationToGeoJson(zones, facilities, rules, evaluation, { generator: 'covplan 0.1.0', statuses: ['existing'] })
 */
export function evaluationToGeoJson(
  zones: readonly Zone[],
  facilities: readonly Facility[],
  rules: readonly Rule[],
  evaluation: Evaluation,
  meta: ExportMeta,
): EvaluationGeoJson {
  const byZone = new Map<string, Record<string, FlatValue>>();
  for (const r of evaluation.results)
    byZone.set(r.zoneCode, { ...byZone.get(r.zoneCode), ...flattenRuleResult(r) });
  const area: Record<string, FlatValue> = {};
  for (const r of evaluation.area) Object.assign(area, flattenRuleResult(r));

  const used = usedPopulation(zones, evaluation);
  const zoneFeatures = zones.map(
    (z): Feature<Geometry, Record<string, FlatValue>> => ({
      type: 'Feature',
      geometry: rewind(z.geometry, { mutate: false }) as Polygon | MultiPolygon,
      properties: {
        layer: 'zone',
        code: z.code,
        name: z.name,
        name_en: z.nameEn ?? null,
        level: z.level,
        class: z.class,
        population: z.population,
        population_used: used.get(z.code) ?? null,
        parentCode: z.parentCode ?? null,
        illustrative: z.illustrative === true,
        ...byZone.get(z.code),
      },
    }),
  );
  const counted = new Set<FacilityStatus>(meta.statuses);
  const facilityFeatures = facilities.map(
    (f): Feature<Point, Record<string, FlatValue>> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
      properties: {
        layer: 'facility',
        id: f.id,
        name: f.name,
        kind: f.kind,
        kind_zh: FACILITY_KINDS[f.kind].label.zh,
        kind_en: FACILITY_KINDS[f.kind].label.en,
        status: f.status,
        status_zh: FACILITY_STATUS_LABELS[f.status].zh,
        status_en: FACILITY_STATUS_LABELS[f.status].en,
        counted: counted.has(f.status),
        beds: f.beds ?? null,
        doctors: f.doctors ?? null,
        nurses: f.nurses ?? null,
        ambulances: f.ambulances ?? null,
        open24h: f.open24h ?? null,
        tcmHall: f.tcmHall ?? null,
        illustrative: f.illustrative === true,
      },
    }),
  );
  const gapFeatures = evaluation.gaps.map(
    (g): Feature<Geometry, Record<string, FlatValue>> => ({
      type: 'Feature',
      geometry: rewind(g.geometry, { mutate: false }) as Polygon | MultiPolygon,
      properties: {
        layer: 'gap',
        ...g.properties,
        areaKm2: Math.round(g.properties.areaKm2 * 1000) / 1000,
        population: Math.round(g.properties.population),
      },
    }),
  );
  const illustrative = isIllustrative(zones, facilities, meta.illustrative);
  const metadata: ExportMetadata = {
    generator: meta.generator,
    date: meta.date ?? new Date().toISOString(),
    cellSizeM: evaluation.cellSizeM,
    statuses: [...meta.statuses],
    inputs: { ...meta.inputs },
    rules: structuredClone([...rules]),
    area,
    straightLine: true,
    straightLineNote: STRAIGHT_LINE_NOTE,
    illustrative,
    issues: structuredClone(evaluation.issues),
  };
  if (illustrative) metadata.illustrativeNote = ILLUSTRATIVE_NOTE;
  return {
    type: 'FeatureCollection',
    features: [...zoneFeatures, ...facilityFeatures, ...gapFeatures],
    metadata,
  };
}
