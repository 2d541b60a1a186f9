import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readPlainTable } from '../../src/engine/formats/index.ts';
import {
  codeKey,
  featuresToZones,
  guessJoinColumns,
  JOINED_POPULATION_FIELD,
  joinPopulation,
  nameKey,
  nameStem,
  type PopulationJoinOptions,
  type PopulationTable,
} from '../../src/engine/io/index.ts';
import { csvText, gbk, utf8, xlsxBytes } from '../formats/fixtures.ts';
import { collection, square } from './helpers.ts';

/** Zones as a Shapefile would give them: a `_row` per record, invented names and codes (示意). */
function zones(list: { 名称: string; 代码?: string }[]): FeatureCollection<Geometry | null> {
  return collection(
    ...list.map((p, i): [Geometry, Record<string, unknown>] => [
      square(103 + i * 0.1, 25, 0.1),
      { ...p, _row: i + 1 },
    ]),
  );
}

async function table(rows: (string | number | null)[][]): Promise<PopulationTable> {
  const t = await readPlainTable('人口.csv', utf8(csvText(rows)));
  if (!t.ok) throw new Error(t.message.en);
  return t;
}

const byCode: PopulationJoinOptions = {
  by: 'code',
  keyColumn: '统计用区划代码',
  valueColumn: '常住人口',
  zonesFile: '乡镇.shp',
  tableFile: '人口.csv',
};
const byName: PopulationJoinOptions = { ...byCode, by: 'name', keyColumn: '名称' };

const joined = (fc: FeatureCollection<Geometry | null>) =>
  fc.features.map((f) => f.properties?.[JOINED_POPULATION_FIELD] ?? null);

describe('keys of a population join', () => {
  it('a 9-digit township code equals its 12-digit form, and a 6-digit county adcode its own', () => {
    expect(codeKey('530112001')).toBe('530112001000');
    expect(codeKey(530112001000)).toBe(codeKey('530112001'));
    expect(codeKey(' 530112-001 ')).toBe('530112001000');
    expect(codeKey('530102')).toBe('530102000000');
    expect(codeKey('530112002')).not.toBe(codeKey('530112001'));
  });

  it('a code shown by Excel in scientific notation, or text without digits, gives no key', () => {
    expect(codeKey('5.30112E+11')).toBeUndefined();
    expect(codeKey('合计')).toBeUndefined();
    expect(codeKey(null)).toBeUndefined();
  });

  it('names compare after NFKC, trimming and removing spaces; endings drop for the second try', () => {
    expect(nameKey(' 马街 街道 ')).toBe('马街街道');
    expect(nameKey('Ａ村１')).toBe('A村1');
    expect(nameStem('马街街道办事处')).toBe('马街');
    expect(nameStem('团结民族乡')).toBe('团结');
    expect(nameStem('碧鸡镇')).toBe('碧鸡');
    expect(nameStem('镇')).toBeUndefined();
    expect(nameStem('海口')).toBeUndefined();
  });

  it('guesses the join columns from the headers', () => {
    expect(guessJoinColumns(['序号', '乡镇名称', '统计用区划代码', '常住人口（2023）'])).toEqual({
      by: 'code',
      keyColumn: '统计用区划代码',
      valueColumn: '常住人口（2023）',
    });
    expect(guessJoinColumns(['town_name', 'population'])).toEqual({
      by: 'name',
      keyColumn: 'town_name',
      valueColumn: 'population',
    });
    expect(guessJoinColumns(['名称', 'code', '人口'], 'name').keyColumn).toBe('名称');
  });
});

