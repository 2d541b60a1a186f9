import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/coverage.ts';
import { bedsRule, facility, rectZone } from './helpers.ts';

const a = rectZone('A', [102.6, 25.0, 102.7, 25.1], { population: 20_000 });
const b = rectZone('B', [102.7, 25.0, 102.8, 25.1], { population: 30_000 });
const hospitals = [
  facility('h1', 'secondary_general_hospital', 102.65, 25.05, { beds: 150 }),
  facility('h2', 'tertiary_general_hospital', 102.75, 25.05, { beds: 120 }),
  facility('x', 'village_clinic', 102.75, 25.06),
  facility('far', 'tertiary_general_hospital', 104, 27, { beds: 1000 }),
];

describe('ratio rules', () => {
  it('sums the attribute per zone and over the area, per perResidents residents, with the missing units', () => {
    const ev = evaluate([a, b], hospitals, [bedsRule()]);
    const ra = ev.results.find((r) => r.zoneCode === 'A');
    const rb = ev.results.find((r) => r.zoneCode === 'B');
    expect(ra?.ratio).toEqual({ total: 150, population: 20_000, value: 7.5, target: 6, gap: 0 });
    expect(ra?.status).toBe('pass');
    expect(rb?.ratio).toEqual({ total: 120, population: 30_000, value: 4, target: 6, gap: 60 });
    expect(rb?.status).toBe('fail');
    expect(ev.area[0]?.ratio).toEqual({ total: 270, population: 50_000, value: 5.4, target: 6, gap: 30 });
  });

  it('counts only the listed kinds', () => {
    const ev = evaluate([a, b], hospitals, [bedsRule({ kinds: ['tertiary_general_hospital'] })]);
    expect(ev.area[0]?.ratio?.total).toBe(120);
  });

  it('an area-scope rule leaves zones n/a and judges the whole area', () => {
    const ev = evaluate([a, b], hospitals, [bedsRule({ scope: 'area', target: 5 })]);
    expect(ev.results.every((r) => r.status === 'na')).toBe(true);
    expect(ev.area[0]?.status).toBe('pass');
  });

  it('a zone without population is n/a, not a division by zero', () => {
    const unknown = rectZone('U', [102.6, 25.0, 102.7, 25.1], { population: null });
    const ev = evaluate([unknown], hospitals, [bedsRule()]);
    expect(ev.results[0]?.status).toBe('na');
    expect(ev.results[0]?.note?.en).toMatch(/[Pp]opulation/);
  });
});
