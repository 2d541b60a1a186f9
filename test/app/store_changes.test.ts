import { describe, expect, it } from 'vitest';
import type { Facility, Zone } from '../../src/domain/index.ts';
import { applyChange, type DocumentSnapshot, onDocumentChange, useAppStore } from '../../src/store/index.ts';
import { PRESETS } from '../../src/store/presets.ts';
import { effectiveRules } from '../../src/store/rules_slice.ts';

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

describe('the store: every document change goes through applyChange', () => {
  it('loading data replaces zones and facilities and bumps the zones version', () => {
    const before = useAppStore.getState().document.zonesVersion;
    applyChange(
      { kind: 'loadData', zones, facilities: [station], illustrative: true, sourceName: 't' },
      { record: false },
    );
    const doc = useAppStore.getState().document;
    expect(doc.zones).toBe(zones);
    expect(doc.facilities).toEqual([station]);
    expect(doc.illustrative).toBe(true);
    expect(doc.zonesVersion).toBe(before + 1);
  });

  it('listeners see each change with the state before and after and the record flag', () => {
    const seen: { kind: string; before: DocumentSnapshot; after: DocumentSnapshot; record: boolean }[] = [];
    const stop = onDocumentChange((change, before, after, options) =>
      seen.push({ kind: change.kind, before, after, record: options.record }),
    );
    const moved = { ...station, lon: 0.15 };
    applyChange({ kind: 'upsertFacility', facility: moved }, { record: true });
    stop();
    applyChange({ kind: 'removeFacility', facilityId: 's1' }, { record: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.kind).toBe('upsertFacility');
    expect(seen[0]?.record).toBe(true);
    expect(seen[0]?.before.document.facilities[0]?.lon).toBe(0.05);
    expect(seen[0]?.after.document.facilities[0]?.lon).toBe(0.15);
    expect(useAppStore.getState().document.facilities).toEqual([]);
  });

  it('never mutates the previous state', () => {
    applyChange({ kind: 'setFacilities', facilities: [station] }, { record: false });
    const before = useAppStore.getState().document;
    const frozen = JSON.stringify(before);
    applyChange({ kind: 'upsertFacility', facility: { ...station, id: 's2' } });
    expect(JSON.stringify(before)).toBe(frozen);
    expect(useAppStore.getState().document.facilities).toHaveLength(2);
  });

  it('a rule edit overrides the preset rule; reset and a new preset drop it, counted statuses stay', () => {
    const preset = PRESETS.find((p) => p.id === 'default');
    const rule = preset?.rules.find((r) => r.type === 'reach');
    if (!preset || rule?.type !== 'reach') throw new Error('default preset with a reach rule expected');
    applyChange({ kind: 'selectPreset', presetId: 'default' });
    applyChange({ kind: 'setCountedStatuses', statuses: ['existing'] });
    applyChange({ kind: 'updateRule', rule: { ...rule, targetShare: 0.5 } });
    const edited = effectiveRules(preset, useAppStore.getState().rules.overrides).find(
      (r) => r.id === rule.id,
    );
    expect(edited?.type === 'reach' && edited.targetShare).toBe(0.5);
    applyChange({ kind: 'resetRule', ruleId: rule.id });
    expect(useAppStore.getState().rules.overrides).toEqual({});
    applyChange({ kind: 'updateRule', rule: { ...rule, enabled: false } });
    applyChange({ kind: 'selectPreset', presetId: '004_xishan' });
    expect(useAppStore.getState().rules).toEqual({
      presetId: '004_xishan',
      overrides: {},
      statuses: ['existing'],
    });
  });

  it('keeps derived results out of the recorded snapshot', () => {
    const seen: DocumentSnapshot[] = [];
    const stop = onDocumentChange((_c, _b, after) => seen.push(after));
    applyChange({ kind: 'removeFacility', facilityId: 's2' });
    stop();
    expect(Object.keys(seen[0] ?? {}).sort()).toEqual(['document', 'rules']);
    expect(Object.keys(seen[0]?.document ?? {})).not.toContain('evaluation');
  });
});
