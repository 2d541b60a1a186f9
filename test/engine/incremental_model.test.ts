import { describe, expect, it } from 'vitest';
import { FACILITY_STATUSES, type Facility, type FacilityKind, type Rule } from '../../src/domain/index.ts';
import { createCoverageModel, evaluate } from '../../src/engine/coverage.ts';
import { bedsRule, facility, reachRule, rectZone, rng } from './helpers.ts';

const zones = [
  rectZone('S1', [102.6, 25.0, 102.75, 25.15], { population: 80_000 }),
  rectZone('S2', [102.75, 25.0, 102.9, 25.15], { population: 50_000 }),
  rectZone('T1', [102.6, 25.15, 102.9, 25.3], { level: 'township', cls: 'rural', population: 30_000 }),
  rectZone('V1', [102.6, 25.0, 102.68, 25.08], { level: 'village', population: 9_000 }),
  rectZone('V2', [102.68, 25.0, 102.75, 25.08], { level: 'village', population: 300 }),
];
const travel = { mode: 'drive' as const, speedKmh: 30, detourFactor: 1.3 };
const rules: Rule[] = [
  reachRule('ems', {
    urban: { radiusKm: 5, minutes: 15, combine: 'either', travel },
    rural: { radiusKm: 12, combine: 'either' },
  }),
  reachRule(
    'care',
    { urban: { radiusKm: 2, combine: 'either' } },
    { kinds: ['community_health_centre', 'village_clinic'] },
  ),
  {
    id: 'count',
    type: 'minCount',
    title: { zh: 'c', en: 'c' },
    sources: [],
    enabled: true,
    kinds: ['community_health_centre'],
    zoneLevel: 'street',
    minCount: 1,
    perPopulation: { minResidents: 30_000, maxResidents: 60_000 },
  },
  bedsRule({ target: 3 }),
];
const KINDS: FacilityKind[] = [
  'ambulance_station',
  'community_health_centre',
  'village_clinic',
  'secondary_general_hospital',
];

