import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  emptyWorkspace,
  type Facility,
  scenarioFacilities,
  type Workspace,
  type Zone,
} from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { featuresToFacilities } from '../../src/engine/io/features_to_facilities.ts';
import { featuresToZones } from '../../src/engine/io/features_to_zones.ts';
import { demoScenarios, withoutIllustrativeScenarios } from '../../src/store/demo_scenarios.ts';
import {
  getWorkspace,
  redo,
  replaceWorkspace,
  shownIllustrative,
  undo,
  useAppStore,
} from '../../src/store/index.ts';
import { PRESETS } from '../../src/store/presets.ts';
import { applyImport } from '../../src/ui/io/apply_import.ts';
import { exportResults } from '../../src/worker/io_export.ts';
import type { ConvertReply } from '../../src/worker/io_messages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));

/** The demo as the app loads it, plus the planner's own scenario mixing a real proposal and demo copies. */
function demoWorkspace(): Workspace {
  const zones = featuresToZones(read('geo/xishan_demo_zones.geojson'), 'zones');
  const facilities = featuresToFacilities(read('seeds/demo/facilities.geojson'), 'facilities');
  if (!zones.ok || !facilities.ok) throw new Error('demo data did not load');
  const demo = facilities.facilities[0] as Facility;
  const mine = {
    id: 'mine',
    name: '方案 1',
    createdAt: '2026-01-02T00:00:00.000Z',
    facilities: [
      {
        id: 'p-real',
        name: '拟建 急救站 1',
        kind: 'ambulance_station',
        status: 'proposed',
        lon: 102.6,
        lat: 24.9,
      },
      { ...demo, lon: demo.lon + 0.01 },
      { ...demo, id: 'p-copy', name: `${demo.name}（副本）`, status: 'proposed' },
    ] as Facility[],
    removedBaselineIds: [],
  };
  return {
    ...emptyWorkspace({ id: 'w', name: '西山区（示意）', presetId: 'default' }),
    zones: zones.zones,
    baseline: facilities.facilities,
    scenarios: [...demoScenarios(read('seeds/demo/scenarios.json'), 'zh'), mine],
    illustrative: true,
    sourceName: 'demo',
  };
}

const square = (x: number, y: number): Zone['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ],
  ],
});
/** Real zones and facilities as the import dialog's worker hands them over (no 示意 flag). */
const realZones: Zone[] = [
  {
    code: '530181101000',
    name: '甲镇',
    level: 'township',
    class: 'rural',
    population: 32000,
    geometry: square(103, 25),
  },
  {
    code: '530181102000',
    name: '乙镇',
    level: 'township',
    class: 'rural',
    population: 28500,
    geometry: square(103.1, 25),
  },
];
const realFacilities: Facility[] = [
  {
    id: 'R1',
    name: '甲镇卫生院',
    kind: 'township_health_centre',
    status: 'existing',
    lon: 103.05,
    lat: 25.05,
  },
  {
    id: 'R2',
    name: '乙镇急救站',
    kind: 'ambulance_station',
    status: 'existing',
    lon: 103.15,
    lat: 25.05,
    ambulances: 2,
  },
];
const reply = (zones?: Zone[], facilities?: Facility[]): ConvertReply => ({
  ok: true,
  ...(zones ? { zones } : {}),
  ...(facilities ? { facilities } : {}),
  issues: [],
  outsideZones: [],
  leftOut: [],
});
const zonesImport = {
  target: 'zones' as const,
  fileName: '乡镇.zip',
  keepFacilities: false,
  facilityMode: 'append' as const,
};

beforeEach(() => replaceWorkspace(demoWorkspace(), { record: false }));