describe('joinPopulation', () => {
  it('joins 9-digit table codes to 12-digit zone codes and parses 1,234 and 1.2万', async () => {
    const fc = zones([
      { 名称: '示意甲街道', 代码: '530112001000' },
      { 名称: '示意乙镇', 代码: '530112101000' },
    ]);
    const t = await table([
      ['统计用区划代码', '常住人口'],
      ['530112001', '"12,345"'],
      ['530112101', '1.2万'],
    ]);
    const r = joinPopulation(fc, t, byCode);
    expect(r.ok).toBe(true);
    expect(r.matched).toBe(2);
    expect(joined(r.features)).toEqual([12345, 12000]);
    expect(r.issues).toEqual([]);
    const z = featuresToZones(r.features, '乡镇.shp', { populationField: r.populationField });
    expect(z.ok && z.zones.map((x) => x.population)).toEqual([12345, 12000]);
  });

  it('does not mutate the zones or the table', async () => {
    const fc = zones([{ 名称: '示意甲街道', 代码: '530112001' }]);
    const t = await table([
      ['统计用区划代码', '常住人口'],
      ['530112001', '100'],
    ]);
    const before = JSON.stringify([fc, t]);
    joinPopulation(fc, t, byCode);
    expect(JSON.stringify([fc, t])).toBe(before);
  });

  it('reports unmatched zones by their row and table rows matching no zone by theirs', async () => {
    const fc = zones([
      { 名称: '示意甲街道', 代码: '530112001' },
      { 名称: '示意乙镇', 代码: '530112101' },
      { 名称: '示意丙乡', 代码: '530112201' },
    ]);
    const t = await table([
      ['统计用区划代码', '常住人口'],
      ['530112001', 5000],
      ['999999999', 7],
      ['合计', 5007],
    ]);
    const r = joinPopulation(fc, t, byCode);
    expect(r.ok).toBe(true);
    expect(r.unmatchedZones.map((z) => [z.row, z.name, z.key])).toEqual([
      [2, '示意乙镇', '530112101'],
      [3, '示意丙乡', '530112201'],
    ]);
    expect(r.unmatchedRows).toEqual([
      { row: 3, key: '999999999' },
      { row: 4, key: '合计' },
    ]);
    expect(joined(r.features)).toEqual([5000, null, null]);
    const zh = r.issues.map((i) => i.message.zh).join('\n');
    expect(zh).toContain('人口.csv：乡镇.shp 中 2 个区划在人口表“统计用区划代码”列中找不到');
    expect(zh).toContain('第 2 行 示意乙镇（530112101）');
    expect(zh).toContain('人口表有 2 行未对应任何区划：第 3 行（999999999）、第 4 行（合计）');
    const en = r.issues.map((i) => i.message.en).join('\n');
    expect(en).toContain(
      '人口.csv: 2 rows of the population table match no zone: row 3 (999999999), row 4 (合计)',
    );
  });

  it('matches names without 街道/镇/乡 only when that match is unique, and lists those matches', async () => {
    const fc = zones([
      { 名称: '示意马街街道' },
      { 名称: '示意碧鸡' },
      { 名称: '示意团结镇' },
      { 名称: '示意团结乡' },
      { 名称: '示意海口镇' },
    ]);
    const t = await table([
      ['名称', '常住人口'],
      ['示意马街街道办事处', 100],
      ['示意碧鸡镇', 200],
      ['示意团结', 300],
      ['示意 海口镇', 400],
    ]);
    const r = joinPopulation(fc, t, byName);
    // 团结镇 and 团结乡 both shorten to 团结: neither is matched, and the row stays unmatched.
    expect(joined(r.features)).toEqual([100, 200, null, null, 400]);
    expect(r.looseMatches.map((m) => [m.zone.name, m.tableKey, m.row])).toEqual([
      ['示意马街街道', '示意马街街道办事处', 2],
      ['示意碧鸡', '示意碧鸡镇', 3],
    ]);
    expect(r.unmatchedZones.map((z) => z.name)).toEqual(['示意团结镇', '示意团结乡']);
    expect(r.unmatchedRows).toEqual([{ row: 4, key: '示意团结' }]);
    expect(r.issues.find((i) => i.code === 'loose_name_matches')?.message.en).toContain(
      '示意马街街道 ↔ 示意马街街道办事处 (row 2)',
    );
  });

  it('a duplicate key with the same value is used; with different values the zone gets none', async () => {
    const fc = zones([
      { 名称: '示意甲街道', 代码: '530112001' },
      { 名称: '示意乙镇', 代码: '530112101' },
    ]);
    const t = await table([
      ['统计用区划代码', '常住人口'],
      ['530112001', 100],
      ['530112001000', 100],
      ['530112101', 200],
      ['530112101', 250],
    ]);
    const r = joinPopulation(fc, t, byCode);
    expect(joined(r.features)).toEqual([100, null]);
    expect(r.duplicateKeys).toEqual([
      { key: '530112001', rows: [2, 3], conflicting: false },
      { key: '530112101', rows: [4, 5], conflicting: true },
    ]);
    expect(r.withoutValue.map((w) => [w.zone.name, w.rows])).toEqual([['示意乙镇', [4, 5]]]);
    const zh = r.issues.map((i) => i.message.zh).join('\n');
    expect(zh).toContain('530112101（第 4、5 行，人口不同，不采用）');
    expect(zh).toContain('乡镇.shp 中 1 个区划在人口表中找到，但没有可用的人口值');
  });

  it('rows whose value is not a non-negative number are named, and their zone has no population', async () => {
    const fc = zones([
      { 名称: '示意甲街道', 代码: '530112001' },
      { 名称: '示意乙镇', 代码: '530112101' },
      { 名称: '示意丙乡', 代码: '530112201' },
    ]);
    const t = await table([
      ['统计用区划代码', '常住人口'],
      ['530112001', '约三万'],
      ['530112101', ''],
      ['530112201', '-5'],
    ]);
    const r = joinPopulation(fc, t, byCode);
    expect(r.badValues).toEqual([
      { row: 2, text: '约三万' },
      { row: 3, text: '' },
      { row: 4, text: '-5' },
    ]);
    expect(joined(r.features)).toEqual([null, null, null]);
    expect(r.matched).toBe(0);
    expect(r.ok).toBe(true);
    expect(r.issues.find((i) => i.code === 'bad_values')?.message.en).toBe(
      '人口.csv: 3 rows have a "常住人口" that is not a non-negative number: row 2 ("约三万"), row 3 (empty), row 4 ("-5").',
    );
  });

  it('a missing column, zones without codes, or nothing matched is an error naming the file', async () => {
    const fc = zones([{ 名称: '示意甲街道', 代码: '530112001' }]);
    const t = await table([
      ['统计用区划代码', '常住人口'],
      ['110101001', 5],
    ]);
    const noColumn = joinPopulation(fc, t, { ...byCode, valueColumn: '人口数' });
    expect(noColumn.ok).toBe(false);
    expect(noColumn.issues[0]?.message.en).toBe(
      '人口.csv: the population table has no column "人口数". Its columns: 统计用区划代码, 常住人口.',
    );
    const noCodes = joinPopulation(zones([{ 名称: '示意甲街道' }]), t, byCode);
    expect(noCodes.issues[0]?.code).toBe('missing_zone_field');
    expect(noCodes.issues[0]?.message.en).toContain('乡镇.shp: the zones have no zone code field');
    const none = joinPopulation(fc, t, byCode);
    expect(none.ok).toBe(false);
    expect(none.issues.map((i) => i.code)).toEqual(['nothing_matched']);
    expect(none.issues[0]?.message.en).toContain('zones like 530112001, table like 110101001');
  });
});

