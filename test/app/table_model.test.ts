import { describe, expect, it } from 'vitest';
import type { Rule, RuleResult, Zone } from '../../src/domain/index.ts';
import { pct } from '../../src/ui/format.ts';
import { tableRows } from '../../src/ui/table/table_model.ts';

const geometry: Zone['geometry'] = { type: 'Polygon', coordinates: [] };
const zone = (code: string, level: Zone['level'], population: number, parentCode?: string): Zone => ({
  code,
  name: code,
  level,
  class: 'rural',
  population,
  geometry,
  ...(parentCode ? { parentCode } : {}),
});
const zones = [
  zone('S1', 'street', 300),
  zone('S2', 'street', 100),
  zone('V1', 'village', 50, 'S1'),
  zone('V2', 'village', 60, 'S2'),
];
const rule = { id: 'r', type: 'minCount', enabled: true } as Rule;
const reach = (code: string, share: number | null): RuleResult =>
  share === null
    ? { ruleId: 'r', zoneCode: code, status: 'na' }
    : {
        ruleId: 'r',
        zoneCode: code,
        status: share >= 0.9 ? 'pass' : 'fail',
        reach: { populationShare: share } as RuleResult['reach'],
      };
const index = new Map([
  [
    'r',
    new Map([
      ['S1', reach('S1', 0.95)],
      ['S2', reach('S2', null)],
      ['V1', reach('V1', 0.5)],
      ['V2', reach('V2', 1)],
    ]),
  ],
]);
const query = {
  level: 'street' as const,
  failingOnly: false,
  sortKey: 'name',
  sortDir: 'asc' as const,
  expanded: [],
};

describe('the zone table rows', () => {
  it('lists streets only until one is expanded, then its villages under it', () => {
    expect(tableRows(zones, [rule], index, query).map((r) => r.zone.code)).toEqual(['S1', 'S2']);
    const open = tableRows(zones, [rule], index, { ...query, expanded: ['S1'] });
    expect(open.map((r) => [r.zone.code, r.depth])).toEqual([
      ['S1', 0],
      ['V1', 1],
      ['S2', 0],
    ]);
  });

  it('failing only keeps a passing street whose village fails, and drops the rest', () => {
    const rows = tableRows(zones, [rule], index, { ...query, failingOnly: true, expanded: ['S1', 'S2'] });
    expect(rows.map((r) => r.zone.code)).toEqual(['S1', 'V1']);
  });

  it('sorts by a rule column with n/a first ascending, and by population descending', () => {
    const byRule = tableRows(zones, [rule], index, { ...query, level: 'all', sortKey: 'rule:r' });
    expect(byRule.map((r) => r.zone.code)).toEqual(['S2', 'V1', 'S1', 'V2']);
    const byPop = tableRows(zones, [rule], index, { ...query, sortKey: 'population', sortDir: 'desc' });
    expect(byPop.map((r) => r.zone.code)).toEqual(['S1', 'S2']);
  });

  it('never shows a failing 99.97% as 100.0%', () => {
    expect(pct(0.9997)).toBe('99.9');
    expect(pct(1)).toBe('100.0');
    expect(pct(0.873)).toBe('87.3');
  });
});
