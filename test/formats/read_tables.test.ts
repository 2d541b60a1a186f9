import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../src/engine/crs/index.ts';
import { type ReadProgress, readLayer } from '../../src/engine/formats/index.ts';
import { csvText, FACILITY_ROWS, gbk, utf8, xlsxBytes } from './fixtures.ts';

const coords = (r: Awaited<ReturnType<typeof readLayer>>, i: number) => {
  const g = r.features.features[i]?.geometry;
  return g?.type === 'Point' ? g.coordinates : [];
};

describe('reading CSV', () => {
  it('reads a GBK CSV with Chinese headers, keeping the Chinese text and spreadsheet row numbers', async () => {
    const r = await readLayer('设施.csv', gbk(csvText(FACILITY_ROWS)));
    expect(r.detected).toMatchObject({ format: 'csv', encoding: 'gbk', crs: 'wgs84' });
    expect(r.columns).toEqual(['名称', '类型', '经度', '纬度', '床位数']);
    expect(r.features.features.map((f) => f.properties?.名称)).toEqual([
      '示意社区卫生服务中心',
      '示意乡镇卫生院',
    ]);
    expect(r.features.features[0]?.properties?._row).toBe(2);
    expect(coords(r, 1)).toEqual([102.81, 25.02]);
    expect(r.rowsRead).toBe(4);
  });

  it('skips rows without usable coordinates and says which row and why', async () => {
    const r = await readLayer('设施.csv', gbk(csvText(FACILITY_ROWS)));
    expect(r.skipped.map((s) => s.row)).toEqual([4, 5]);
    expect(r.skipped[0]?.reason.zh).toBe('缺少坐标');
    expect(r.skipped[1]?.reason.en).toContain('abc');
  });

  it('reads UTF-8 with BOM, English lng/lat headers and a TSV', async () => {
    const csv = await readLayer('a.csv', utf8(`\uFEFFname,lng,lat\r\nA,102.7,25.04\r\n`));
    expect([csv.detected.encoding, coords(csv, 0)]).toEqual(['utf-8', [102.7, 25.04]]);
    const tsv = await readLayer('a.tsv', utf8('name\tLongitude\tLatitude\nB\t102.1\t25.1\n'));
    expect(coords(tsv, 0)).toEqual([102.1, 25.1]);
  });

  it('reads one 坐标 column holding "lon,lat" and degree-minute-second values', async () => {
    const r = await readLayer('b.csv', utf8('名称,坐标\n甲,"102.7,25.04"\n乙,"102°42′00″，25°02′24″"\n'));
    expect(coords(r, 0)).toEqual([102.7, 25.04]);
    expect(coords(r, 1)[0]).toBeCloseTo(102.7, 9);
    expect(coords(r, 1)[1]).toBeCloseTo(25.04, 9);
  });

  it('fails on a CSV without coordinate columns, listing the columns for the mapping step', async () => {
    const r = await readLayer('codes.csv', utf8('town_code,town_name\n530102001,华山街道\n'));
    expect(r.ok).toBe(false);
    expect(r.columns).toEqual(['town_code', 'town_name']);
    expect(r.errors?.[0]?.message.zh).toContain('找不到经纬度列');
    expect(r.errors?.[0]?.message.en).toContain('town_code, town_name');
  });

  it('uses the lon/lat fields the planner chose, and names a chosen field that does not exist', async () => {
    const text = utf8('名称,东坐标,北坐标\n甲,102.7,25.04\n');
    const r = await readLayer('c.csv', text, { lonField: '东坐标', latField: '北坐标' });
    expect(coords(r, 0)).toEqual([102.7, 25.04]);
    const bad = await readLayer('c.csv', text, { lonField: 'X', latField: '北坐标' });
    expect(bad.errors?.[0]?.message.en).toContain('there is no column "X"');
  });

  it('converts GCJ-02 input to WGS-84 when told the data is GCJ-02', async () => {
    const [lon, lat] = wgs84ToGcj02([102.7, 25.04]) as [number, number];
    const r = await readLayer('gcj.csv', utf8(`name,lng,lat\nA,${lon},${lat}\n`), { crs: 'gcj02' });
    const [x, y] = coords(r, 0) as [number, number];
    expect(Math.abs(x - 102.7) + Math.abs(y - 25.04)).toBeLessThan(1e-8);
    expect(r.detected.crs).toBe('gcj02');
    expect(gcj02ToWgs84([lon, lat])).toEqual([x, y]);
  });

  it('warns that a CSV without a stated system is read as WGS-84 and names GCJ-02', async () => {
    const r = await readLayer('a.csv', utf8('name,lng,lat\nA,102.7,25.04\n'));
    expect(r.warnings?.[0]?.message.zh).toContain('GCJ-02');
  });

  it('flags swapped latitude/longitude with the row and a swap fix, and does not pass the file', async () => {
    const r = await readLayer('d.csv', utf8('name,lng,lat\nA,102.7,25.04\nB,25.05,102.71\n'));
    expect(r.ok).toBe(false);
    expect(r.coordinateIssues?.[0]).toMatchObject({ code: 'latlon_swapped', rows: [3] });
    expect(r.coordinateIssues?.[0]?.fixes[0]?.kind).toBe('swap_latlon');
  });

  it('reads 200,000 rows with progress callbacks and without crashing', async () => {
    const lines = ['id,经度,纬度'];
    for (let i = 0; i < 200_000; i++)
      lines.push(`${i},${(100 + (i % 1000) / 500).toFixed(4)},${(24 + (i % 700) / 500).toFixed(4)}`);
    const progress: ReadProgress[] = [];
    const r = await readLayer('big.csv', utf8(lines.join('\n')), { onProgress: (p) => progress.push(p) });
    expect(r.features.features).toHaveLength(200_000);
    expect(progress.length).toBeGreaterThanOrEqual(20);
    expect(progress.at(-1)?.fraction).toBe(1);
    expect(progress.every((p, i) => i === 0 || p.fraction >= (progress[i - 1]?.fraction ?? 0))).toBe(true);
  }, 30_000);
});

describe('reading Excel', () => {
  it('reads an .xlsx with Chinese headers, numbering rows as Excel does', async () => {
    const r = await readLayer('设施.xlsx', await xlsxBytes(FACILITY_ROWS));
    expect(r.detected.format).toBe('xlsx');
    expect(r.features.features.map((f) => [f.properties?.名称, f.properties?._row])).toEqual([
      ['示意社区卫生服务中心', 2],
      ['示意乡镇卫生院', 3],
    ]);
    expect(r.features.features[0]?.properties?.床位数).toBe(40);
    expect(r.skipped.map((s) => s.row)).toEqual([4, 5]);
  });

  it('reads a sheet by name and explains a missing one', async () => {
    const bytes = await xlsxBytes(FACILITY_ROWS, '设施表');
    expect((await readLayer('f.xlsx', bytes, { sheet: '设施表' })).features.features).toHaveLength(2);
    const missing = await readLayer('f.xlsx', bytes, { sheet: '不存在' });
    expect(missing.ok).toBe(false);
    expect(missing.errors?.[0]?.message.zh).toContain('无法读取 Excel 工作表');
  });
});