describe('readPlainTable', () => {
  it('reads a GBK CSV and numbers rows as a spreadsheet shows them, skipping blank rows', async () => {
    const t = await readPlainTable(
      '人口.csv',
      gbk('\n统计用区划代码,常住人口\n530112001,"1,234"\n\n530112101,88\n'),
    );
    expect(t.ok && t.encoding).toBe('gbk');
    expect(t.ok && t.columns).toEqual(['统计用区划代码', '常住人口']);
    expect(t.ok && t.rows).toEqual([
      { row: 3, cells: { 统计用区划代码: '530112001', 常住人口: '1,234' } },
      { row: 5, cells: { 统计用区划代码: '530112101', 常住人口: '88' } },
    ]);
  });

  it('reads an .xlsx sheet with numeric cells', async () => {
    const t = await readPlainTable(
      '人口.xlsx',
      await xlsxBytes([
        ['名称', '人口'],
        ['示意甲街道', 4500],
      ]),
    );
    expect(t.ok && t.rows).toEqual([{ row: 2, cells: { 名称: '示意甲街道', 人口: 4500 } }]);
  });

  it('refuses GeoJSON, old .xls and empty files with a message', async () => {
    const geo = await readPlainTable('人口.csv', utf8('{"type":"FeatureCollection","features":[]}'));
    expect(!geo.ok && geo.message.en).toMatch(/GeoJSON, not a table/);
    const xls = await readPlainTable('人口.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    expect(!xls.ok && xls.message.en).toMatch(/old Excel/);
    const empty = await readPlainTable('人口.csv', new Uint8Array());
    expect(!empty.ok && empty.message.en).toMatch(/empty/);
  });
});
