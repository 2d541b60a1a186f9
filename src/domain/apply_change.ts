import type { Change, FacilityListId, RuleSettingValue } from './change.ts';
import type { Facility } from './model.ts';
import type { RuleOverride, Scenario, Workspace } from './workspace.ts';

/** A change that does not fit the workspace it is applied to (a programming error, not user input). */
export class ChangeError extends Error {
  override name = 'ChangeError';
}

function scenarioIndex(ws: Workspace, scenarioId: string): number {
  const i = ws.scenarios.findIndex((s) => s.id === scenarioId);
  if (i < 0) throw new ChangeError(`scenario "${scenarioId}" not found`);
  return i;
}

function getList(ws: Workspace, list: FacilityListId): Facility[] {
  if (list === null) return ws.baseline;
  return (ws.scenarios[scenarioIndex(ws, list)] as Scenario).facilities;
}

function withList(ws: Workspace, list: FacilityListId, facilities: Facility[]): Workspace {
  if (list === null) return { ...ws, baseline: facilities };
  return withScenario(ws, list, (s) => ({ ...s, facilities }));
}

function withScenario(ws: Workspace, scenarioId: string, edit: (s: Scenario) => Scenario): Workspace {
  const i = scenarioIndex(ws, scenarioId);
  const scenarios = ws.scenarios.slice();
  scenarios[i] = edit(scenarios[i] as Scenario);
  return { ...ws, scenarios };
}

function facilityIndex(list: Facility[], id: string, list_: FacilityListId): number {
  const i = list.findIndex((f) => f.id === id);
  if (i < 0)
    throw new ChangeError(
      `facility "${id}" not found in ${list_ === null ? 'baseline' : `scenario "${list_}"`}`,
    );
  return i;
}

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  if (index < 0 || index > items.length)
    throw new ChangeError(`index ${index} out of range 0–${items.length}`);
  return [...items.slice(0, index), item, ...items.slice(index)];
}

function removeAt<T>(items: readonly T[], index: number, matches: (item: T) => boolean): T[] {
  const item = items[index];
  if (item === undefined || !matches(item))
    throw new ChangeError(`item to remove not found at index ${index}`);
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

type Tree = Record<string, unknown>;

/** Copy of `tree` with `path` set to `value`; `undefined` deletes the key and prunes emptied objects. */
function setIn(tree: Tree, path: readonly string[], value: unknown): Tree {
  const [key, ...rest] = path;
  if (key === undefined) throw new ChangeError('empty rule setting path');
  const next: Tree = { ...tree };
  const child = rest.length === 0 ? value : setIn((tree[key] as Tree | undefined) ?? {}, rest, value);
  const empty = child === undefined || (rest.length > 0 && Object.keys(child as Tree).length === 0);
  if (empty) delete next[key];
  else next[key] = child;
  return next;
}

function setRuleSetting(
  ws: Workspace,
  ruleId: string,
  path: readonly string[],
  value: RuleSettingValue,
): Workspace {
  const current = (ws.rules.overrides[ruleId] ?? {}) as Tree;
  const updated = setIn(current, path, value) as RuleOverride;
  const overrides = { ...ws.rules.overrides };
  if (Object.keys(updated).length === 0) delete overrides[ruleId];
  else overrides[ruleId] = updated;
  return { ...ws, rules: { ...ws.rules, overrides } };
}

/**
 * The workspace after `change`. Pure: `ws` is never mutated and unchanged parts are shared.
 * Throws `ChangeError` when the change refers to something the workspace does not hold.
 *
 * @example const next = applyChange(ws, { type: 'workspace_renamed', before: ws.name, after: '西山区方案' })
 */
export function applyChange(ws: Workspace, change: Change): Workspace {
  switch (change.type) {
    case 'facility_added':
      return withList(ws, change.list, insertAt(getList(ws, change.list), change.index, change.facility));
    case 'facility_removed': {
      const id = change.facility.id;
      return withList(
        ws,
        change.list,
        removeAt(getList(ws, change.list), change.index, (f) => f.id === id),
      );
    }
    case 'facility_updated': {
      const list = getList(ws, change.list).slice();
      list[facilityIndex(list, change.before.id, change.list)] = change.after;
      return withList(ws, change.list, list);
    }
    case 'facilities_moved': {
      const list = getList(ws, change.list).slice();
      for (const m of change.moves) {
        const i = facilityIndex(list, m.id, change.list);
        list[i] = { ...(list[i] as Facility), lon: m.after.lon, lat: m.after.lat };
      }
      return withList(ws, change.list, list);
    }
    case 'facilities_replaced':
      return withList(ws, change.list, change.after);
    case 'baseline_excluded':
      return withScenario(ws, change.scenarioId, (s) => {
        const others = s.removedBaselineIds.filter((id) => id !== change.facilityId);
        return { ...s, removedBaselineIds: change.excluded ? [...others, change.facilityId].sort() : others };
      });
    case 'zone_updated': {
      const i = ws.zones.findIndex((z) => z.code === change.code);
      if (i < 0) throw new ChangeError(`zone "${change.code}" not found`);
      const zones = ws.zones.slice();
      zones[i] = { ...(zones[i] as Workspace['zones'][number]), ...change.after };
      return { ...ws, zones };
    }
    case 'zones_replaced':
      return { ...ws, zones: change.after };
    case 'rule_setting':
      return setRuleSetting(ws, change.ruleId, change.path, change.after);
    case 'rules_replaced':
      return { ...ws, rules: change.after };
    case 'scenario_created':
      return { ...ws, scenarios: insertAt(ws.scenarios, change.index, change.scenario) };
    case 'scenario_deleted': {
      const id = change.scenario.id;
      return { ...ws, scenarios: removeAt(ws.scenarios, change.index, (s) => s.id === id) };
    }
    case 'scenario_renamed':
      return withScenario(ws, change.scenarioId, (s) => ({ ...s, name: change.after }));
    case 'active_scenario_set':
      if (change.after !== null) scenarioIndex(ws, change.after);
      return { ...ws, activeScenarioId: change.after };
    case 'workspace_renamed':
      return { ...ws, name: change.after };
    case 'workspace_replaced':
      return change.after;
    case 'batch':
      return change.changes.reduce(applyChange, ws);
  }
}
