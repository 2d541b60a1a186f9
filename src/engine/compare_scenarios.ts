import {
  AREA_CODE,
  type Evaluation,
  type Facility,
  type RuleResult,
  type RuleStatus,
  type Zone,
} from '../domain/index.ts';
import { diffFacilities, type FacilityDiff } from './facility_diff.ts';

/** `fixed`: fail → pass; `broken`: pass → fail; null otherwise (including n/a on either side). */
export type StatusFlip = 'fixed' | 'broken' | null;

/** A number before and after, and after − before (null when either side lacks it). */
export interface Delta {
  before: number | null;
  after: number | null;
  change: number | null;
}

/** One rule for one zone (or the whole area, `zoneCode` = AREA_CODE) in evaluations A and B. */
export interface RuleComparison {
  ruleId: string;
  zoneCode: string;
  /** The zone's name; the code when the zone is not in `zones`; '' for the whole area. */
  zoneName: string;
  /** null when the rule or zone is missing from that evaluation (e.g. a rule enabled only in B). */
  statusBefore: RuleStatus | null;
  statusAfter: RuleStatus | null;
  flip: StatusFlip;
  /** Reach rules: people within reach, and the share of the population (0–1; change in share points). */
  populationCovered?: Delta;
  populationShare?: Delta;
  /** Count rules: facilities counted and required. */
  count?: Delta;
  required?: Delta;
  /** Ratio rules: attribute per `perResidents` residents, and the target. */
  ratio?: Delta;
  target?: number;
}

export interface Comparison {
  /** Per zone and rule, in rule order then zone order. */
  zones: RuleComparison[];
  /** Whole-area rows, one per rule. */
  area: RuleComparison[];
  facilities: FacilityDiff;
  /** Zone rows that flipped, per direction (area rows not included). */
  fixed: number;
  broken: number;
}

function delta(before: number | undefined, after: number | undefined): Delta {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, change: a !== null && b !== null ? a - b : null };
}

function flipOf(before: RuleStatus | null, after: RuleStatus | null): StatusFlip {
  if (before === 'fail' && after === 'pass') return 'fixed';
  if (before === 'pass' && after === 'fail') return 'broken';
  return null;
}

function compareResult(
  a: RuleResult | undefined,
  b: RuleResult | undefined,
  zoneName: string,
): RuleComparison {
  const any = (a ?? b) as RuleResult;
  const row: RuleComparison = {
    ruleId: any.ruleId,
    zoneCode: any.zoneCode,
    zoneName,
    statusBefore: a?.status ?? null,
    statusAfter: b?.status ?? null,
    flip: flipOf(a?.status ?? null, b?.status ?? null),
  };
  if (a?.reach || b?.reach) {
    row.populationCovered = delta(a?.reach?.populationCovered, b?.reach?.populationCovered);
    row.populationShare = delta(a?.reach?.populationShare, b?.reach?.populationShare);
  }
  if (a?.count || b?.count) {
    row.count = delta(a?.count?.count, b?.count?.count);
    row.required = delta(a?.count?.required, b?.count?.required);
  }
  if (a?.ratio || b?.ratio) {
    row.ratio = delta(a?.ratio?.value, b?.ratio?.value);
    row.target = (b?.ratio ?? a?.ratio)?.target;
  }
  return row;
}

const keyOf = (r: RuleResult) => `${r.ruleId}\u0000${r.zoneCode}`;

function pairRows(a: RuleResult[], b: RuleResult[], zoneName: (code: string) => string): RuleComparison[] {
  const before = new Map(a.map((r) => [keyOf(r), r]));
  const after = new Map(b.map((r) => [keyOf(r), r]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys.map((k) => {
    const any = (before.get(k) ?? after.get(k)) as RuleResult;
    return compareResult(before.get(k), after.get(k), zoneName(any.zoneCode));
  });
}

/**
 * What changes from evaluation A (e.g. the baseline) to evaluation B (e.g. a scenario): per zone and
 * rule the people covered, share, status (pass ↔ fail flips), facility count and ratio; per facility
 * what was added, removed, moved (metres) or edited. Pure; inputs are not modified.
 *
 * @example
 * const c = compareEvaluations(evalBaseline, evalScenario, zones, baselineFacilities, scenarioFacilities);
 * c.zones.filter((r) => r.flip === 'fixed') // zone-rules the scenario fixes
 */
export function compareEvaluations(
  a: Evaluation,
  b: Evaluation,
  zones: readonly Zone[],
  facilitiesA: readonly Facility[],
  facilitiesB: readonly Facility[],
): Comparison {
  const zoneOrder = new Map(zones.map((z, i) => [z.code, i]));
  const names = new Map(zones.map((z) => [z.code, z.name]));
  const zoneName = (code: string) => (code === AREA_CODE ? '' : (names.get(code) ?? code));
  const rows = pairRows(a.results, b.results, zoneName);
  const ruleOrder = new Map<string, number>();
  for (const r of [...a.area, ...b.area, ...rows])
    if (!ruleOrder.has(r.ruleId)) ruleOrder.set(r.ruleId, ruleOrder.size);
  const zoneIndex = (code: string) => zoneOrder.get(code) ?? zones.length;
  rows.sort(
    (x, y) =>
      (ruleOrder.get(x.ruleId) ?? 0) - (ruleOrder.get(y.ruleId) ?? 0) ||
      zoneIndex(x.zoneCode) - zoneIndex(y.zoneCode) ||
      x.zoneCode.localeCompare(y.zoneCode),
  );
  return {
    zones: rows,
    area: pairRows(a.area, b.area, zoneName),
    facilities: diffFacilities(facilitiesA, facilitiesB),
    fixed: rows.filter((r) => r.flip === 'fixed').length,
    broken: rows.filter((r) => r.flip === 'broken').length,
  };
}