describe('incremental coverage model', () => {
  it('gives exactly the full evaluation after each of 240 seeded random moves, adds, removes and edits', () => {
    const rand = rng(20261122);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const randomFacility = (id: string): Facility =>
      facility(id, pick(KINDS), 102.55 + rand() * 0.4, 24.95 + rand() * 0.4, {
        beds: Math.floor(rand() * 200),
        status: pick(FACILITY_STATUSES),
      });
    let list: Facility[] = Array.from({ length: 30 }, (_, i) => randomFacility(`f${i}`));
    const options = { cellSizeM: 250, statuses: ['existing', 'planned'] as const };
    const model = createCoverageModel(zones, rules, { ...options, statuses: [...options.statuses] });
    model.setFacilities(list);
    let next = 30;
    for (let step = 0; step < 240; step++) {
      const op = rand();
      if (op < 0.55 && list.length > 0) {
        const f = pick(list);
        const moved = { ...f, lon: f.lon + (rand() - 0.5) * 0.02, lat: f.lat + (rand() - 0.5) * 0.02 };
        list = list.map((x) => (x.id === f.id ? moved : x));
        model.upsertFacility(moved);
      } else if (op < 0.7) {
        const f = randomFacility(`f${next++}`);
        list = [...list, f];
        model.upsertFacility(f);
      } else if (op < 0.85 && list.length > 0) {
        const f = pick(list);
        list = list.filter((x) => x.id !== f.id);
        model.removeFacility(f.id);
      } else if (list.length > 0) {
        const f = pick(list);
        const edited = { ...f, kind: pick(KINDS), status: pick(FACILITY_STATUSES) };
        list = list.map((x) => (x.id === f.id ? edited : x));
        model.upsertFacility(edited);
      }
      const withGaps = step % 40 === 0;
      const full = evaluate(zones, list, rules, {
        ...options,
        statuses: [...options.statuses],
        gaps: withGaps,
      });
      expect(model.evaluation({ gaps: withGaps })).toEqual(full);
    }
  });

  it('keeps every gap outline equal to a full recompute over 300 seeded moves, adds, removes, edits and rule edits', () => {
    const rand = rng(5150);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const randomFacility = (id: string): Facility =>
      facility(id, pick(KINDS), 102.58 + rand() * 0.34, 24.98 + rand() * 0.34, {
        beds: Math.floor(rand() * 200),
        status: pick(FACILITY_STATUSES),
      });
    let list: Facility[] = Array.from({ length: 24 }, (_, i) => randomFacility(`f${i}`));
    let ruleList: Rule[] = rules;
    const options = { cellSizeM: 250, statuses: [...FACILITY_STATUSES] };
    const model = createCoverageModel(zones, ruleList, options);
    model.setFacilities(list);
    let next = 24;
    let gapReads = 0;
    let readsWithGaps = 0;
    let shapesChanged = 0;
    let previous = '';
    for (let step = 0; step < 300; step++) {
      const op = rand();
      if (op < 0.6 && list.length > 0) {
        // Small moves, as a drag makes: only the zones near the facility change.
        const f = pick(list);
        const moved = { ...f, lon: f.lon + (rand() - 0.5) * 0.01, lat: f.lat + (rand() - 0.5) * 0.01 };
        list = list.map((x) => (x.id === f.id ? moved : x));
        model.upsertFacility(moved);
      } else if (op < 0.7) {
        const f = randomFacility(`f${next++}`);
        list = [...list, f];
        model.upsertFacility(f);
      } else if (op < 0.8 && list.length > 1) {
        const f = pick(list);
        list = list.filter((x) => x.id !== f.id);
        model.removeFacility(f.id);
      } else if (op < 0.9 && list.length > 0) {
        const f = pick(list);
        const edited = { ...f, kind: pick(KINDS), status: pick(FACILITY_STATUSES) };
        list = list.map((x) => (x.id === f.id ? edited : x));
        model.upsertFacility(edited);
      } else if (op < 0.94) {
        // A whole new list (as an import or a scenario switch): a few moved, one swapped.
        list = [
          ...list.slice(1).map((x) => (rand() < 0.3 ? { ...x, lon: x.lon + (rand() - 0.5) * 0.02 } : x)),
          randomFacility(`f${next++}`),
        ];
        model.setFacilities(list);
      } else {
        // Rule edits: a reach radius, a target, a rule switched off or on, the kinds that count.
        const radiusKm = 1 + rand() * 3;
        ruleList = ruleList.map((r) => {
          if (r.type !== 'reach') return r;
          const e = rand();
          if (e < 0.3)
            return { ...r, thresholds: { ...r.thresholds, urban: { radiusKm, combine: 'either' } } };
          if (e < 0.5) return { ...r, targetShare: Math.round(rand() * 100) / 100 };
          if (e < 0.65) return { ...r, enabled: !r.enabled };
          if (e < 0.8) return { ...r, kinds: KINDS.filter(() => rand() < 0.6) };
          return { ...r };
        });
        model.setRules(ruleList);
      }
      // Reads without gaps in between must not lose track of which outlines are stale.
      if (rand() < 0.3) {
        model.evaluation({ gaps: false });
        continue;
      }
      const full = evaluate(zones, list, ruleList, { ...options, gaps: true });
      const incremental = model.evaluation({ gaps: true });
      expect(incremental, `step ${step}`).toEqual(full);
      readsWithGaps++;
      gapReads += full.gaps.length;
      const shapes = JSON.stringify(full.gaps.map((g) => g.geometry));
      if (shapes !== previous) shapesChanged++;
      previous = shapes;
    }
    // The comparison saw many gaps, and their outlines changed often (so stale ones would show).
    expect(readsWithGaps).toBeGreaterThan(150);
    expect(gapReads / readsWithGaps).toBeGreaterThan(3);
    expect(shapesChanged).toBeGreaterThan(50);
  });

  it('a facility dragged inside its zone keeps its count there, and dragged across a border moves it', () => {
    const model = createCoverageModel(zones, rules, { cellSizeM: 250 });
    const chc = facility('c', 'community_health_centre', 102.7, 25.05, { beds: 100 });
    model.setFacilities([chc]);
    const countIn = (code: string) =>
      model.evaluation({ gaps: false }).results.find((r) => r.ruleId === 'count' && r.zoneCode === code)
        ?.count?.count;
    expect(countIn('S1')).toBe(1);
    model.upsertFacility({ ...chc, lon: 102.72 });
    expect(countIn('S1')).toBe(1);
    model.upsertFacility({ ...chc, lon: 102.8 });
    expect(countIn('S1')).toBe(0);
    expect(countIn('S2')).toBe(1);
    model.upsertFacility({ ...chc, lon: 102.8, beds: 7 });
    const beds = model
      .evaluation({ gaps: false })
      .results.find((r) => r.ruleId === 'beds' && r.zoneCode === 'S2');
    expect(beds?.ratio?.total).toBe(7);
  });

  it('keeps unchanged reach grids when the rules change and drops disabled rules', () => {
    const list = [
      facility('a', 'ambulance_station', 102.7, 25.05),
      facility('c', 'community_health_centre', 102.8, 25.05),
    ];
    const model = createCoverageModel(zones, rules, { cellSizeM: 250 });
    model.setFacilities(list);
    const fewer = rules.map((r) => (r.id === 'care' ? { ...r, enabled: false } : r));
    model.setRules(fewer);
    expect(model.evaluation({ gaps: false })).toEqual(
      evaluate(zones, list, fewer, { cellSizeM: 250, gaps: false }),
    );
    expect(model.evaluation().area.map((r) => r.ruleId)).toEqual(['ems', 'count', 'beds']);
  });
});
