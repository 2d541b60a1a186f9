import type { Change } from './change.ts';
import type { Facility } from './model.ts';
import type { Scenario, Workspace } from './workspace.ts';

/**
 * The facilities a scenario evaluates: the baseline, with the scenario's overrides replacing baseline
 * facilities of the same id and its removed ones left out, then the scenario's proposals in order.
 * `scenarioId` null gives the baseline alone. Unknown scenario ids give the baseline too.
 *
 * @example evaluate(zones, scenarioFacilities(ws, ws.activeScenarioId), rules)
 */
export function scenarioFacilities(ws: Workspace, scenarioId: string | null): Facility[] {
  const s = scenarioId === null ? undefined : ws.scenarios.find((x) => x.id === scenarioId);
  if (!s) return ws.baseline.slice();
  const own = new Map(s.facilities.map((f) => [f.id, f]));
  const removed = new Set(s.removedBaselineIds);
  const baseIds = new Set(ws.baseline.map((f) => f.id));
  const kept = ws.baseline.filter((f) => !removed.has(f.id)).map((f) => own.get(f.id) ?? f);
  return [...kept, ...s.facilities.filter((f) => !baseIds.has(f.id))];
}

/** A scenario by id, or undefined. */
export function findScenario(ws: Workspace, scenarioId: string): Scenario | undefined {
  return ws.scenarios.find((s) => s.id === scenarioId);
}

/** Identity of a new scenario: the caller makes the id (e.g. `crypto.randomUUID()`) and the time. */
export interface NewScenario {
  id: string;
  name: string;
  /** ISO 8601. */
  createdAt: string;
}

function created(ws: Workspace, scenario: Scenario, activate: boolean): Change {
  const add: Change = { type: 'scenario_created', scenario, index: ws.scenarios.length };
  if (!activate) return add;
  return {
    type: 'batch',
    changes: [add, { type: 'active_scenario_set', before: ws.activeScenarioId, after: scenario.id }],
  };
}

/**
 * An empty scenario appended to the list, made active unless `activate` is false.
 *
 * @example createScenario(ws, { id: 'sc-2', name: '方案二', createdAt: new Date().toISOString() })
 */
export function createScenario(ws: Workspace, init: NewScenario, activate = true): Change {
  if (findScenario(ws, init.id)) throw new RangeError(`scenario "${init.id}" already exists`);
  return created(ws, { ...init, facilities: [], removedBaselineIds: [] }, activate);
}

/** A copy of scenario `sourceId` (same facilities, overrides and removals) under a new id and name. */
export function duplicateScenario(
  ws: Workspace,
  sourceId: string,
  init: NewScenario,
  activate = true,
): Change {
  const source = findScenario(ws, sourceId);
  if (!source) throw new RangeError(`scenario "${sourceId}" not found`);
  if (findScenario(ws, init.id)) throw new RangeError(`scenario "${init.id}" already exists`);
  const copy: Scenario = {
    ...init,
    facilities: source.facilities.slice(),
    removedBaselineIds: source.removedBaselineIds.slice(),
  };
  return created(ws, copy, activate);
}

/** Rename a scenario; null when the name is unchanged. */
export function renameScenario(ws: Workspace, scenarioId: string, name: string): Change | null {
  const s = findScenario(ws, scenarioId);
  if (!s) throw new RangeError(`scenario "${scenarioId}" not found`);
  return s.name === name ? null : { type: 'scenario_renamed', scenarioId, before: s.name, after: name };
}

/** Delete a scenario; when it is the active one, the baseline becomes active first. Undo restores both. */
export function deleteScenario(ws: Workspace, scenarioId: string): Change {
  const index = ws.scenarios.findIndex((s) => s.id === scenarioId);
  const scenario = ws.scenarios[index];
  if (!scenario) throw new RangeError(`scenario "${scenarioId}" not found`);
  const del: Change = { type: 'scenario_deleted', scenario, index };
  if (ws.activeScenarioId !== scenarioId) return del;
  return { type: 'batch', changes: [{ type: 'active_scenario_set', before: scenarioId, after: null }, del] };
}

/** Make a scenario (or the baseline, null) active; null when it already is. */
export function setActiveScenario(ws: Workspace, scenarioId: string | null): Change | null {
  if (ws.activeScenarioId === scenarioId) return null;
  if (scenarioId !== null && !findScenario(ws, scenarioId))
    throw new RangeError(`scenario "${scenarioId}" not found`);
  return { type: 'active_scenario_set', before: ws.activeScenarioId, after: scenarioId };
}

/** Close (excluded true) or reopen a baseline facility in a scenario; null when already so. */
export function excludeBaselineFacility(
  ws: Workspace,
  scenarioId: string,
  facilityId: string,
  excluded: boolean,
): Change | null {
  const s = findScenario(ws, scenarioId);
  if (!s) throw new RangeError(`scenario "${scenarioId}" not found`);
  if (!ws.baseline.some((f) => f.id === facilityId))
    throw new RangeError(`baseline facility "${facilityId}" not found`);
  if (s.removedBaselineIds.includes(facilityId) === excluded) return null;
  return { type: 'baseline_excluded', scenarioId, facilityId, excluded };
}
