import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Label } from './facility_kinds.ts';

export type RuleStatus = 'pass' | 'fail' | 'na';

/** Population and area within reach (type `reach`). */
export interface ReachMetrics {
  population: number;
  populationCovered: number;
  /** 0–1; NaN-free: 1 when population is 0. */
  populationShare: number;
  areaKm2: number;
  areaCoveredKm2: number;
  areaShare: number;
  /** People outside reach (the shortfall). */
  peopleOutside: number;
  /** Extra people who must be reached to meet the target share (0 when passing). */
  peopleShort: number;
  /** Effective straight-line reach used for this zone's class, km. */
  reachKm: number;
  /** Always true until road travel times exist: every reach is straight-line. */
  straightLine: true;
}

/** Facilities counted inside a zone (type `minCount`). */
export interface CountMetrics {
  count: number;
  required: number;
  missing: number;
  /** Why the zone is exempt, when it is. */
  exemptReason?: Label;
}

/** Attribute per N residents (type `ratio`). */
export interface RatioMetrics {
  total: number;
  population: number;
  value: number;
  target: number;
  /** Units of the attribute missing to reach the target (0 when passing). */
  gap: number;
}

/** One rule's result for one zone, or for the whole area (`zoneCode` = AREA_CODE). */
export interface RuleResult {
  ruleId: string;
  zoneCode: string;
  status: RuleStatus;
  /** Why n/a, when it is. */
  note?: Label;
  reach?: ReachMetrics;
  count?: CountMetrics;
  ratio?: RatioMetrics;
}

export const AREA_CODE = '__area__';

export type DataIssueCode =
  | 'facility_outside_zones'
  | 'zone_without_population'
  | 'zones_overlap'
  | 'zone_invalid_geometry'
  | 'population_point_outside_zones';

/** Something in the input the planner should know about; never dropped silently. */
export interface DataIssue {
  code: DataIssueCode;
  message: Label;
  zoneCodes?: string[];
  facilityIds?: string[];
}

/** An uncovered part of a zone for one reach rule. */
export type GapFeature = Feature<
  Polygon | MultiPolygon,
  { ruleId: string; zoneCode: string; zoneName: string; areaKm2: number; population: number }
>;

export interface Evaluation {
  /** Per zone and rule. */
  results: RuleResult[];
  /** Whole-area results, one per enabled rule. */
  area: RuleResult[];
  issues: DataIssue[];
  gaps: GapFeature[];
  cellSizeM: number;
}
