import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace, parseWorkspace, scenarioFacilities } from '../../src/domain/index.ts';
import { featuresToFacilities } from '../../src/engine/io/features_to_facilities.ts';
import { demoScenarios } from '../../src/store/demo_scenarios.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));
const file = read('seeds/demo/scenarios.json');

describe('the demo scenarios file', () => {
  it('gives each scenario with its name in the interface language', () => {
    const zh = demoScenarios(file, 'zh');
    const en = demoScenarios(file, 'en');
    expect(zh.map((s) => s.id)).toEqual(file.scenarios.map((s: { id: string }) => s.id));
    expect(zh[0]?.name).toBe(file.scenarios[0].name);
    expect(en[0]?.name).toBe(file.scenarios[0].name_en);
    expect(zh[0]?.facilities.length).toBeGreaterThan(0);
  });

  it('flags every facility of an illustrative file as illustrative, and no other file’s', () => {
    const stripped = {
      metadata: { illustrative: false },
      scenarios: file.scenarios.map((s: { facilities: object[] }) => ({
        ...s,
        illustrative: false,
        facilities: s.facilities.map(({ illustrative: _drop, ...f }: { illustrative?: boolean }) => f),
      })),
    };
    for (const s of demoScenarios({ ...stripped, metadata: { illustrative: true } }, 'zh'))
      for (const f of s.facilities) expect(f.illustrative, f.id).toBe(true);
    for (const s of demoScenarios(stripped, 'zh'))
      for (const f of s.facilities) expect(f.illustrative, f.id).toBeUndefined();
  });

  it('fits the demo baseline: the workspace validates and the proposals are added to the baseline', () => {
    const baseline = featuresToFacilities(read('seeds/demo/facilities.geojson'), 'facilities');
    if (!baseline.ok) throw new Error('demo facilities did not load');
    const scenarios = demoScenarios(file, 'zh');
    const ws = { ...emptyWorkspace({ id: 'w', name: 'demo', presetId: 'default' }), scenarios };
    const parsed = parseWorkspace({ ...ws, baseline: baseline.facilities });
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const first = parsed.workspace.scenarios[0];
    if (!first) throw new Error('no scenario');
    const facilities = scenarioFacilities(parsed.workspace, first.id);
    expect(facilities.length).toBe(baseline.facilities.length + first.facilities.length);
    expect(parsed.workspace.activeScenarioId).toBeNull();
  });

  it('leaves out entries without an id or a facility list, and reads nothing from a non-file', () => {
    expect(demoScenarios({ scenarios: [{ name: 'x', facilities: [] }, { id: 'y' }] }, 'zh')).toEqual([]);
    expect(demoScenarios(null, 'zh')).toEqual([]);
    expect(demoScenarios({ scenarios: 3 }, 'en')).toEqual([]);
  });
});
