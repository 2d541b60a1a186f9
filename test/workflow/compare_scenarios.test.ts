import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AREA_CODE, type Evaluation, type RuleResult } from '../../src/domain/index.ts';
import { compareEvaluations, comparisonToCsv, facilityDiffToCsv } from '../../src/engine/index.ts';
import { deepFreeze, facility, sampleWorkspace } from './helpers.ts';

function reach(
  ruleId: string,
  zoneCode: string,
  status: RuleResult['status'],
  population: number,
  covered: number,
): RuleResult {
  const share = covered / population;
  const metrics = {
    population,
    populationCovered: covered,
    populationShare: share,
    areaKm2: 10,
    areaCoveredKm2: 10 * share,
  };
  return {
    ruleId,
    zoneCode,
    status,
    reach: {
      ...metrics,
      areaShare: share,
      peopleOutside: population - covered,
      peopleShort: 0,
      reachKm: 5,
      straightLine: true,
    },
  };
}

function count(ruleId: string, zoneCode: string, n: number, required: number): RuleResult {
  const status = n >= required ? 'pass' : 'fail';
  return { ruleId, zoneCode, status, count: { count: n, required, missing: Math.max(0, required - n) } };
}

function evaluation(results: RuleResult[], area: RuleResult[]): Evaluation {
  return { results, area, issues: [], gaps: [], cellSizeM: 100 };
}

const zones = sampleWorkspace().zones;
const before = deepFreeze(
  evaluation(
    [
      reach('ems', 'z1', 'fail', 80000, 60000),
      reach('ems', 'z2', 'pass', 30000, 30000),
      count('chc', 'z1', 0, 1),
    ],
    [reach('ems', AREA_CODE, 'fail', 110000, 90000)],
  ),
);
const after = deepFreeze(
  evaluation(
    [
      count('chc', 'z1', 1, 1),
      reach('ems', 'z2', 'fail', 30000, 27000),
      reach('ems', 'z1', 'pass', 80000, 76000),
      { ruleId: 'blood', zoneCode: 'z2', status: 'na' },
    ],
    [reach('ems', AREA_CODE, 'pass', 110000, 103000)],
  ),
);
const facilitiesA = deepFreeze([
  facility('b1', 102.61, 25.01),
  facility('b2', 102.66, 25.02, { beds: 40 }),
  facility('b3', 102.62, 25.04),
]);
const facilitiesB = deepFreeze([
  facility('b1', 102.61, 25.011),
  facility('b2', 102.66, 25.02, { beds: 60 }),
  facility('p1', 102.67, 25.03, { status: 'proposed', name: '拟建站, "西"' }),
]);

describe('compareEvaluations', () => {
  const c = compareEvaluations(before, after, zones, facilitiesA, facilitiesB);

  it('pairs each rule and zone, in rule order then zone order, with people covered before, after and the change', () => {
    expect(c.zones.map((r) => `${r.ruleId}/${r.zoneCode}`)).toEqual([
      'ems/z1',
      'ems/z2',
      'chc/z1',
      'blood/z2',
    ]);
    expect(c.zones[0]).toMatchObject({
      zoneName: '马街街道',
      statusBefore: 'fail',
      statusAfter: 'pass',
      flip: 'fixed',
      populationCovered: { before: 60000, after: 76000, change: 16000 },
    });
    expect(c.zones[0]?.populationShare?.change).toBeCloseTo(0.2, 12);
    expect(c.zones[1]).toMatchObject({
      flip: 'broken',
      populationCovered: { before: 30000, after: 27000, change: -3000 },
    });
  });

  it('counts flips in both directions and gives count changes for count rules', () => {
    expect(c.fixed).toBe(2);
    expect(c.broken).toBe(1);
    expect(c.zones[2]?.count).toEqual({ before: 0, after: 1, change: 1 });
    expect(c.zones[2]?.required).toEqual({ before: 1, after: 1, change: 0 });
  });

  it('a rule present only after has no status before and no flip', () => {
    expect(c.zones[3]).toEqual({
      ruleId: 'blood',
      zoneCode: 'z2',
      zoneName: '碧鸡街道',
      statusBefore: null,
      statusAfter: 'na',
      flip: null,
    });
  });

  it('compares the whole-area rows separately', () => {
    expect(c.area).toHaveLength(1);
    expect(c.area[0]).toMatchObject({
      zoneCode: AREA_CODE,
      flip: 'fixed',
      populationCovered: { change: 13000 },
    });
  });

  it('lists added, removed, moved (with the distance in metres) and edited facilities', () => {
    expect(c.facilities.added.map((f) => f.id)).toEqual(['p1']);
    expect(c.facilities.removed.map((f) => f.id)).toEqual(['b3']);
    expect(c.facilities.moved.map((m) => m.id)).toEqual(['b1']);
    // 0.001° of latitude on the 6,371,008.8 m sphere: R × Δφ.
    expect(c.facilities.moved[0]?.distanceM).toBeCloseTo((6371008.8 * 0.001 * Math.PI) / 180, 6);
    expect(c.facilities.changed).toEqual([
      { id: 'b2', name: '设施 b2', fields: [{ field: 'beds', before: 40, after: 60 }] },
    ]);
  });
});

describe('comparisonToCsv', () => {
  const c = compareEvaluations(before, after, zones, facilitiesA, facilitiesB);

  it('starts with a UTF-8 BOM and reads back with Chinese headers, statuses and numbers', () => {
    const csv = comparisonToCsv(c, 'zh', { ruleTitles: { ems: { zh: '急救半径', en: 'Ambulance reach' } } });
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(5);
    const first = parsed.data[0] ?? {};
    expect(first).toMatchObject({
      规则: '急救半径',
      区划名称: '马街街道',
      原状态: '未达标',
      新状态: '达标',
      状态变化: '转为达标',
      '覆盖人口（前）': '60000',
      '覆盖人口（后）': '76000',
      覆盖人口变化: '16000',
      '覆盖率（前）%': '75',
      '覆盖率（后）%': '95',
      '覆盖率变化（百分点）': '20',
    });
    expect(parsed.data[1]?.覆盖人口变化).toBe('-3000');
    expect(parsed.data[4]).toMatchObject({ 区划名称: '全域', 区划代码: '' });
  });

  it('writes English headers when asked', () => {
    const csv = comparisonToCsv(c, 'en');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]?.slice(0, 5)).toEqual(['Rule', 'Rule id', 'Zone code', 'Zone', 'Status before']);
    expect(parsed.data[3]?.slice(0, 7)).toEqual([
      'chc',
      'chc',
      'z1',
      '马街街道',
      'fail',
      'pass',
      'now passes',
    ]);
  });

  it('quotes names with commas and quotes, and defuses formula-like text', () => {
    const evil = compareEvaluations(before, after, zones, facilitiesA, [
      ...facilitiesB,
      facility('x', 102.6, 25, { name: '=HYPERLINK("x")' }),
    ]);
    const csv = facilityDiffToCsv(evil, 'zh');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    const names = parsed.data.map((r) => r.名称);
    expect(names).toContain('拟建站, "西"');
    expect(names).toContain(`'=HYPERLINK("x")`);
    const moved = parsed.data.find((r) => r.变化 === '移动');
    expect(moved?.['移动距离（米）']).toBe('111.2');
    expect(parsed.data.find((r) => r.变化 === '属性变化')?.变化字段).toBe('beds: 40 → 60');
  });
});
