import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { readLayer, readPlainTable } from '../../src/engine/formats/index.ts';
import { defaultSheet, xlsxSheets } from '../../src/engine/formats/read_xlsx.ts';
import { covplan, REPO, STACK_LINE, tempFiles } from '../cli/run_cli.ts';

type Cell = string | number | null;

/** An .xlsx workbook with the given sheets, in order, written by write-excel-file as Excel would. */
async function workbook(sheets: { sheet: string; data: Cell[][] }[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A notes sheet with one line, then two tables: facilities (with coordinates) and population (none). */
const NOTES = { sheet: '说明', data: [['本工作簿为示意数据']] as Cell[][] };
const FACILITIES = {
  sheet: '设施',
  data: [
    ['名称', '类型', '经度', '纬度'],
    ['示意甲镇卫生院', '卫生院', 102.61, 25.01],
    ['示意乙急救站', '急救站', 102.63, 25.01],
  ] as Cell[][],
};
const POPULATION = {
  sheet: '人口',
  data: [
    ['统计用区划代码', '常住人口'],
    ['530112001', 12000],
    ['530112002', 48000],
  ] as Cell[][],
};

describe('Excel workbooks with several sheets', () => {
  it('lists every sheet with its non-blank rows; the default is the first with a header and data', async () => {
    const bytes = await workbook([NOTES, FACILITIES, POPULATION]);
    const r = await xlsxSheets(bytes);
    expect(r).toEqual({
      ok: true,
      sheets: [
        { name: '说明', rows: 1 },
        { name: '设施', rows: 3 },
        { name: '人口', rows: 3 },
      ],
    });
    expect(defaultSheet(r.ok ? r.sheets : [])).toBe('设施');
    expect(
      defaultSheet([
        { name: 'a', rows: 0 },
        { name: 'b', rows: 1 },
      ]),
    ).toBe('b');
    expect(defaultSheet([])).toBeUndefined();
  });

  it('a layer is read from the first sheet with data unless a sheet is named or numbered', async () => {
    const bytes = await workbook([NOTES, FACILITIES, POPULATION]);
    const byDefault = await readLayer('设施.xlsx', bytes);
    expect(byDefault.ok).toBe(true);
    expect(byDefault.features.features.map((f) => f.properties?.名称)).toEqual([
      '示意甲镇卫生院',
      '示意乙急救站',
    ]);
    // Rows are numbered as Excel shows them on that sheet.
    expect(byDefault.features.features.map((f) => f.properties?._row)).toEqual([2, 3]);
    const numbered = await readLayer('设施.xlsx', bytes, { sheet: 2 });
    expect(numbered.features.features).toHaveLength(2);
    const population = await readLayer('设施.xlsx', bytes, { sheet: '人口' });
    expect(population.ok).toBe(false);
    expect(population.columns).toEqual(['统计用区划代码', '常住人口']);
  });

  it('a plain table says which sheet it read and lists them all; an unknown sheet names those there are', async () => {
    const bytes = await workbook([NOTES, POPULATION]);
    const t = await readPlainTable('人口.xlsx', bytes);
    if (!t.ok) throw new Error(t.message.en);
    expect(t.sheet).toBe('人口');
    expect(t.sheets?.map((s) => s.name)).toEqual(['说明', '人口']);
    expect(t.rows.map((r) => [r.row, r.cells.常住人口])).toEqual([
      [2, 12000],
      [3, 48000],
    ]);
    const notes = await readPlainTable('人口.xlsx', bytes, { sheet: '说明' });
    expect(notes.ok && notes.columns).toEqual(['本工作簿为示意数据']);
    const missing = await readPlainTable('人口.xlsx', bytes, { sheet: '户籍' });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.message.zh).toBe(
        '无法读取 Excel 工作表“户籍”：工作簿中没有这个工作表；有的工作表：说明、人口。',
      );
  });

  it('covplan --population-sheet picks the population sheet; a sheet the workbook lacks exits 2 naming its sheets', {
    timeout: 60_000,
  }, async () => {
    const square = (x0: number) => [
      [
        [x0, 25],
        [x0 + 0.02, 25],
        [x0 + 0.02, 25.02],
        [x0, 25.02],
        [x0, 25],
      ],
    ];
    const zones = {
      type: 'FeatureCollection',
      features: ['甲街道', '乙街道'].map((name, i) => ({
        type: 'Feature',
        properties: { 名称: name, 统计用区划代码: `53011200${i + 1}000`, 级别: '街道', 城乡: '城市' },
        geometry: { type: 'Polygon', coordinates: square(102.6 + i * 0.02) },
      })),
    };
    const dir = tempFiles({ 'zones.geojson': zones });
    const table = join(dir, '人口.xlsx');
    // The population is on the third sheet; the second holds a table of facilities.
    writeFileSync(table, await workbook([NOTES, FACILITIES, POPULATION]));
    const known = join(REPO, 'test', 'fixtures', 'cli', 'known');
    const base = [
      'evaluate',
      '--zones',
      join(dir, 'zones.geojson'),
      '--facilities',
      join(known, 'facilities.geojson'),
      '--rules',
      join(known, 'rules.json'),
      '--lang',
      'en',
      '--population-table',
      table,
    ];
    const out = join(dir, 'r.geojson');
    const ok = await covplan([...base, '--population-sheet', '人口', '--out', out]);
    expect(ok.stderr).not.toMatch(STACK_LINE);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain(
      `${table}[人口]: joined by code ("统计用区划代码" → "常住人口"); 2 of 2 zones got a population.`,
    );
    const fc = JSON.parse(readFileSync(out, 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const used = fc.features
      .filter((f) => f.properties.layer === 'zone')
      .map((f) => [f.properties.name, f.properties.population_used]);
    expect(used).toEqual([
      ['甲街道', 12000],
      ['乙街道', 48000],
    ]);
    const numbered = await covplan([...base, '--population-sheet', '3']);
    expect(numbered.status).toBe(0);
    // Without the option the first sheet with data (the facilities) is read: it has no population.
    const byDefault = await covplan(base);
    expect(byDefault.status).toBe(2);
    expect(byDefault.stderr).toContain(
      `${table}[设施]: no population column (such as 常住人口, 人口, population). Columns: 名称, 类型, 经度, 纬度.`,
    );
    const missing = await covplan([...base, '--population-sheet', '户籍']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      `${table}: cannot read the Excel sheet "户籍": the workbook has no such sheet; its sheets: 说明, 设施, 人口.`,
    );
    const stray = await covplan([...base.slice(0, -2), '--population-sheet', '人口']);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('--population-sheet: give --population-table FILE too.');
  });
});
