import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace, type Facility, type Workspace, type Zone } from '../../src/domain/index.ts';
import {
  applyChange,
  beginGesture,
  cancelGesture,
  countedStatusesOf,
  effectiveRules,
  endGesture,
  getWorkspace,
  redo,
  replaceWorkspace,
  subscribeWorkspace,
  undo,
  useAppStore,
} from '../../src/store/index.ts';
import { PRESETS } from '../../src/store/presets.ts';

const square = (x: number): Zone['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 0.1, 0],
      [x + 0.1, 0.1],
      [x, 0.1],
      [x, 0],
    ],
  ],
});
const zones: Zone[] = [
  { code: 'a', name: '甲街道', level: 'street', class: 'urban', population: 1000, geometry: square(0) },
  { code: 'b', name: '乙街道', level: 'street', class: 'rural', population: 500, geometry: square(0.1) },
];
const station: Facility = {
  id: 's1',
  name: '急救站',
  kind: 'ambulance_station',
  status: 'existing',
  lon: 0.05,
  lat: 0.05,
};
const proposal: Facility = { ...station, id: 'p1', name: '拟建 急救站 1', status: 'proposed', lon: 0.15 };

const state = () => useAppStore.getState();

function fresh(): Workspace {
  return { ...emptyWorkspace({ id: 'ws', name: 't', presetId: 'default' }), zones, baseline: [station] };
}

beforeEach(() => replaceWorkspace(fresh(), { record: false }));

