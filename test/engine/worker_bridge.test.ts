import { describe, expect, it } from 'vitest';
import { FACILITY_STATUSES, type Facility, type FacilityKind, type Rule } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/coverage.ts';
import { evaluateCoverage, sameFacility } from '../../src/worker/engine_bridge.ts';
import { bedsRule, facility, reachRule, rectZone, rng } from './helpers.ts';

const zones = [
  rectZone('S1', [102.6, 25.0, 102.7, 25.1], { population: 60_000 }),
  rectZone('S2', [102.7, 25.0, 102.8, 25.1], { cls: 'rural', population: 20_000 }),
  rectZone('V1', [102.6, 25.0, 102.65, 25.05], { level: 'village', population: 5_000 }),
];
const rules: Rule[] = [
  reachRule('near', {
    urban: { radiusKm: 1.5, combine: 'either' },
    rural: { radiusKm: 3, combine: 'either' },
  }),
  bedsRule({ target: 3 }),
];
const KINDS: FacilityKind[] = ['ambulance_station', 'community_health_centre', 'village_clinic'];

describe('the worker bridge (facilities arrive as fresh copies in every message)', () => {
  it('sameFacility compares fields, not identity or key order', () => {
    const a = facility('a', 'village_clinic', 102.61, 25.01, { beds: 3 });
    expect(sameFacility(a, structuredClone(a))).toBe(true);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as Facility;
    expect(sameFacility(a, reordered)).toBe(true);
    expect(sameFacility(a, { ...a, lon: a.lon + 1e-9 })).toBe(false);
    expect(sameFacility(a, { ...a, beds: 4 })).toBe(false);
    expect(sameFacility(a, { ...a, name: 'x' })).toBe(false);
    expect(sameFacility(a, { ...a, open24h: true })).toBe(false);
    const { beds: _beds, ...withoutBeds } = a;
    expect(sameFacility(a, { ...withoutBeds, doctors: 3 } as Facility)).toBe(false);
  });

  it('a drag of cloned lists, with field edits, adds and removes, equals a full evaluate with gaps each step', () => {
    const rand = rng(4242);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const randomFacility = (id: string) =>
      facility(id, pick(KINDS), 102.6 + rand() * 0.2, 25.0 + rand() * 0.1, { beds: Math.floor(rand() * 90) });
    let list: Facility[] = Array.from({ length: 15 }, (_, i) => randomFacility(`f${i}`));
    const statuses = [...FACILITY_STATUSES];
    let next = 15;
    let gapsSeen = 0;
    for (let step = 0; step < 80; step++) {
      const op = rand();
      const f = pick(list);
      if (op < 0.6)
        list = list.map((x) => (x.id === f.id ? { ...x, lon: x.lon + (rand() - 0.5) * 0.01 } : x));
      else if (op < 0.75)
        list = list.map((x) => (x.id === f.id ? { ...x, beds: Math.floor(rand() * 90) } : x));
      else if (op < 0.85) list = list.map((x) => (x.id === f.id ? { ...x, kind: pick(KINDS) } : x));
      else if (op < 0.93) list = [...list, randomFacility(`f${next++}`)];
      else if (list.length > 2) list = list.filter((x) => x.id !== f.id);
      // As posted to the worker: a structured clone, so no object is shared with the last message.
      const sent = structuredClone(list);
      const incremental = evaluateCoverage(zones, sent, structuredClone(rules), statuses, () => {});
      const full = evaluate(zones, list, rules, { statuses, gaps: true });
      expect(incremental, `step ${step}`).toEqual(full);
      gapsSeen += full.gaps.length;
    }
    expect(gapsSeen).toBeGreaterThan(80);
  });
});
