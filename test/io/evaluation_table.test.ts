import { describe, expect, it } from 'vitest';
import type { Evaluation, Rule, RuleResult, Zone } from '../../src/domain/index.ts';
import { evaluationToTable, renderEvaluationReport } from '../../src/engine/io/index.ts';
import { square } from './helpers.ts';

const geometry = square(102.6, 25, 0.01) as Zone['geometry'];
const zones: Zone[] = [
  {
    code: 'S1',
    name: '海口街道',
    nameEn: 'Haikou',
    level: 'street',
    class: 'rural',
    population: 46_000,
    geometry,
  },
  {
    code: 'V1',
    name: '南山村',
    level: 'village',
    class: 'rural',
    population: 6_220,
    parentCode: 'S2',
    geometry,
  },
  {
    code: 'S2',
    name: '碧鸡街道',
    nameEn: 'Biji',
    level: 'street',
    class: 'rural',
    population: 56_000,
    geometry,
  },
];
const source = { file: '004_9a4ddb2fddd3ae00.txt', lines: [602], quoteZh: '每个街道设置1所社区卫生服务中心' };
const rules: Rule[] = [
  {
    id: 'chc_per_street',
    type: 'minCount',
    title: { zh: '每街道1所社区卫生服务中心', en: 'A CHC per street' },
    sources: [source],
    enabled: true,
    kinds: ['community_health_centre'],
    zoneLevel: 'street',
    minCount: 1,
  },
  {
    id: 'thc_per_township',
    type: 'minCount',
    title: { zh: '每乡镇1所卫生院', en: 'A THC per township' },
    sources: [{ ...source, file: '000_e231058eb99c46c0.txt', lines: [299] }],
    enabled: true,
    kinds: ['township_health_centre'],
    zoneLevel: 'township',
    minCount: 1,
  },
];
const count = (
  zoneCode: string,
  n: number,
  status: 'pass' | 'fail' | 'na',
  ruleId = 'chc_per_street',
): RuleResult => ({
  ruleId,
  zoneCode,
  status,
  count: { count: n, required: 1, missing: Math.max(0, 1 - n) },
});
const evaluation: Evaluation = {
  results: [
    count('S1', 0, 'fail'),
    count('S2', 1, 'pass'),
    { ruleId: 'chc_per_street', zoneCode: 'V1', status: 'na' },
    { ruleId: 'thc_per_township', zoneCode: 'S1', status: 'na' },
    { ruleId: 'thc_per_township', zoneCode: 'S2', status: 'na' },
    { ruleId: 'thc_per_township', zoneCode: 'V1', status: 'na' },
  ],
  area: [
    { ...count('__area__', 1, 'fail'), count: { count: 1, required: 2, missing: 1 } },
    { ruleId: 'thc_per_township', zoneCode: '__area__', status: 'na' },
  ],
  issues: [],
  gaps: [],
  cellSizeM: 100,
};

describe('evaluationToTable', () => {
  it('puts a village under its street, indented, and shows ✓/✗/— with count/required', () => {
    const table = evaluationToTable(zones, rules, evaluation, 'zh');
    expect(table.rows.map((r) => r[0])).toEqual(['海口街道', '碧鸡街道', '  南山村']);
    expect(table.rows.map((r) => r[3])).toEqual(['✗ 0/1', '✓ 1/1', '—']);
    expect(table.footer?.[0]?.[3]).toBe('✗ 1/2');
  });

  it('leaves out a rule that applies to no loaded zone and not to the whole area, and the report says so', () => {
    const table = evaluationToTable(zones, rules, evaluation, 'en');
    expect(table.header).toEqual(['Zone', 'Class', 'Population', 'chc_per_street']);
    const report = renderEvaluationReport(zones, [], rules, evaluation, {
      lang: 'en',
      statuses: ['existing'],
    });
    expect(report).toContain('thc_per_township  A THC per township (not applicable to the zones loaded)');
    expect(report).toContain('source: 000_e231058eb99c46c0.txt L299');
  });

  it('totals the population of zones whose parent is not loaded, so villages are not counted twice', () => {
    const table = evaluationToTable(zones, rules, evaluation, 'en');
    expect(table.footer?.[0]?.[2]).toBe((46_000 + 56_000).toLocaleString('en-US'));
    expect(table.rows.map((r) => r[0])).toEqual(['Haikou', 'Biji', '  南山村']);
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([zones, rules, evaluation]);
    evaluationToTable(zones, rules, evaluation, 'zh');
    expect(JSON.stringify([zones, rules, evaluation])).toBe(before);
  });
});