describe('real data replacing the illustrative demo', () => {
  it('the demo shows as 示意数据, with the baseline active and with the demo scenario active', () => {
    const ws = getWorkspace();
    expect(shownIllustrative(ws)).toBe(true);
    expect(ws.scenarios.some((s) => s.name.startsWith('示意方案'))).toBe(true);
  });

  it('a zones import that clears the demo facilities drops the demo scenario and the demo copies in the planner’s scenario, as one undo step', () => {
    const before = getWorkspace();
    const demoScenarioId = before.scenarios[0]?.id ?? '';
    replaceWorkspace({ ...before, activeScenarioId: demoScenarioId }, { record: false });
    const withActive = getWorkspace();
    const result = applyImport(reply(realZones), zonesImport);
    expect(result?.removed.scenarios).toEqual([before.scenarios[0]?.name]);
    // The moved copy of a demo hospital and the duplicated one were illustrative; the placed proposal was not.
    expect(result?.removed.facilities).toBe(2);
    const ws = getWorkspace();
    expect(ws.scenarios.map((s) => s.id)).toEqual(['mine']);
    expect(ws.scenarios[0]?.facilities.map((f) => f.id)).toEqual(['p-real']);
    expect(ws.activeScenarioId).toBeNull();
    expect(ws.baseline).toEqual([]);
    expect(ws.illustrative).toBe(false);
    expect(ws.name).toBe('乡镇');
    expect(shownIllustrative(ws)).toBe(false);
    expect(shownIllustrative({ ...ws, activeScenarioId: 'mine' })).toBe(false);
    expect(useAppStore.getState().history.canUndo).toBe(true);
    expect(undo()).toBe(true);
    expect(getWorkspace()).toEqual(withActive);
    expect(useAppStore.getState().history.canUndo).toBe(false);
    expect(redo()).toBe(true);
    expect(getWorkspace().scenarios.map((s) => s.id)).toEqual(['mine']);
  });

  it('importing zones and facilities together (an exported file) also drops the demo scenario', () => {
    const result = applyImport(reply(realZones, realFacilities), { ...zonesImport, target: 'both' });
    expect(result?.count).toBe(4);
    expect(result?.removed.scenarios).toHaveLength(1);
    expect(shownIllustrative(getWorkspace())).toBe(false);
  });

  it('keeping the demo facilities with real zones keeps the demo scenario, and the data stays 示意数据', () => {
    const result = applyImport(reply(realZones), { ...zonesImport, keepFacilities: true });
    expect(result?.removed).toEqual({ scenarios: [], facilities: 0 });
    expect(getWorkspace().scenarios).toHaveLength(2);
    expect(getWorkspace().name).toBe('西山区（示意）');
    expect(shownIllustrative(getWorkspace())).toBe(true);
  });

  it('real facilities replacing the demo ones leave the demo zones, so the data stays 示意数据', () => {
    applyImport(reply(undefined, realFacilities), {
      ...zonesImport,
      target: 'facilities',
      facilityMode: 'replace',
    });
    const ws = getWorkspace();
    expect(ws.baseline.map((f) => f.id)).toEqual(['R1', 'R2']);
    expect(ws.scenarios).toHaveLength(2);
    expect(shownIllustrative(ws)).toBe(true);
  });

  it('an illustrative scenario made active over real data makes the shown data 示意数据 again, and only then', () => {
    const real: Workspace = {
      ...getWorkspace(),
      zones: realZones,
      baseline: realFacilities,
      activeScenarioId: null,
    };
    expect(shownIllustrative(real)).toBe(false);
    const demoId = real.scenarios[0]?.id ?? '';
    expect(shownIllustrative({ ...real, activeScenarioId: demoId })).toBe(true);
    const { workspace, removed } = withoutIllustrativeScenarios({ ...real, activeScenarioId: demoId });
    expect(removed.scenarios).toHaveLength(1);
    expect(workspace.activeScenarioId).toBeNull();
    expect(withoutIllustrativeScenarios(workspace).workspace).toBe(workspace);
  });
});

describe('the exports carry the flag the workspace shows', () => {
  const rules = PRESETS.find((p) => p.id === 'default')?.rules ?? [];

  function exported(ws: Workspace, format: 'geojson' | 'csv' | 'shp') {
    const facilities = scenarioFacilities(ws, ws.activeScenarioId);
    const r = exportResults({
      format,
      zones: ws.zones,
      facilities,
      rules,
      evaluation: evaluate(ws.zones, facilities, rules, { cellSizeM: 500 }),
      statuses: ['existing', 'under_construction', 'planned', 'proposed'],
      inputs: {},
      lang: 'zh',
      illustrative: shownIllustrative(ws),
    });
    if (!r.ok) throw new Error(r.message.en);
    return new Uint8Array(r.bytes);
  }
  const geojsonFlag = (ws: Workspace) =>
    JSON.parse(new TextDecoder().decode(exported(ws, 'geojson'))).metadata.illustrative as boolean;
  const shpFlag = (ws: Workspace) =>
    JSON.parse(new TextDecoder().decode(unzipSync(exported(ws, 'shp'))['metadata.json']))
      .illustrative as boolean;
  /** The `illustrative` cell of the whole-area row of the CSV report. */
  const csvFlag = (ws: Workspace) => {
    const lines = new TextDecoder()
      .decode(exported(ws, 'csv'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = (lines[0] ?? '').split(',');
    const area = (lines.find((l) => l.startsWith('__area__,')) ?? '').split(',');
    return area[header.indexOf('illustrative')];
  };

  it('real zones and facilities export as not illustrative; a closed demo facility still in the baseline exports as illustrative', () => {
    const demo = demoWorkspace();
    const real: Workspace = {
      ...demo,
      zones: realZones,
      baseline: realFacilities,
      scenarios: [],
      illustrative: false,
    };
    expect([geojsonFlag(real), shpFlag(real), csvFlag(real)]).toEqual([false, false, 'false']);
    // A demo hospital closed in the active scenario is not exported, but the workspace still holds it.
    const closed = demo.baseline[0] as Facility;
    const mixed: Workspace = {
      ...real,
      baseline: [...realFacilities, closed],
      scenarios: [
        {
          id: 's',
          name: '方案 1',
          createdAt: '2026-01-01T00:00:00.000Z',
          facilities: [],
          removedBaselineIds: [closed.id],
        },
      ],
      activeScenarioId: 's',
    };
    expect(scenarioFacilities(mixed, 's').some((f) => f.illustrative)).toBe(false);
    expect([geojsonFlag(mixed), shpFlag(mixed), csvFlag(mixed)]).toEqual([true, true, 'true']);
  });
});
