import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveRules, parseRulePreset, scenarioFacilities } from '../../src/domain/index.ts';
import { compareEvaluations, evaluate, type RuleComparison } from '../../src/engine/index.ts';
import { facility, sampleWorkspace } from './helpers.ts';

const preset = parseRulePreset(JSON.parse(readFileSync('seeds/presets/default.json', 'utf8')));
if (!preset.ok) throw new Error('default preset does not parse');
const rules = effectiveRules(preset.preset.rules, {});

const ws = sampleWorkspace();
const scenario = {
  ...ws,
  scenarios: ws.scenarios.map((s) => ({
    ...s,
    facilities: [
      ...s.facilities,
      facility('p2', 102.675, 25.025, { status: 'proposed', kind: 'township_health_centre' }),
    ],
    removedBaselineIds: ['b1'],
  })),
};
const baseFacilities = scenarioFacilities(scenario, null);
const planFacilities = scenarioFacilities(scenario, 's1');
const options = { cellSizeM: 250, gaps: false };
const before = evaluate(ws.zones, baseFacilities, rules, options);
const after = evaluate(ws.zones, planFacilities, rules, options);

const changes = (rows: RuleComparison[]) =>
  rows.map((r) => [r.populationCovered?.change ?? 0, r.count?.change ?? 0, r.ratio?.change ?? 0]);

describe('compareEvaluations on engine results', () => {
  it('comparing an evaluation with itself changes nothing and flips nothing', () => {
    const same = compareEvaluations(before, before, ws.zones, baseFacilities, baseFacilities);
    expect(same.zones.length).toBe(before.results.length);
    expect(
      changes(same.zones)
        .flat()
        .every((x) => x === 0),
    ).toBe(true);
    expect(same.fixed + same.broken).toBe(0);
    expect(same.facilities).toEqual({ added: [], removed: [], moved: [], changed: [] });
  });

  it('comparing the other way round negates every change and swaps fixed and broken', () => {
    const ab = compareEvaluations(before, after, ws.zones, baseFacilities, planFacilities);
    const ba = compareEvaluations(after, before, ws.zones, planFacilities, baseFacilities);
    expect(changes(ba.zones)).toEqual(changes(ab.zones).map((row) => row.map((x) => (x === 0 ? 0 : -x))));
    expect(ab.broken).toBeGreaterThan(0);
    expect([ba.fixed, ba.broken]).toEqual([ab.broken, ab.fixed]);
  });

  it("the scenario's proposals and closures show up as added and removed facilities", () => {
    const c = compareEvaluations(before, after, ws.zones, baseFacilities, planFacilities);
    expect(c.facilities.added.map((f) => f.id)).toEqual(['p1', 'p2']);
    expect(c.facilities.removed.map((f) => f.id)).toEqual(['b1']);
    const chc = c.zones.find((r) => r.ruleId === 'chc_per_street' && r.zoneCode === 'z1');
    expect(chc).toMatchObject({
      statusBefore: 'pass',
      statusAfter: 'fail',
      flip: 'broken',
      count: { change: -1 },
    });
    const circle = c.zones.find((r) => r.ruleId === 'health_circle' && r.zoneCode === 'z1');
    expect(circle?.populationCovered?.change).toBeLessThan(0);
  });
});
