import { describe, expect, it } from 'vitest';
import { AREA_CODE, type MinCountRule } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/coverage.ts';
import { facility, rectZone } from './helpers.ts';

function countRule(extra: Partial<MinCountRule>): MinCountRule {
  return {
    id: 'chc',
    type: 'minCount',
    title: { zh: '社区卫生服务中心', en: 'CHC' },
    sources: [],
    enabled: true,
    kinds: ['community_health_centre'],
    zoneLevel: 'street',
    minCount: 1,
    ...extra,
  };
}
const west = rectZone('A1', [102.6, 25.0, 102.7, 25.1]);
const east = rectZone('B2', [102.7, 25.0, 102.8, 25.1]);
const chc = (id: string, lon: number, lat: number) => facility(id, 'community_health_centre', lon, lat);
const result = (ev: ReturnType<typeof evaluate>, code: string) => ev.results.find((r) => r.zoneCode === code);

describe('minimum-count rules', () => {
  it('a facility exactly on a shared border counts in exactly one zone, the one with the smaller code', () => {
    const ev = evaluate([east, west], [chc('f', 102.7, 25.05)], [countRule({})]);
    expect(result(ev, 'A1')?.count?.count).toBe(1);
    expect(result(ev, 'B2')?.count?.count).toBe(0);
    expect(result(ev, 'B2')?.status).toBe('fail');
    expect(ev.area[0]?.count).toEqual({ count: 1, required: 2, missing: 1 });
    expect(ev.issues.filter((i) => i.code === 'facility_outside_zones')).toHaveLength(0);
  });

  it('a population band raises the requirement to ceil(population / maxResidents)', () => {
    const big = rectZone('Z', [102.6, 25.0, 102.7, 25.1], { population: 250_000 });
    const rule = countRule({ perPopulation: { minResidents: 30_000, maxResidents: 100_000 } });
    const ev = evaluate([big], [chc('a', 102.65, 25.05), chc('b', 102.66, 25.05)], [rule]);
    expect(result(ev, 'Z')?.count).toEqual({ count: 2, required: 3, missing: 1 });
    expect(result(ev, 'Z')?.status).toBe('fail');
  });

  it('villages under the population floor and villages hosting a township health centre are exempt', () => {
    const opts = { level: 'village' as const };
    const small = rectZone('V1', [102.6, 25.0, 102.65, 25.05], { ...opts, population: 500 });
    const host = rectZone('V2', [102.65, 25.0, 102.7, 25.05], { ...opts, population: 3000 });
    const plain = rectZone('V3', [102.7, 25.0, 102.75, 25.05], { ...opts, population: 3000 });
    const rule = countRule({
      kinds: ['village_clinic'],
      zoneLevel: 'village',
      exceptions: { belowPopulation: 800, hostsKinds: ['township_health_centre'] },
    });
    const ev = evaluate(
      [small, host, plain],
      [facility('t', 'township_health_centre', 102.67, 25.02)],
      [rule],
    );
    expect(result(ev, 'V1')?.status).toBe('na');
    expect(result(ev, 'V1')?.count?.exemptReason?.en).toMatch(/800/);
    expect(result(ev, 'V2')?.status).toBe('na');
    expect(result(ev, 'V2')?.count?.exemptReason).toBeDefined();
    expect(result(ev, 'V3')?.status).toBe('fail');
  });

  it('zones of another level or class are n/a', () => {
    const rural = rectZone('R', [102.8, 25.0, 102.9, 25.1], { cls: 'rural' });
    const town = rectZone('T', [102.9, 25.0, 103.0, 25.1], { level: 'township' });
    const ev = evaluate([west, rural, town], [], [countRule({ classes: ['urban'] })]);
    expect(result(ev, 'A1')?.status).toBe('fail');
    expect(result(ev, 'R')?.status).toBe('na');
    expect(result(ev, 'T')?.status).toBe('na');
    expect(result(ev, 'T')?.note?.en).toMatch(/street/);
  });

  it('a county rule with no county zones loaded treats the whole area as one unit', () => {
    const rule = countRule({ id: 'cdc', kinds: ['cdc'], zoneLevel: 'county' });
    const ev = evaluate([west, east], [facility('c', 'cdc', 102.75, 25.05)], [rule]);
    const area = ev.area.find((r) => r.ruleId === 'cdc');
    expect(area?.zoneCode).toBe(AREA_CODE);
    expect(area?.status).toBe('pass');
    expect(area?.count?.count).toBe(1);
    expect(evaluate([west, east], [], [rule]).area[0]?.status).toBe('fail');
  });

  it('only counted statuses count', () => {
    const planned = { ...chc('p', 102.65, 25.05), status: 'planned' as const };
    expect(
      result(evaluate([west], [planned], [countRule({})], { statuses: ['existing'] }), 'A1')?.count?.count,
    ).toBe(0);
    expect(result(evaluate([west], [planned], [countRule({})]), 'A1')?.count?.count).toBe(1);
  });
});
