import type { FeatureCollection, Geometry } from 'geojson';
import type { Evaluation, Facility, FacilityStatus, Label, Rule, Zone } from '../domain/index.ts';
import { type CoverageModel, createCoverageModel } from '../engine/index.ts';
import { featuresToFacilities } from '../engine/io/features_to_facilities.ts';
import { featuresToZones } from '../engine/io/features_to_zones.ts';
import type { ImportReply, WorkerIssue } from './protocol.ts';

interface ModelState {
  zones: Zone[];
  statusesKey: string;
  model: CoverageModel;
  facilities: Map<string, string>;
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
    current = { zones, statusesKey, model, facilities: fingerprint(facilities) };
  } else {
    current.model.setRules(rules);
    syncFacilities(current, facilities);
  }
  onProgress(0.8);
  const evaluation = current.model.evaluation({ gaps: true });
  onProgress(1);
  return evaluation;
}

function fingerprint(facilities: Facility[]): Map<string, string> {
  return new Map(facilities.map((f) => [f.id, JSON.stringify(f)]));
}

function syncFacilities(state: ModelState, facilities: Facility[]): void {
  const next = fingerprint(facilities);
  for (const id of state.facilities.keys()) if (!next.has(id)) state.model.removeFacility(id);
  for (const f of facilities)
    if (state.facilities.get(f.id) !== next.get(f.id)) state.model.upsertFacility(f);
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
