import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { saveScreenshot } from './support/browser.ts';
import { facilitiesXlsx, TOWNSHIPS, townshipCollection } from './support/io_fixtures.ts';
import { appPerFile } from './support/per_file.ts';
import { column, readZoneTable } from './support/zone_table.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Cell = string | number | null;

/** An .xlsx workbook with the given sheets, in order (invented data, 示意). */
async function workbook(sheets: { sheet: string; data: Cell[][] }[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const NOTES = { sheet: '说明', data: [['示意数据：本工作簿为虚构示例']] as Cell[][] };
/** Two population sheets keyed by 统计用区划代码: registered (户籍) first, resident (常住) second. */
const registered = TOWNSHIPS.map((t, i) => [t.统计用区划代码, 10_000 + i]);
const resident = TOWNSHIPS.map((t, i) => [t.统计用区划代码, 20_000 + 1_111 * (i + 1)]);
const CENTRES = TOWNSHIPS.map((t) => [t.x + 0.05, t.y + 0.05] as const);
const HEALTH_CENTRES = [
  ['示意甲镇卫生院', '卫生院', ...(CENTRES[0] ?? [])],
  ['示意乙镇卫生院', '卫生院', ...(CENTRES[1] ?? [])],
];
const STATIONS = [
  ['示意甲镇急救站', '急救站', ...(CENTRES[0] ?? [])],
  ['示意丙街道急救站', '急救站', ...(CENTRES[2] ?? [])],
  ['示意丁乡急救站', '急救站', ...(CENTRES[3] ?? [])],
];
const HEADER = ['名称', '类型', '经度', '纬度'];

const app = appPerFile({ locale: 'zh-CN', width: 1440, height: 900 });
let page: Page;

beforeAll(async () => {
  page = app.page;
});

const dialog = (): Locator => page.getByRole('dialog', { name: '导入数据' });

async function openImport(): Promise<Locator> {
  await page.getByRole('button', { name: '导入数据', exact: true }).click();
  await dialog().waitFor();
  return dialog();
}

async function chooseFile(name: string, bytes: Uint8Array, mimeType: string): Promise<void> {
  await dialog()
    .getByLabel('选择文件', { exact: true })
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

async function reportSays(expected: RegExp): Promise<string> {
  const counts = dialog().getByTestId('io-counts');
  await expect.poll(async () => (await counts.textContent()) ?? '', { timeout: 30_000 }).toMatch(expected);
  await expect
    .poll(async () => dialog().getByRole('region', { name: '4. 导入报告' }).getAttribute('aria-busy'))
    .toBe('false');
  return (await counts.textContent()) ?? '';
}

describe('Excel workbooks with several sheets in the import dialog', () => {
  it('a population table is read from the sheet the planner chooses', async () => {
    const d = await openImport();
    const zones = townshipCollection();
    for (const f of zones.features) delete f.properties?.常住人口;
    await chooseFile('乡镇.geojson', new TextEncoder().encode(JSON.stringify(zones)), 'application/geo+json');
    await reportSays(/可导入 4 个区划/);
    const population = d.getByRole('group', { name: '人口来源' });
    await population.getByRole('radio', { name: /另一张人口表/ }).check();
    const book = await workbook([
      NOTES,
      { sheet: '户籍人口', data: [['统计用区划代码', '户籍人口'], ...registered] },
      { sheet: '常住人口', data: [['统计用区划代码', '常住人口'], ...resident] },
    ]);
    await population
      .getByLabel('选择人口表（CSV/Excel）')
      .setInputFiles({ name: '人口.xlsx', mimeType: XLSX, buffer: Buffer.from(book) });
    const sheet = population.getByRole('combobox', { name: '工作表', exact: true });
    // The notes sheet has no table: the first sheet with data is read.
    await expect.poll(() => sheet.inputValue()).toBe('户籍人口');
    expect(await sheet.locator('option').allTextContents()).toEqual([
      '说明（1 行）',
      '户籍人口（5 行）',
      '常住人口（5 行）',
    ]);
    await sheet.selectOption('常住人口');
    const valueColumn = population.getByRole('combobox', { name: '人口表中的人口列' });
    await expect.poll(() => valueColumn.inputValue()).toBe('常住人口');
    expect(await population.getByRole('combobox', { name: '联接方式' }).inputValue()).toBe('code');
    await reportSays(/可导入 4 个区划/);
    await saveScreenshot(page, 'followups-population-sheet');
    await d.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => d.getByRole('status').first().textContent()).toContain('已导入 4 个区划');
    await d.getByRole('button', { name: '关闭' }).first().click();

    const expected = new Map(
      TOWNSHIPS.map((t, i) => [t.乡镇名称, (20_000 + 1_111 * (i + 1)).toLocaleString('en-US')]),
    );
    await expect
      .poll(async () => Object.fromEntries(column(await readZoneTable(page, '分区结果表'), '常住人口')))
      .toEqual(Object.fromEntries(expected));
  });

  it('a facility workbook offers its sheets; another sheet is read again with its own rows', async () => {
    const d = await openImport();
    // One sheet: no choice to make.
    await chooseFile('示意设施.xlsx', await facilitiesXlsx(), XLSX);
    await reportSays(/读取 7 行/);
    expect(await d.getByRole('combobox', { name: '工作表', exact: true }).count()).toBe(0);

    const book = await workbook([
      NOTES,
      { sheet: '卫生院', data: [HEADER, ...HEALTH_CENTRES] },
      { sheet: '急救站', data: [HEADER, ...STATIONS] },
    ]);
    await chooseFile('设施清单.xlsx', book, XLSX);
    const sheet = d.getByRole('combobox', { name: '工作表', exact: true });
    await expect.poll(() => sheet.inputValue()).toBe('卫生院');
    expect(await reportSays(/可导入 2 个设施/)).toContain('读取 2 行');
    await sheet.selectOption('急救站');
    expect(await reportSays(/可导入 3 个设施/)).toContain('读取 3 行');
    expect(await sheet.inputValue()).toBe('急救站');
    expect(await d.getByRole('combobox', { name: '“名称”所在列' }).inputValue()).toBe('名称');
    // The category table is the new sheet's: 急救站, not the 卫生院 of the first sheet.
    expect(await d.getByRole('combobox', { name: '“急救站”对应的设施类型' }).inputValue()).toBe(
      'ambulance_station',
    );
    expect(await d.getByRole('combobox', { name: '“卫生院”对应的设施类型' }).count()).toBe(0);
    await saveScreenshot(page, 'followups-facility-sheet');
    await d.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => d.getByRole('status').first().textContent()).toContain('已导入 3 个设施');
    await d.getByRole('button', { name: '关闭' }).first().click();

    const options = await page
      .getByRole('combobox', { name: '查找设施' })
      .locator('option')
      .allTextContents();
    expect(options.slice(1).sort()).toEqual(STATIONS.map((s) => s[0] as string).sort());
    expect(app.errors).toEqual([]);
    expect(app.blocked).toEqual([]);
  });
});
