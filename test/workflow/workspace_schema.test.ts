import { describe, expect, it } from 'vitest';
import { migrateWorkspace, parseWorkspace } from '../../src/domain/index.ts';
import { deepFreeze, facility, sampleWorkspace, square } from './helpers.ts';

const HAN = /\p{Script=Han}/u;

describe('parseWorkspace', () => {
  it('accepts a valid version-1 workspace unchanged, keeping fields other modules add to zones', () => {
    const ws = sampleWorkspace();
    const withExtra = { ...ws, zones: ws.zones.map((z) => ({ ...z, nameEn: 'Majie' })) };
    const result = parseWorkspace(deepFreeze(structuredClone(withExtra)));
    expect(result).toEqual({ ok: true, workspace: withExtra });
  });

  it('names the path of a bad field, in Chinese and English', () => {
    const ws = sampleWorkspace();
    const bad = { ...ws, baseline: [ws.baseline[0], { ...ws.baseline[1], lon: 250 }] };
    const result = parseWorkspace(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('baseline[1].lon');
    expect(result.errors[0]?.message.en).toMatch(/180/);
    expect(result.errors[0]?.message.zh).toMatch(HAN);
  });

  it('names the ring of a broken boundary', () => {
    const ws = sampleWorkspace();
    const zone = ws.zones[1];
    if (zone?.geometry.type !== 'Polygon') throw new Error('fixture');
    const broken = {
      ...zone,
      geometry: {
        type: 'Polygon',
        coordinates: [
          zone.geometry.coordinates[0],
          [
            [1, 2],
            [3, 'x'],
          ],
        ],
      },
    };
    const result = parseWorkspace({ ...ws, zones: [ws.zones[0], broken] });
    expect(!result.ok && result.errors).toEqual([
      {
        path: 'zones[1].geometry.coordinates[1]',
        message: {
          en: 'expected a ring of at least 4 [lon, lat] positions',
          zh: '线环须为至少 4 个 [经度, 纬度] 坐标的数组',
        },
      },
    ]);
  });

  it('reports duplicate facility ids within a scenario and an active scenario that does not exist', () => {
    const ws = sampleWorkspace();
    const s = ws.scenarios[0];
    if (!s) throw new Error('fixture');
    const bad = {
      ...ws,
      activeScenarioId: 'gone',
      scenarios: [{ ...s, facilities: [facility('p1', 102.6, 25), facility('p1', 102.7, 25)] }],
    };
    const result = parseWorkspace(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['scenarios[0].facilities[1].id', 'activeScenarioId']);
    expect(result.errors[0]?.message.zh).toContain('重复');
    expect(result.errors[1]?.message.en).toContain('gone');
  });

  it('refuses a workspace saved by a newer version and says to update the app', () => {
    const result = parseWorkspace({ ...sampleWorkspace(), schemaVersion: 7 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('schemaVersion');
    expect(result.errors[0]?.message.en).toMatch(/newer/);
  });

  it('refuses things that are not workspaces', () => {
    for (const json of [null, 42, 'text', [], { name: 'no version' }]) {
      expect(parseWorkspace(json).ok).toBe(false);
    }
  });
});

describe('migrateWorkspace', () => {
  const v0 = {
    version: 0,
    id: 'old-1',
    title: '西山区旧工作区',
    presetId: 'xishan',
    disabledRules: ['blood_reach'],
    map: { center: [102.6, 25.0], zoom: 11 },
    savedAt: '2025-12-01T00:00:00.000Z',
    zones: [
      {
        code: 'z1',
        name: '马街街道',
        level: 'street',
        class: 'urban',
        population: 1000,
        geometry: square(102.6, 25, 0.1),
      },
    ],
    facilities: [
      facility('f1', 102.61, 25.01),
      facility('f2', 102.62, 25.02, { status: 'proposed', kind: 'ambulance_station' }),
      facility('f3', 102.63, 25.03, { status: 'planned' }),
    ],
  };

  it('turns a version-0 workspace into version 1: existing facilities become the baseline and proposals a scenario', () => {
    const result = parseWorkspace(deepFreeze(structuredClone(v0)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    const ws = result.workspace;
    expect(ws.schemaVersion).toBe(1);
    expect(ws.name).toBe('西山区旧工作区');
    expect(ws.baseline.map((f) => f.id)).toEqual(['f1', 'f3']);
    expect(ws.scenarios).toEqual([
      {
        id: 'scenario-1',
        name: '方案 1',
        createdAt: '2025-12-01T00:00:00.000Z',
        facilities: [v0.facilities[1]],
        removedBaselineIds: [],
      },
    ]);
    expect(ws.activeScenarioId).toBe('scenario-1');
    expect(ws.rules).toEqual({ presetId: 'xishan', overrides: { blood_reach: { enabled: false } } });
    expect(ws.view).toEqual({ center: [102.6, 25.0], zoom: 11 });
  });

  it('leaves a current workspace as it is', () => {
    const ws = sampleWorkspace();
    expect(migrateWorkspace(ws)).toEqual({ ok: true, json: ws, fromVersion: 1 });
  });
});
