import { describe, expect, it } from 'vitest';
import {
  applyChange,
  type Change,
  ChangeError,
  invertChange,
  replaceFacilities,
  setRuleSetting,
  setZoneAttributes,
  squashChanges,
  updateFacility,
} from '../../src/domain/index.ts';
import { deepFreeze, facility, sampleWorkspace, square } from './helpers.ts';

describe('applyChange and invertChange', () => {
  it('never mutates the workspace it is given (a frozen workspace does not throw)', () => {
    const ws = deepFreeze(sampleWorkspace());
    const changes = [
      updateFacility(ws, null, 'b1', { beds: 10 }),
      setZoneAttributes(ws, 'z1', { population: 1 }),
      setRuleSetting(ws, 'ems', ['thresholds', 'rural', 'travel', 'speedKmh'], 35),
      replaceFacilities(ws, 's1', []),
    ] as Change[];
    for (const c of changes) expect(() => applyChange(ws, c)).not.toThrow();
    expect(ws).toEqual(sampleWorkspace());
  });

  it('replacing a facility list or all zones (an import) is undone by its inverse', () => {
    const ws = sampleWorkspace();
    const imported = [facility('x1', 102.7, 25.1), facility('x2', 102.71, 25.1)];
    const c1 = replaceFacilities(ws, null, imported) as Change;
    const c2: Change = {
      type: 'zones_replaced',
      before: ws.zones,
      after: [
        {
          code: 'q',
          name: '新区',
          level: 'township',
          class: 'rural',
          population: null,
          geometry: square(102, 25, 0.1),
        },
      ],
    };
    const both: Change = { type: 'batch', changes: [c1, c2] };
    const after = applyChange(ws, both);
    expect(after.baseline).toEqual(imported);
    expect(after.zones.map((z) => z.code)).toEqual(['q']);
    expect(applyChange(after, invertChange(both))).toEqual(ws);
  });

  it('a nested rule setting creates the override objects it needs and its inverse removes them again', () => {
    const ws = sampleWorkspace();
    const c = setRuleSetting(ws, 'ems', ['thresholds', 'rural', 'travel', 'speedKmh'], 35) as Change;
    const after = applyChange(ws, c);
    expect(after.rules.overrides).toEqual({ ems: { thresholds: { rural: { travel: { speedKmh: 35 } } } } });
    expect(applyChange(after, invertChange(c)).rules).toEqual(ws.rules);
  });

  it('a change naming a facility that is not there throws a ChangeError', () => {
    const ws = sampleWorkspace();
    const c: Change = {
      type: 'facilities_moved',
      list: null,
      moves: [{ id: 'nope', before: { lon: 0, lat: 0 }, after: { lon: 1, lat: 1 } }],
    };
    expect(() => applyChange(ws, c)).toThrow(ChangeError);
  });

  it('edits that change nothing produce no change', () => {
    const ws = sampleWorkspace();
    expect(updateFacility(ws, null, 'b2', { beds: 40 })).toBeNull();
    expect(setZoneAttributes(ws, 'z1', { population: 80000, class: 'urban' })).toBeNull();
    expect(setRuleSetting(ws, 'ems', ['enabled'], undefined)).toBeNull();
  });
});

describe('squashChanges', () => {
  it('keeps the first before and the last after of successive edits of one zone, across fields', () => {
    const ws = sampleWorkspace();
    const c1 = setZoneAttributes(ws, 'z1', { population: 1 }) as Change;
    const ws1 = applyChange(ws, c1);
    const c2 = setZoneAttributes(ws1, 'z1', { population: 2, name: '新名' }) as Change;
    const squashed = squashChanges([c1, c2]);
    expect(squashed).toEqual({
      type: 'zone_updated',
      code: 'z1',
      before: { population: 80000, name: '马街街道' },
      after: { population: 2, name: '新名' },
    });
  });

  it('merges moves of several facilities into one move per facility', () => {
    const p = (lon: number) => ({ lon, lat: 25 });
    const squashed = squashChanges([
      { type: 'facilities_moved', list: null, moves: [{ id: 'a', before: p(1), after: p(2) }] },
      {
        type: 'facilities_moved',
        list: null,
        moves: [
          { id: 'b', before: p(5), after: p(6) },
          { id: 'a', before: p(2), after: p(3) },
        ],
      },
      { type: 'facilities_moved', list: null, moves: [{ id: 'b', before: p(6), after: p(7) }] },
    ]);
    expect(squashed).toEqual({
      type: 'facilities_moved',
      list: null,
      moves: [
        { id: 'a', before: p(1), after: p(3) },
        { id: 'b', before: p(5), after: p(7) },
      ],
    });
  });

  it('different kinds of change become one batch, and nothing becomes null', () => {
    const a: Change = { type: 'workspace_renamed', before: 'x', after: 'y' };
    const b: Change = { type: 'active_scenario_set', before: null, after: 's1' };
    expect(squashChanges([a, b])).toEqual({ type: 'batch', changes: [a, b] });
    expect(squashChanges([])).toBeNull();
  });
});
