import {
  type Change,
  type Facility,
  findScenario,
  moveFacilities,
  removeFacility,
  replaceFacilities,
  setZoneAttributes,
  type Workspace,
} from '../domain/index.ts';
import type { EditContext, StoreEdit } from './changes.ts';

type FacilityEdit = Extract<
  StoreEdit,
  {
    kind:
      | 'setFacilities'
      | 'addProposal'
      | 'upsertFacility'
      | 'removeFacility'
      | 'moveFacility'
      | 'updateZone';
  }
>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Where a facility shown in the active scenario comes from. */
export type FacilityOrigin = 'baseline' | 'override' | 'proposal';

/**
 * Whether facility `id` (as evaluated in the active scenario) is a baseline facility, a scenario's
 * override of one, or a scenario's proposal.
 */
export function facilityOrigin(ws: Workspace, id: string): FacilityOrigin {
  const inBaseline = ws.baseline.some((f) => f.id === id);
  const s = ws.activeScenarioId === null ? undefined : findScenario(ws, ws.activeScenarioId);
  const inScenario = s?.facilities.some((f) => f.id === id) ?? false;
  if (!inScenario) return 'baseline';
  return inBaseline ? 'override' : 'proposal';
}

/** The first free scenario name of the form "方案 N" (zh) or "Scenario N" (en). */
export function nextScenarioName(ws: Workspace, lang: 'zh' | 'en'): string {
  const word = lang === 'zh' ? '方案' : 'Scenario';
  const names = new Set(ws.scenarios.map((s) => s.name));
  let n = 1;
  while (names.has(`${word} ${n}`)) n += 1;
  return `${word} ${n}`;
}

function addProposal(ws: Workspace, facility: Facility, ctx: EditContext): Change {
  const active = ws.activeScenarioId === null ? undefined : findScenario(ws, ws.activeScenarioId);
  if (active) {
    return { type: 'facility_added', list: active.id, facility, index: active.facilities.length };
  }
  const scenario = {
    id: ctx.newId(),
    name: nextScenarioName(ws, ctx.lang),
    createdAt: ctx.now(),
    facilities: [facility],
    removedBaselineIds: [],
  };
  return {
    type: 'batch',
    changes: [
      { type: 'scenario_created', scenario, index: ws.scenarios.length },
      { type: 'active_scenario_set', before: ws.activeScenarioId, after: scenario.id },
    ],
  };
}

function upsert(ws: Workspace, facility: Facility): Change | null {
  const list = ws.activeScenarioId;
  const items = list === null ? ws.baseline : (findScenario(ws, list)?.facilities ?? []);
  const index = items.findIndex((f) => f.id === facility.id);
  const before = items[index];
  if (before)
    return same(before, facility) ? null : { type: 'facility_updated', list, before, after: facility };
  const base = ws.baseline.find((f) => f.id === facility.id);
  if (base && same(base, facility)) return null;
  return { type: 'facility_added', list, facility, index: items.length };
}

function remove(ws: Workspace, id: string): Change | null {
  const list = ws.activeScenarioId;
  if (list === null) return removeFacility(ws, null, id);
  const own = removeFacility(ws, list, id);
  const s = findScenario(ws, list);
  if (!s || !ws.baseline.some((f) => f.id === id) || s.removedBaselineIds.includes(id)) return own;
  const close: Change = { type: 'baseline_excluded', scenarioId: list, facilityId: id, excluded: true };
  return own ? { type: 'batch', changes: [own, close] } : close;
}

/**
 * The domain change for a facility or zone edit on the active list (baseline or active scenario);
 * null when it changes nothing.
 */
export function facilityEditChange(ws: Workspace, edit: FacilityEdit, ctx: EditContext): Change | null {
  switch (edit.kind) {
    case 'setFacilities':
      return replaceFacilities(ws, null, edit.facilities);
    case 'addProposal':
      return addProposal(ws, edit.facility, ctx);
    case 'upsertFacility':
      return upsert(ws, edit.facility);
    case 'removeFacility':
      return remove(ws, edit.facilityId);
    case 'moveFacility':
      return moveFacilities(ws, ws.activeScenarioId, [{ id: edit.facilityId, lon: edit.lon, lat: edit.lat }]);
    case 'updateZone':
      return setZoneAttributes(ws, edit.code, edit.patch);
  }
}
