import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { featuresToFacilities } from '../../src/engine/io/features_to_facilities.ts';
import { featuresToZones } from '../../src/engine/io/features_to_zones.ts';
import { saveScreenshot } from './support/browser.ts';
import { exportFile, importDialogOf } from './support/import_export.ts';
import {
  FACILITIES,
  facilitiesXlsx,
  IMPORTED_NAMES,
  NO_COORDS_ROW,
  TOWNSHIPS,
  townshipShapefileZip,
} from './support/io_fixtures.ts';
import { appPerFile } from './support/per_file.ts';
import { readZoneTable } from './support/zone_table.ts';

const TABLE = '分区结果表';
const OGRINFO = ['/usr/bin/ogrinfo', '/usr/local/bin/ogrinfo'].find((p) => existsSync(p));
if (!OGRINFO) console.warn('ogrinfo not found: the Shapefile export is checked without GDAL.');

const app = appPerFile({ locale: 'zh-CN', width: 1440, height: 900 });
const { dialog, openImport, reportCounts } = importDialogOf(app, 'zh');
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'covplan-io-'));
let geojsonPath = '';

beforeAll(() => {
  page = app.page;
});

async function chooseFile(name: string, bytes: Uint8Array, mimeType: string): Promise<void> {
  await dialog()
    .getByLabel('选择文件', { exact: true })
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

async function facilityNames(): Promise<string[]> {
  const options = await page.getByRole('combobox', { name: '查找设施' }).locator('option').allTextContents();
  return options.slice(1);
}

async function tableRows(): Promise<Map<string, string[]>> {
  return (await readZoneTable(page, TABLE)).rows;
}

const download = (menuItem: string) => exportFile(app, '导出', menuItem, dir);

describe('importing the planner’s files and exporting what land-use departments open', () => {
  it('imports a GBK Shapefile of townships in Gauss-Krüger metres, replacing the illustrative demo', async () => {
    const d = await openImport();
    await chooseFile('示意乡镇.zip', townshipShapefileZip(), 'application/zip');
    const counts = await reportCounts(/可导入 4 个区划/);
    expect(counts).toContain('读取 4 行');
    expect(await d.getByRole('combobox', { name: '图层类型' }).inputValue()).toBe('zones');
    expect(await d.getByRole('combobox', { name: '“名称”所在列' }).inputValue()).toBe('乡镇名称');
    expect(await d.getByRole('combobox', { name: '“常住人口”所在列' }).inputValue()).toBe('常住人口');
    // dBase cuts 统计用区划代码 to 10 bytes: not recognised, so the planner picks it once.
    const code = d.getByRole('combobox', { name: '“编号/区划代码”所在列' });
    expect(await code.inputValue()).toBe('');
    const cut = (await code.locator('option').allTextContents()).find((o) => o.startsWith('统计用'));
    expect(cut).toBeDefined();
    await code.selectOption(cut ?? '');
    // The projected .prj decides the system: shown, not offered as a choice.
    await expect.poll(() => d.textContent()).toMatch(/由 \.prj 确定：EPSG:45\d\d/);
    expect(await d.getByRole('combobox', { name: '坐标系' }).count()).toBe(0);
    // The demo facilities are illustrative: clearing them is the default.
    expect(await d.getByRole('radio', { name: /清空/ }).isChecked()).toBe(true);
    await saveScreenshot(page, 'import-zones-dialog');
    await d.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => d.getByRole('status').first().textContent()).toContain('已导入 4 个区划');
    await d.getByRole('button', { name: '关闭' }).first().click();

    await expect
      .poll(async () => [...(await tableRows()).keys()].sort())
      .toEqual(TOWNSHIPS.map((t) => t.乡镇名称).sort());
    const banner = page.getByRole('note').filter({ hasText: '本区划、人口与设施均为虚构示例' });
    expect(await banner.count()).toBe(0);
    expect(await facilityNames()).toEqual([]);
  });

  it('imports an Excel list with Chinese headers and GCJ-02 coordinates after mapping its categories once', async () => {
    const d = await openImport();
    await chooseFile(
      '示意设施.xlsx',
      await facilitiesXlsx(),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await reportCounts(/读取 7 行/);
    expect(await d.getByRole('combobox', { name: '图层类型' }).inputValue()).toBe('facilities');
    expect(await d.getByRole('combobox', { name: '“名称”所在列' }).inputValue()).toBe('机构名称');
    expect(await d.getByRole('combobox', { name: '“类型/类别”所在列' }).inputValue()).toBe('机构类别');
    expect(await d.getByRole('combobox', { name: '“床位数”所在列' }).inputValue()).toBe('床位数');
    // Known words are mapped; the two the planner's office invented are not, and block the import.
    expect(await d.getByRole('combobox', { name: '“卫生院”对应的设施类型' }).inputValue()).toBe(
      'township_health_centre',
    );
    expect(await d.getByRole('combobox', { name: '“社区医院”对应的设施类型' }).inputValue()).toBe('');
    expect(await d.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await d
      .getByRole('combobox', { name: '“社区医院”对应的设施类型' })
      .selectOption({ label: '社区卫生服务中心' });
    await d.getByRole('combobox', { name: '“诊所”对应的设施类型' }).selectOption({ label: '不导入这些行' });
    // Without a coordinate system the AMap positions are ~500 m off; GCJ-02 reads them right.
    await d.getByRole('combobox', { name: '坐标系' }).selectOption('gcj02');
    const counts = await reportCounts(/可导入 5 个设施/);
    expect(counts).toContain('跳过 2 行');
    const report = (await d.getByRole('region', { name: '4. 导入报告' }).textContent()) ?? '';
    expect(report).toContain(`第 ${NO_COORDS_ROW} 行：缺少坐标`);
    expect(report).toMatch(/类别“诊所”按您的选择未导入/);
    await saveScreenshot(page, 'import-facilities-dialog');
    await d.getByRole('button', { name: '导入', exact: true }).click();
    const done = d.getByRole('status').first();
    await expect.poll(() => done.textContent()).toContain('已导入 5 个设施');
    // The report stays after the import: rows read and every skipped row.
    expect(await done.textContent()).toContain('读取 7 行/要素，跳过 2 行');
    expect(await done.textContent()).toContain(`第 ${NO_COORDS_ROW} 行：缺少坐标`);
    await d.getByRole('button', { name: '关闭' }).first().click();

    expect((await facilityNames()).sort()).toEqual([...IMPORTED_NAMES].sort());
    await page.locator('td[data-status="pass"]').first().waitFor({ timeout: 60_000 });
    await saveScreenshot(page, 'after-imports');
  });

  it('exports a Shapefile zip that GDAL opens with the Chinese names and every feature', async () => {
    await page.locator('table[aria-busy="false"], table:not([aria-busy])').first().waitFor();
    const { path, name } = await download('Shapefile（.zip，CGCS2000 高斯-克吕格 3° 带）');
    expect(name).toMatch(/^覆盖评估_shp_高斯3度带_示意乡镇_\d{8}\.zip$/);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    if (!OGRINFO) return;
    const info = (layer: string) =>
      execFileSync(OGRINFO, ['-ro', '-al', '-so', `/vsizip/${path}`, layer], { encoding: 'utf8' });
    expect(info('zones')).toMatch(/Feature Count: 4/);
    expect(info('facilities')).toMatch(/Feature Count: 5/);
    expect(info('zones')).toMatch(/CGCS2000.*Gauss|Gauss.*CGCS2000|CGCS2000 \/ 3-degree/i);
    const zones = execFileSync(OGRINFO, ['-ro', '-al', `/vsizip/${path}`, 'zones'], { encoding: 'utf8' });
    for (const t of TOWNSHIPS) expect(zones).toContain(t.乡镇名称);
    const facilities = execFileSync(OGRINFO, ['-ro', '-al', `/vsizip/${path}`, 'facilities'], {
      encoding: 'utf8',
    });
    for (const n of IMPORTED_NAMES) expect(facilities).toContain(n);
  });

  it('exports a GeoJSON whose facilities stand at the true WGS-84 positions and whose results match the engine in Node', async () => {
    const { path, name } = await download('GeoJSON（区划、设施、缺口及元数据）');
    expect(name).toMatch(/^覆盖评估_示意乡镇_\d{8}\.geojson$/);
    geojsonPath = path;
    const fc = JSON.parse(readFileSync(path, 'utf8'));
    expect(fc.metadata.illustrative).toBe(false);
    expect(fc.metadata.straightLine).toBe(true);
    const zones = fc.features.filter((f: { properties: { layer: string } }) => f.properties.layer === 'zone');
    const facilities = fc.features.filter(
      (f: { properties: { layer: string } }) => f.properties.layer === 'facility',
    );
    expect(zones).toHaveLength(4);
    expect(facilities).toHaveLength(5);
    for (const f of facilities) {
      const source = FACILITIES.find((x) => x.机构名称 === f.properties.name);
      expect(source).toBeDefined();
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon - (source?.lon ?? 0))).toBeLessThan(1e-5); // ~1 m; GCJ-02 is ~500 m off here
      expect(Math.abs(lat - (source?.lat ?? 0))).toBeLessThan(1e-5);
    }
    // Same inputs in Node: zones and facilities from the export, rules from its metadata.
    const z = featuresToZones({ type: 'FeatureCollection', features: zones }, 'export.geojson');
    const f = featuresToFacilities({ type: 'FeatureCollection', features: facilities }, 'export.geojson');
    if (!z.ok || !f.ok) throw new Error('export does not read back in Node');
    const rules: Rule[] = fc.metadata.rules;
    const ev = evaluate(z.zones, f.facilities, rules, { statuses: fc.metadata.statuses });
    const reach = rules.find((r) => r.type === 'reach' && r.enabled);
    expect(reach).toBeDefined();
    let compared = 0;
    for (const feature of zones) {
      const mine = ev.results.find((r) => r.zoneCode === feature.properties.code && r.ruleId === reach?.id);
      if (!mine || mine.status === 'na') continue;
      expect(feature.properties[`${reach?.id}__status`]).toBe(mine.status);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('exports the zone report as CSV with a BOM for Excel', async () => {
    const { path, name } = await download('CSV 分区报表（Excel 可直接打开）');
    expect(name).toMatch(/^分区报表_示意乡镇_\d{8}\.csv$/);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    for (const t of TOWNSHIPS) expect(text).toContain(t.乡镇名称);
    expect(text).toContain('全部区域');
  });

  it('undo takes the facility import back, redo restores it', async () => {
    const before = await facilityNames();
    await page.getByRole('button', { name: /撤销/ }).click();
    await expect.poll(facilityNames).toEqual([]);
    await page.getByRole('button', { name: /重做/ }).click();
    await expect.poll(facilityNames).toEqual(before);
  });

  it('a broken file dropped on the page shows its message and changes nothing', async () => {
    const zonesBefore = [...(await tableRows()).keys()];
    const facilitiesBefore = await facilityNames();
    const zip = townshipShapefileZip();
    const truncated = Array.from(zip.subarray(0, Math.floor(zip.length / 2)));
    const transfer = await page.evaluateHandle((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], '断开的乡镇.zip', { type: 'application/zip' }));
      return dt;
    }, truncated);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    const d = dialog();
    await d.waitFor();
    const alert = d.getByRole('alert').first();
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/无法导入 断开的乡镇\.zip：.*(ZIP|损坏|不完整)/);
    expect(await d.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'import-broken-file');
    await d.getByRole('button', { name: '取消' }).click();
    expect([...(await tableRows()).keys()]).toEqual(zonesBefore);
    expect(await facilityNames()).toEqual(facilitiesBefore);
  });

  it('a CSV without coordinates says so, names its columns, and changes nothing', async () => {
    const facilitiesBefore = await facilityNames();
    const d = await openImport();
    const csv = new TextEncoder().encode('名称,类型,地址\r\n示意卫生院,卫生院,某街\r\n');
    await chooseFile('无坐标.csv', csv, 'text/csv');
    const alert = d.getByRole('alert').first();
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/无法导入 无坐标\.csv：找不到经纬度列.*名称、类型、地址/);
    expect(await d.getByRole('combobox', { name: '经度列' }).count()).toBe(1);
    expect(await d.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await d.getByRole('button', { name: '取消' }).click();
    expect(await facilityNames()).toEqual(facilitiesBefore);
  });

  it('the exported GeoJSON imports back with the same zones, facilities and results', async () => {
    const before = await tableRows();
    const facilitiesBefore = (await facilityNames()).sort();
    const d = await openImport();
    await chooseFile('覆盖评估.geojson', readFileSync(geojsonPath), 'application/geo+json');
    await reportCounts(/可导入 9 个区划和设施/);
    expect(await d.getByRole('combobox', { name: '图层类型' }).inputValue()).toBe('both');
    await d.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => d.getByRole('status').first().textContent()).toContain('已导入 9 个区划和设施');
    await d.getByRole('button', { name: '关闭' }).first().click();
    expect((await facilityNames()).sort()).toEqual(facilitiesBefore);
    await page.locator('td[data-status="pass"]').first().waitFor({ timeout: 60_000 });
    await expect
      .poll(async () => JSON.stringify([...(await tableRows())].sort()))
      .toBe(JSON.stringify([...before].sort()));
    expect(app.errors).toEqual([]);
    expect(app.blocked).toEqual([]);
  });
});
