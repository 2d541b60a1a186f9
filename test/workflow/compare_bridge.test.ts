import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  effectiveRules,
  FACILITY_STATUSES,
  parseRulePreset,
  scenarioFacilities,
} from '../../src/domain/index.ts';
import { compareEvaluations, evaluate } from '../../src/engine/index.ts';
import { compareFacilitySets } from '../../src/worker/compare_bridge.ts';
import { facility, sampleWorkspace } from './helpers.ts';

const preset = parseRulePreset(JSON.parse(readFileSync('seeds/presets/default.json', 'utf8')));
if (!preset.ok) throw new Error('default preset does not parse');
const rules = effectiveRules(preset.preset.rules, {});
const statuses = FACILITY_STATUSES;

const ws = sampleWorkspace();
const plan = {
  ...ws,
  scenarios: ws.scenarios.map((s) => ({
    ...s,
    facilities: [...s.facilities, facility('p2', 102.675, 25.025, { status: 'proposed' as const })],
    removedBaselineIds: ['b1'],
  })),
};
const base = scenarioFacilities(plan, null);
const scen = scenarioFacilities(plan, 's1');
const full = (a: typeof base, b: typeof base) =>
  compareEvaluations(
    evaluate(ws.zones, a, rules, { gaps: false, statuses: [...statuses] }),
    evaluate(ws.zones, b, rules, { gaps: false, statuses: [...statuses] }),
    ws.zones,
    a,
    b,
  );

describe('the worker’s comparison of two facility sets', () => {
  it('equals comparing two full evaluations, both ways round on the same kept model', () => {
    const progress: number[] = [];
    const first = compareFacilitySets(ws.zones, undefined, rules, [...statuses], base, scen, (f) =>
      progress.push(f),
    );
    expect(first).toEqual(full(base, scen));
    expect(first.facilities.added.map((f) => f.id)).toEqual(['p1', 'p2']);
    expect(progress.at(-1)).toBe(1);
    // The second call reuses the model: B → A is reached by re-stamping only what differs.
    const back = compareFacilitySets(ws.zones, undefined, rules, [...statuses], scen, base, () => {});
    expect(back).toEqual(full(scen, base));
    expect(back.facilities.removed.map((f) => f.id)).toEqual(['p1', 'p2']);
  });

  it('follows a rule change on the kept model', () => {
    const off = rules.map((r) => (r.type === 'reach' ? { ...r, enabled: false } : r));
    const c = compareFacilitySets(ws.zones, undefined, off, [...statuses], base, scen, () => {});
    expect(c.zones.some((r) => r.populationCovered)).toBe(false);
    expect(c).toEqual(
      compareEvaluations(
        evaluate(ws.zones, base, off, { gaps: false }),
        evaluate(ws.zones, scen, off, { gaps: false }),
        ws.zones,
        base,
        scen,
      ),
    );
  });
});
