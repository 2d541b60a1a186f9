import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/coverage.ts';
import { exactCoveredKm2, facility, KM_LAT, kmLon, reachRule, rectZone, zoneAreaKm2 } from './helpers.ts';

const LON = 102.7;
const LAT = 25.0;
const box = (wKm: number, sKm: number, eKm: number, nKm: number): [number, number, number, number] => [
  LON + wKm * kmLon(LAT),
  LAT + sKm * KM_LAT,
  LON + eKm * kmLon(LAT),
  LAT + nKm * KM_LAT,
];
const ems = reachRule('ems', {
  urban: { radiusKm: 5, combine: 'either' },
  rural: { radiusKm: 20, combine: 'either' },
});

function reachOf(ev: ReturnType<typeof evaluate>, zoneCode: string, ruleId = 'ems') {
  const r = ev.results.find((x) => x.zoneCode === zoneCode && x.ruleId === ruleId);
  if (!r?.reach) throw new Error(`no reach result for ${zoneCode}`);
  return { status: r.status, ...r.reach };
}

describe('reach coverage', () => {
  it('a zone wholly within 5 km of one station is 100 % covered', () => {
    const zone = rectZone('z', box(-2, -2, 2, 2), { population: 12_345 });
    const ev = evaluate([zone], [facility('s', 'ambulance_station', LON, LAT)], [ems]);
    const m = reachOf(ev, 'z');
    expect(m.populationShare).toBe(1);
    expect(m.populationCovered).toBeCloseTo(12_345, 6);
    expect(m.areaCoveredKm2).toBeCloseTo(zoneAreaKm2(zone), 9);
    expect(m.status).toBe('pass');
    expect(ev.gaps).toHaveLength(0);
  });

  it('a rectangle half inside the circle gets the exact intersect share, within 1 %', () => {
    const zone = rectZone('z', box(0, -3, 10, 3), { population: 60_000 });
    const ev = evaluate([zone], [facility('s', 'ambulance_station', LON, LAT)], [ems]);
    const m = reachOf(ev, 'z');
    const exact = exactCoveredKm2(zone, [[LON, LAT]], 5) / zoneAreaKm2(zone);
    expect(exact).toBeGreaterThan(0.4);
    expect(exact).toBeLessThan(0.6);
    expect(Math.abs(m.populationShare - exact) / exact).toBeLessThan(0.01);
    expect(Math.abs(m.areaCoveredKm2 / zoneAreaKm2(zone) - exact) / exact).toBeLessThan(0.01);
    expect(m.status).toBe('fail');
    expect(m.peopleOutside).toBeCloseTo(60_000 - m.populationCovered, 6);
    expect(m.peopleShort).toBe(Math.ceil(0.9 * 60_000 - m.populationCovered));
  });

  it('a station exactly on the border between two zones covers both', () => {
    const west = rectZone('a', box(-3, -1, 0, 1));
    const east = rectZone('b', box(0, -1, 3, 1));
    const ev = evaluate([west, east], [facility('s', 'ambulance_station', LON, LAT)], [ems]);
    expect(reachOf(ev, 'a').populationShare).toBe(1);
    expect(reachOf(ev, 'b').populationShare).toBe(1);
  });

  it('a rural zone is judged against the 20 km rural threshold, an urban one against 5 km', () => {
    const rural = rectZone('r', box(0, -10, 30, 10), { cls: 'rural', population: 40_000 });
    const urban = rectZone('u', box(-10, -5, 0, 5), { cls: 'urban', population: 80_000 });
    const ev = evaluate([rural, urban], [facility('s', 'ambulance_station', LON, LAT)], [ems]);
    const r = reachOf(ev, 'r');
    const u = reachOf(ev, 'u');
    expect(r.reachKm).toBe(20);
    expect(u.reachKm).toBe(5);
    const exactR = exactCoveredKm2(rural, [[LON, LAT]], 20) / zoneAreaKm2(rural);
    const exactU = exactCoveredKm2(urban, [[LON, LAT]], 5) / zoneAreaKm2(urban);
    expect(Math.abs(r.populationShare - exactR) / exactR).toBeLessThan(0.01);
    expect(Math.abs(u.populationShare - exactU) / exactU).toBeLessThan(0.01);
  });

  it('the either/or rule reaches max(5 km, 15 min) and the both rule min(5 km, 15 min)', () => {
    const travel = { mode: 'drive' as const, speedKmh: 30, detourFactor: 1 };
    const either = reachRule('either', { urban: { radiusKm: 5, minutes: 15, combine: 'either', travel } });
    const both = reachRule('both', { urban: { radiusKm: 5, minutes: 15, combine: 'both', travel } });
    const zone = rectZone('z', box(-10, -10, 10, 10), { population: 100_000 });
    const ev = evaluate([zone], [facility('s', 'ambulance_station', LON, LAT)], [either, both]);
    const e = reachOf(ev, 'z', 'either');
    const b = reachOf(ev, 'z', 'both');
    expect(e.reachKm).toBe(7.5);
    expect(b.reachKm).toBe(5);
    const exact = (km: number) => exactCoveredKm2(zone, [[LON, LAT]], km) / zoneAreaKm2(zone);
    expect(Math.abs(e.populationShare - exact(7.5)) / exact(7.5)).toBeLessThan(0.01);
    expect(Math.abs(b.populationShare - exact(5)) / exact(5)).toBeLessThan(0.01);
  });

  it('a village inside a street gets its own result, and the whole area adds up the streets', () => {
    const s1 = rectZone('s1', box(-4, -2, 0, 2), { population: 40_000 });
    const s2 = rectZone('s2', box(0, -2, 8, 2), { population: 20_000 });
    const v = rectZone('v', box(5.5, -2, 8, 2), { level: 'village', population: 5_000 });
    const ev = evaluate([s1, s2, v], [facility('s', 'ambulance_station', LON, LAT)], [ems]);
    expect(reachOf(ev, 'v').populationShare).toBe(0);
    expect(reachOf(ev, 's1').populationShare).toBe(1);
    const area = ev.area[0]?.reach;
    expect(area?.population).toBe(60_000);
    expect(area?.populationCovered).toBeCloseTo(40_000 + reachOf(ev, 's2').populationCovered, 6);
    expect(area?.areaKm2).toBeCloseTo(zoneAreaKm2(s1) + zoneAreaKm2(s2), 6);
  });

  it('a zone class without a threshold is n/a with a bilingual note', () => {
    const urbanOnly = reachRule('u', { urban: { radiusKm: 5, combine: 'either' } });
    const rural = rectZone('r', box(0, 0, 2, 2), { cls: 'rural' });
    const ev = evaluate([rural], [facility('s', 'ambulance_station', LON, LAT)], [urbanOnly]);
    const r = ev.results.find((x) => x.zoneCode === 'r');
    expect(r?.status).toBe('na');
    expect(r?.note?.zh).toMatch(/农村/);
    expect(r?.note?.en).toMatch(/rural/);
  });

  it('a population layer puts the residents where its points are', () => {
    const zone = rectZone('z', box(0, -3, 10, 3), { population: 1000 });
    const near = { lon: LON + 1 * kmLon(LAT), lat: LAT, population: 700 };
    const far = { lon: LON + 9 * kmLon(LAT), lat: LAT, population: 300 };
    const ev = evaluate([zone], [facility('s', 'ambulance_station', LON, LAT)], [ems], {
      population: [near, far],
    });
    const m = reachOf(ev, 'z');
    expect(m.populationShare).toBeCloseTo(0.7, 9);
    expect(m.population).toBe(1000);
  });

  it('a population point on a shared border counts in one zone only, and zones without figures take the points', () => {
    const a = rectZone('a', box(-3, -1, 0, 1), { population: null });
    const b = rectZone('b', box(0, -1, 3, 1), { population: null });
    const inner = { lon: LON + 2 * kmLon(LAT), lat: LAT, population: 50 };
    const onBorder = { lon: LON, lat: LAT, population: 100 };
    const ev = evaluate([a, b], [facility('s', 'ambulance_station', LON, LAT)], [ems], {
      population: [inner, onBorder],
    });
    expect(reachOf(ev, 'a').population).toBe(100);
    expect(reachOf(ev, 'b').population).toBe(50);
    expect(ev.issues.filter((i) => i.code === 'zone_without_population')).toEqual([]);
  });

  it('facilities of kinds the rule does not list and statuses not counted do not cover', () => {
    const zone = rectZone('z', box(-1, -1, 1, 1));
    const clinic = facility('c', 'village_clinic', LON, LAT);
    const planned = facility('p', 'ambulance_station', LON, LAT, { status: 'planned' });
    const ev = evaluate([zone], [clinic, planned], [ems], { statuses: ['existing'] });
    expect(reachOf(ev, 'z').populationShare).toBe(0);
    expect(evaluate([zone], [clinic, planned], [ems]).results[0]?.reach?.populationShare).toBe(1);
  });
});
