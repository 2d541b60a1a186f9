import type { Facility, FacilityStatus, PopulationPoint, Rule, Zone } from '../domain/index.ts';
import {
  type Comparison,
  type CoverageModel,
  compareEvaluations,
  createCoverageModel,
} from '../engine/index.ts';
import { byId, syncFacilities } from './engine_bridge.ts';

interface CompareModel {
  zones: Zone[];
  population: PopulationPoint[] | undefined;
  statusesKey: string;
  model: CoverageModel;
  /** The facilities the model holds, as last received. */
  facilities: Map<string, Facility>;
}

// A model of its own, so comparing never disturbs the incremental model of the main evaluation.
let current: CompareModel | null = null;

/**
 * Evaluates two facility sets (A, e.g. the baseline, and B, e.g. a scenario) on the same zones and
 * rules and compares them (`compareEvaluations`). B is reached from A by re-stamping only the
 * facilities that differ. Gap polygons are skipped.
 *
 * @example compareFacilitySets(zones, undefined, rules, statuses, baseline, scenario, () => {})
 */
export function compareFacilitySets(
  zones: Zone[],
  population: PopulationPoint[] | undefined,
  rules: Rule[],
  statuses: FacilityStatus[],
  facilitiesA: Facility[],
  facilitiesB: Facility[],
  onProgress: (fraction: number) => void,
): Comparison {
  const statusesKey = statuses.join(',');
  const same =
    current &&
    current.zones === zones &&
    current.population === population &&
    current.statusesKey === statusesKey;
  if (!current || !same) {
    const model = createCoverageModel(zones, rules, {
      statuses,
      ...(population ? { population } : {}),
      onProgress: (f) => onProgress(f * 0.6),
    });
    model.setFacilities(facilitiesA);
    current = { zones, population, statusesKey, model, facilities: byId(facilitiesA) };
  } else {
    current.model.setRules(rules);
    syncFacilities(current, facilitiesA);
  }
  const a = current.model.evaluation({ gaps: false });
  onProgress(0.8);
  syncFacilities(current, facilitiesB);
  const b = current.model.evaluation({ gaps: false });
  onProgress(1);
  return compareEvaluations(a, b, zones, facilitiesA, facilitiesB);
}
