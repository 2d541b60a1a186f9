import type {
  Change,
  FacilityListId,
  FacilityMove,
  RuleOverridePath,
  RuleSettingValue,
  ZonePatch,
} from './change.ts';
import type { Facility } from './model.ts';
import { ruleOverrideAt } from './rule_overrides.ts';
import type { Workspace } from './workspace.ts';

function listOf(ws: Workspace, list: FacilityListId): Facility[] {
  if (list === null) return ws.baseline;
  const s = ws.scenarios.find((x) => x.id === list);
  if (!s) throw new RangeError(`scenario "${list}" not found`);
  return s.facilities;
}

/**
 * Add `facility` to the baseline (list null) or to a scenario, at `index` (default: the end).
 *
 * @example addFacility(ws, 'sc-1', { id: 'p1', name: '拟建急救站', kind: 'ambulance_station', status: 'proposed', lon: 102.6, lat: 25 })
 */
export function addFacility(ws: Workspace, list: FacilityListId, facility: Facility, index?: number): Change {
  return { type: 'facility_added', list, facility, index: index ?? listOf(ws, list).length };
}

/** Remove facility `id` from a list; null when it is not there. */
export function removeFacility(ws: Workspace, list: FacilityListId, id: string): Change | null {
  const items = listOf(ws, list);
  const index = items.findIndex((f) => f.id === id);
  const facility = items[index];
  return facility ? { type: 'facility_removed', list, facility, index } : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Edit attributes of facility `id` in a list (a key set to undefined removes it); null when nothing
 * changes or the facility is not there.
 *
 * @example updateFacility(ws, null, 'f1', { beds: 120 })
 */
export function updateFacility(
  ws: Workspace,
  list: FacilityListId,
  id: string,
  patch: Partial<Facility>,
): Change | null {
  const before = listOf(ws, list).find((f) => f.id === id);
  if (!before) return null;
  const after: Facility = { ...before, ...patch };
  for (const key of Object.keys(after) as (keyof Facility)[]) if (after[key] === undefined) delete after[key];
  return sameValue(before, after) ? null : { type: 'facility_updated', list, before, after };
}

/**
 * Move facilities to new longitude/latitude (degrees). In a scenario, moving a baseline facility that
 * the scenario does not override yet adds an override (a moved copy) instead of editing the baseline.
 * Null when nothing moves.
 *
 * @example moveFacilities(ws, 'sc-1', [{ id: 'f1', lon: 102.71, lat: 25.04 }])
 */
export function moveFacilities(
  ws: Workspace,
  list: FacilityListId,
  targets: readonly { id: string; lon: number; lat: number }[],
): Change | null {
  const items = listOf(ws, list);
  const moves: FacilityMove[] = [];
  const added: Change[] = [];
  for (const t of targets) {
    const f = items.find((x) => x.id === t.id);
    if (f) {
      if (f.lon !== t.lon || f.lat !== t.lat) {
        moves.push({ id: t.id, before: { lon: f.lon, lat: f.lat }, after: { lon: t.lon, lat: t.lat } });
      }
      continue;
    }
    const base = list === null ? undefined : ws.baseline.find((x) => x.id === t.id);
    if (!base) throw new RangeError(`facility "${t.id}" not found`);
    const facility = { ...base, lon: t.lon, lat: t.lat };
    added.push({ type: 'facility_added', list, facility, index: items.length + added.length });
  }
  const changes: Change[] = [...added];
  if (moves.length > 0) changes.push({ type: 'facilities_moved', list, moves });
  if (changes.length <= 1) return changes[0] ?? null;
  return { type: 'batch', changes };
}

/** Replace a whole facility list (an import); null when it is unchanged. */
export function replaceFacilities(ws: Workspace, list: FacilityListId, after: Facility[]): Change | null {
  const before = listOf(ws, list);
  return sameValue(before, after) ? null : { type: 'facilities_replaced', list, before, after };
}

/**
 * Edit a zone's name, class or population; null when nothing changes.
 *
 * @example setZoneAttributes(ws, '530112001', { population: 81234 })
 */
export function setZoneAttributes(ws: Workspace, code: string, patch: ZonePatch): Change | null {
  const zone = ws.zones.find((z) => z.code === code);
  if (!zone) throw new RangeError(`zone "${code}" not found`);
  const before: ZonePatch = {};
  const after: ZonePatch = {};
  for (const key of ['name', 'class', 'population'] as const) {
    if (!(key in patch) || patch[key] === zone[key]) continue;
    Object.assign(before, { [key]: zone[key] });
    Object.assign(after, { [key]: patch[key] });
  }
  return Object.keys(after).length === 0 ? null : { type: 'zone_updated', code, before, after };
}

/**
 * Set one rule setting (undefined: back to the preset's value); null when nothing changes.
 *
 * @example setRuleSetting(ws, 'ems_reach', ['thresholds', 'urban', 'radiusKm'], 4)
 */
export function setRuleSetting(
  ws: Workspace,
  ruleId: string,
  path: RuleOverridePath,
  after: RuleSettingValue,
): Change | null {
  const before = ruleOverrideAt(ws.rules, ruleId, path);
  return sameValue(before, after) ? null : { type: 'rule_setting', ruleId, path, before, after };
}

/**
 * Switch the rule preset; overrides are dropped (undo brings them back), the counted statuses stay.
 * Null when already active.
 */
export function switchPreset(ws: Workspace, presetId: string): Change | null {
  if (ws.rules.presetId === presetId) return null;
  return { type: 'rules_replaced', before: ws.rules, after: { ...ws.rules, presetId, overrides: {} } };
}

/** Rename the workspace; null when the name is unchanged. */
export function renameWorkspace(ws: Workspace, name: string): Change | null {
  return ws.name === name ? null : { type: 'workspace_renamed', before: ws.name, after: name };
}