describe('the store holds the domain workspace and records domain changes', () => {
  it('loadData replaces zones and baseline, bumps the zones version and is one undo step', () => {
    const version = state().zonesVersion;
    const other = zones.map((z) => ({ ...z, population: 10 }));
    applyChange(
      { kind: 'loadData', zones: other, facilities: [], illustrative: true, sourceName: 'f.geojson' },
      { record: true },
    );
    expect(getWorkspace().zones).toBe(other);
    expect(getWorkspace().baseline).toEqual([]);
    expect(getWorkspace().illustrative).toBe(true);
    expect(state().zonesVersion).toBe(version + 1);
    expect(state().history.canUndo).toBe(true);
    undo();
    expect(getWorkspace().zones).toBe(zones);
    expect(state().facilities).toEqual([station]);
    expect(state().zonesVersion).toBe(version + 2);
  });

  it('setFacilities replaces the baseline; undo and redo go back and forth', () => {
    applyChange({ kind: 'setFacilities', facilities: [proposal] }, { record: true });
    expect(state().facilities.map((f) => f.id)).toEqual(['p1']);
    expect(undo()).toBe(true);
    expect(state().facilities.map((f) => f.id)).toEqual(['s1']);
    expect(redo()).toBe(true);
    expect(state().facilities.map((f) => f.id)).toEqual(['p1']);
    expect(state().history).toEqual({ canUndo: true, canRedo: false });
  });

  it('record: false applies without a step and clears the history', () => {
    applyChange({ kind: 'moveFacility', facilityId: 's1', lon: 0.06, lat: 0.05 });
    expect(state().history.canUndo).toBe(true);
    applyChange({ kind: 'setFacilities', facilities: [] }, { record: false });
    expect(state().history).toEqual({ canUndo: false, canRedo: false });
    expect(undo()).toBe(false);
  });

  it('a proposal on the baseline creates and activates 方案 1; undo removes both in one step', () => {
    applyChange({ kind: 'addProposal', facility: proposal });
    const ws = getWorkspace();
    expect(ws.baseline).toEqual([station]);
    expect(ws.scenarios.map((s) => s.name)).toEqual(['方案 1']);
    expect(ws.activeScenarioId).toBe(ws.scenarios[0]?.id);
    expect(state().facilities.map((f) => f.id)).toEqual(['s1', 'p1']);
    applyChange({ kind: 'addProposal', facility: { ...proposal, id: 'p2' } });
    expect(getWorkspace().scenarios).toHaveLength(1);
    undo();
    undo();
    expect(getWorkspace().scenarios).toEqual([]);
    expect(getWorkspace().activeScenarioId).toBeNull();
    expect(state().facilities).toEqual([station]);
  });

  it('in a scenario, editing or moving a baseline facility adds an override and deleting closes it', () => {
    applyChange({ kind: 'addProposal', facility: proposal });
    applyChange({ kind: 'upsertFacility', facility: { ...station, ambulances: 4 } });
    applyChange({ kind: 'moveFacility', facilityId: 's1', lon: 0.07, lat: 0.05 });
    const ws = getWorkspace();
    expect(ws.baseline).toEqual([station]);
    expect(ws.scenarios[0]?.facilities.find((f) => f.id === 's1')).toMatchObject({
      ambulances: 4,
      lon: 0.07,
    });
    applyChange({ kind: 'removeFacility', facilityId: 's1' });
    expect(getWorkspace().scenarios[0]?.removedBaselineIds).toEqual(['s1']);
    expect(state().facilities.map((f) => f.id)).toEqual(['p1']);
    undo();
    expect(state().facilities.find((f) => f.id === 's1')).toMatchObject({ ambulances: 4, lon: 0.07 });
  });

  it('a drag in a gesture is one undo step; cancelling a gesture puts the facility back', () => {
    beginGesture();
    for (let i = 1; i <= 30; i++)
      applyChange({ kind: 'moveFacility', facilityId: 's1', lon: 0.05 + i / 1000, lat: 0.05 });
    endGesture();
    expect(state().facilities[0]?.lon).toBeCloseTo(0.08, 10);
    undo();
    expect(state().facilities[0]?.lon).toBe(0.05);
    expect(state().history.canUndo).toBe(false);
    redo();
    expect(state().facilities[0]?.lon).toBeCloseTo(0.08, 10);
    beginGesture();
    applyChange({ kind: 'moveFacility', facilityId: 's1', lon: 0.01, lat: 0.01 });
    cancelGesture();
    expect(state().facilities[0]).toMatchObject({ lon: 0.08, lat: 0.05 });
  });

  it('rule edits are per-field overrides; reset and a new preset drop them; undo brings them back', () => {
    const preset = PRESETS.find((p) => p.id === 'default');
    const rule = preset?.rules.find((r) => r.type === 'reach');
    if (!preset || rule?.type !== 'reach') throw new Error('default preset with a reach rule expected');
    applyChange({ kind: 'setCountedStatuses', statuses: ['existing'] });
    applyChange({ kind: 'updateRule', rule: { ...rule, targetShare: 0.5 } });
    expect(getWorkspace().rules.overrides[rule.id]).toEqual({ targetShare: 0.5 });
    const edited = effectiveRules(preset, getWorkspace().rules.overrides).find((r) => r.id === rule.id);
    expect(edited?.type === 'reach' && edited.targetShare).toBe(0.5);
    applyChange({ kind: 'resetRule', ruleId: rule.id });
    expect(getWorkspace().rules.overrides).toEqual({});
    applyChange({ kind: 'updateRule', rule: { ...rule, enabled: false } });
    applyChange({ kind: 'selectPreset', presetId: '004_xishan' });
    expect(getWorkspace().rules).toEqual({
      presetId: '004_xishan',
      overrides: {},
      countedStatuses: ['existing'],
    });
    undo();
    expect(getWorkspace().rules.overrides[rule.id]).toEqual({ enabled: false });
    applyChange({
      kind: 'setCountedStatuses',
      statuses: ['planned', 'existing', 'under_construction', 'proposed'],
    });
    expect(countedStatusesOf(getWorkspace().rules)).toHaveLength(4);
    expect(getWorkspace().rules.countedStatuses).toBeUndefined();
  });

  it('zone attributes are undoable and replace the zones (the worker rebuilds)', () => {
    const version = state().zonesVersion;
    applyChange({ kind: 'updateZone', code: 'a', patch: { population: 2000, class: 'rural' } });
    expect(getWorkspace().zones[0]).toMatchObject({ population: 2000, class: 'rural' });
    expect(state().zonesVersion).toBe(version + 1);
    undo();
    expect(getWorkspace().zones[0]).toMatchObject({ population: 1000, class: 'urban' });
  });

  it('replaceWorkspace with record: true is one undo step; subscribers hear every workspace change', () => {
    const seen: string[] = [];
    const stop = subscribeWorkspace((ws) => seen.push(ws.name));
    replaceWorkspace({ ...fresh(), name: 'opened' }, { record: true });
    undo();
    stop();
    redo();
    expect(seen).toEqual(['opened', 't']);
    expect(getWorkspace().name).toBe('opened');
  });

  it('never mutates the previous workspace and keeps results out of it', () => {
    const before = getWorkspace();
    const frozen = JSON.stringify(before);
    applyChange({ kind: 'upsertFacility', facility: { ...station, id: 's2' } });
    applyChange({ kind: 'moveFacility', facilityId: 's1', lon: 0.02, lat: 0.02 });
    expect(JSON.stringify(before)).toBe(frozen);
    expect(state().facilities).toHaveLength(2);
    expect(Object.keys(getWorkspace())).not.toContain('evaluation');
  });

  it('an edit that does not fit is refused without throwing', () => {
    expect(applyChange({ kind: 'moveFacility', facilityId: 'nope', lon: 1, lat: 1 })).toBeNull();
    expect(state().history.canUndo).toBe(false);
  });
});
