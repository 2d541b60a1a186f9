import type { FeatureCollection, Geometry } from 'geojson';
import type { Evaluation, Facility, FacilityStatus, Label, Rule, Zone } from '../domain/index.ts';
import { type CoverageModel, createCoverageModel } from '../engine/coverage.ts';
import { featuresToFacilities } from '../engine/io/features_to_facilities.ts';
import { featuresToZones } from '../engine/io/features_to_zones.ts';
import type { ImportReply, WorkerIssue } from './protocol.ts';

interface ModelState {
  zones: Zone[];
  statusesKey: string;
  model: CoverageModel;
  /** The facilities the model holds, as last received. */
  facilities: Map<string, Facility>;
}

let current: ModelState | null = null;

/**
 * Evaluates with an incremental coverage model kept between calls: the model is rebuilt only
 * when the zones or counted statuses change; rule edits re-stamp only the changed rules and
 * facility edits only the moved facilities.
 */
export function evaluateCoverage(
  zones: Zone[],
  facilities: Facility[],
  rules: Rule[],
  statuses: FacilityStatus[],
  onProgress: (fraction: number) => void,
): Evaluation {
  const statusesKey = statuses.join(',');
  if (!current || current.zones !== zones || current.statusesKey !== statusesKey) {
    const model = createCoverageModel(zones, rules, { statuses, onProgress: (f) => onProgress(f * 0.7) });
    model.setFacilities(facilities);
    current = { zones, statusesKey, model, facilities: byId(facilities) };
  } else {
    current.model.setRules(rules);
    syncFacilities(current, facilities);
  }
  onProgress(0.8);
  const evaluation = current.model.evaluation({ gaps: true });
  onProgress(1);
  return evaluation;
}

/** The facilities by id, as a model's holder keeps them for `syncFacilities`. */
export function byId(facilities: readonly Facility[]): Map<string, Facility> {
  return new Map(facilities.map((f) => [f.id, f]));
}

/**
 * True when two versions of a facility hold the same fields. Facilities arrive as fresh copies
 * in every message, so they are compared field by field (all fields are plain values; any other
 * value is compared as JSON), which costs far less than serializing every facility.
 */
export function sameFacility(a: Facility, b: Facility): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a) as (keyof Facility)[];
  if (keysA.length !== Object.keys(b).length) return false;
  for (const k of keysA) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (!Object.hasOwn(b, k)) return false;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/** Removes the facilities that are gone and upserts only those added or changed. */
export function syncFacilities(
  state: { model: CoverageModel; facilities: Map<string, Facility> },
  facilities: readonly Facility[],
): void {
  const next = byId(facilities);
  for (const id of state.facilities.keys()) if (!next.has(id)) state.model.removeFacility(id);
  for (const f of next.values()) {
    const old = state.facilities.get(f.id);
    if (!old || !sameFacility(old, f)) state.model.upsertFacility(f);
  }
  state.facilities = next;
}

function toIssues(r: { warnings: { message: Label }[]; errors?: { message: Label }[] }): WorkerIssue[] {
  return [
    ...(r.errors ?? []).map((e) => ({ message: e.message, severity: 'error' as const })),
    ...r.warnings.map((w) => ({ message: w.message, severity: 'warning' as const })),
  ];
}

/** Reads zones from a parsed GeoJSON object; never throws. */
export function importZones(geojson: unknown, fileName: string): ImportReply<Zone[]> {
  const r = featuresToZones(geojson as FeatureCollection<Geometry | null>, fileName);
  return r.ok ? { ok: true, data: r.zones, issues: toIssues(r) } : { ok: false, issues: toIssues(r) };
}

/** Reads facilities from a parsed GeoJSON object; never throws. */
export function importFacilities(geojson: unknown, fileName: string): ImportReply<Facility[]> {
  const r = featuresToFacilities(geojson as FeatureCollection<Geometry | null>, fileName);
  return r.ok ? { ok: true, data: r.facilities, issues: toIssues(r) } : { ok: false, issues: toIssues(r) };
}
