import { describe, expect, it } from 'vitest';
import {
  applyChange,
  type Change,
  createScenario,
  deleteScenario,
  duplicateScenario,
  effectiveRules,
  excludeBaselineFacility,
  type Facility,
  invertChange,
  type Rule,
  renameScenario,
  ruleEditChange,
  scenarioFacilities,
  updateFacility,
} from '../../src/domain/index.ts';
import { sampleWorkspace } from './helpers.ts';

const at = '2026-05-01T08:00:00.000Z';

describe('scenarioFacilities', () => {
  it('is the baseline, with overrides in place, removed ones left out, then the proposals', () => {
    let ws = sampleWorkspace();
    ws = applyChange(ws, excludeBaselineFacility(ws, 's1', 'b3', true) as Change);
    ws = applyChange(ws, {
      type: 'facility_added',
      list: 's1',
      index: 0,
      facility: { ...(ws.baseline[1] as Facility), beds: 99 },
    });
    const ids = scenarioFacilities(ws, 's1').map((f) => `${f.id}:${f.beds ?? ''}`);
    expect(ids).toEqual(['b1:', 'b2:99', 'p1:']);
    expect(scenarioFacilities(ws, null).map((f) => f.id)).toEqual(['b1', 'b2', 'b3']);
    expect(ws.baseline[1]?.beds).toBe(40);
  });
});

describe('scenario changes', () => {
  it('duplicating a scenario copies its proposals and removals under the new id and makes it active', () => {
    let ws = sampleWorkspace();
    ws = applyChange(ws, excludeBaselineFacility(ws, 's1', 'b1', true) as Change);
    const dup = duplicateScenario(ws, 's1', { id: 's2', name: '方案一（副本）', createdAt: at });
    const after = applyChange(ws, dup);
    expect(after.activeScenarioId).toBe('s2');
    expect(scenarioFacilities(after, 's2')).toEqual(scenarioFacilities(ws, 's1'));
    const edited = applyChange(after, updateFacility(after, 's2', 'p1', { name: '改' }) as Change);
    expect(scenarioFacilities(edited, 's1')).toEqual(scenarioFacilities(ws, 's1'));
  });

  it('deleting the active scenario switches to the baseline, and undo brings both back', () => {
    const ws = sampleWorkspace();
    const del = deleteScenario(ws, 's1');
    const after = applyChange(ws, del);
    expect(after.scenarios).toEqual([]);
    expect(after.activeScenarioId).toBeNull();
    expect(applyChange(after, invertChange(del))).toEqual(ws);
  });

  it('renaming changes only the name; creating without activating leaves the active one', () => {
    const ws = sampleWorkspace();
    const renamed = applyChange(ws, renameScenario(ws, 's1', '新方案') as Change);
    expect(renamed.scenarios[0]).toEqual({ ...ws.scenarios[0], name: '新方案' });
    const created = applyChange(ws, createScenario(ws, { id: 's9', name: '空', createdAt: at }, false));
    expect(created.activeScenarioId).toBe('s1');
    expect(created.scenarios[1]).toEqual({
      id: 's9',
      name: '空',
      createdAt: at,
      facilities: [],
      removedBaselineIds: [],
    });
  });
});

describe('effectiveRules', () => {
  const reach: Rule = {
    id: 'ems',
    type: 'reach',
    title: { zh: '急救', en: 'EMS' },
    sources: [],
    enabled: true,
    kinds: ['ambulance_station'],
    thresholds: {
      urban: {
        radiusKm: 5,
        minutes: 15,
        combine: 'either',
        travel: { mode: 'drive', speedKmh: 30, detourFactor: 1.3 },
      },
    },
    targetShare: 0.9,
  };

  it('applies threshold, travel, share and enabled overrides field by field and leaves the preset untouched', () => {
    const [rule] = effectiveRules([reach], {
      ems: {
        enabled: false,
        targetShare: 0.8,
        thresholds: { urban: { radiusKm: 4, travel: { speedKmh: 25 } }, rural: { radiusKm: 20 } },
      },
    });
    expect(rule).toEqual({
      ...reach,
      enabled: false,
      targetShare: 0.8,
      thresholds: {
        urban: {
          radiusKm: 4,
          minutes: 15,
          combine: 'either',
          travel: { mode: 'drive', speedKmh: 25, detourFactor: 1.3 },
        },
        rural: { radiusKm: 20, combine: 'either' },
      },
    });
    expect(reach.thresholds.urban?.radiusKm).toBe(5);
  });
});

describe('ruleEditChange', () => {
  const preset: Rule = {
    id: 'ems',
    type: 'reach',
    title: { zh: '急救', en: 'EMS' },
    sources: [],
    enabled: true,
    kinds: ['ambulance_station'],
    thresholds: {
      urban: { radiusKm: 5, combine: 'either' },
      rural: {
        radiusKm: 20,
        minutes: 30,
        combine: 'both',
        travel: { mode: 'drive', speedKmh: 40, detourFactor: 1.3 },
      },
    },
    targetShare: 0.9,
  };

  it('stores an edited rule as overrides from which effectiveRules gives the edited rule back, and undo restores the preset', () => {
    const ws = sampleWorkspace();
    const edited: Rule = {
      ...preset,
      enabled: false,
      targetShare: 0.85,
      thresholds: { ...preset.thresholds, urban: { radiusKm: 3, combine: 'either' } },
    };
    const change = ruleEditChange(ws, preset, edited) as Change;
    const after = applyChange(ws, change);
    expect(effectiveRules([preset], after.rules.overrides)).toEqual([edited]);
    expect(Object.keys(after.rules.overrides.ems ?? {}).sort()).toEqual([
      'enabled',
      'targetShare',
      'thresholds',
    ]);
    expect(applyChange(after, invertChange(change))).toEqual(ws);
    expect(ruleEditChange(after, preset, edited)).toBeNull();
  });

  it('editing a rule back to the preset removes its overrides', () => {
    const ws = sampleWorkspace();
    const after = applyChange(ws, ruleEditChange(ws, preset, { ...preset, enabled: false }) as Change);
    const back = applyChange(after, ruleEditChange(after, preset, preset) as Change);
    expect(back.rules.overrides).toEqual({});
  });
});
