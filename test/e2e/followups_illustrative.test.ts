import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { facilitiesXlsx, IMPORTED_NAMES, TOWNSHIPS, townshipShapefileZip } from './support/io_fixtures.ts';
import { appPerFile } from './support/per_file.ts';

const DEMO_SCENARIO = '示意方案：增设海口急救站';
const BANNER_TEXT = '本区划、人口与设施均为虚构示例';

const app = appPerFile({ locale: 'zh-CN', width: 1440, height: 900 });
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'covplan-followups-'));

beforeAll(async () => {
  page = app.page;
});

const dialog = (): Locator => page.getByRole('dialog', { name: '导入数据' });
const scenarios = (): Locator => page.getByRole('region', { name: '方案', exact: true });
const banner = (): Locator => page.getByRole('note').filter({ hasText: BANNER_TEXT });

async function chooseFile(name: string, bytes: Uint8Array, mimeType: string): Promise<void> {
  await page.getByRole('button', { name: '导入数据', exact: true }).click();
  await dialog().waitFor();
  await dialog()
    .getByLabel('选择文件', { exact: true })
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

async function reportSays(expected: RegExp): Promise<void> {
  const counts = dialog().getByTestId('io-counts');
  await expect.poll(async () => (await counts.textContent()) ?? '', { timeout: 30_000 }).toMatch(expected);
  await expect
    .poll(async () => dialog().getByRole('region', { name: '4. 导入报告' }).getAttribute('aria-busy'))
    .toBe('false');
}

/** Waits for fresh results, exports through the menu and returns the downloaded text. */
async function exported(menuItem: string): Promise<string> {
  await page.locator('td[data-status="pass"], td[data-status="fail"]').first().waitFor({ timeout: 60_000 });
  const button = page.getByRole('button', { name: '导出', exact: true });
  await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true);
  await button.click();
  const wait = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: menuItem }).click();
  const d = await wait;
  const path = join(dir, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return readFileSync(path, 'utf8');
}

const exportGeoJson = async () => JSON.parse(await exported('GeoJSON（区划、设施、缺口及元数据）'));

/** The `illustrative` cell of the whole-area row of the CSV report. */
async function csvAreaFlag(): Promise<string | undefined> {
  const lines = (await exported('CSV 分区报表（Excel 可直接打开）'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const header = (lines[0] ?? '').split(',');
  const area = (lines.find((l) => l.startsWith('__area__,')) ?? '').split(',');
  return area[header.indexOf('illustrative')];
}

describe('real data replacing the illustrative demo leaves nothing marked 示意数据', () => {
  it('the demo, with its own scenario active, is shown and exported as 示意数据', async () => {
    expect(await banner().count()).toBe(1);
    await scenarios().getByRole('radio', { name: DEMO_SCENARIO, exact: true }).check();
    await expect
      .poll(() => scenarios().getByRole('radio', { name: DEMO_SCENARIO, exact: true }).isChecked())
      .toBe(true);
    const fc = await exportGeoJson();
    expect(fc.metadata.illustrative).toBe(true);
    expect(fc.metadata.illustrativeNote.zh).toContain('示意数据');
    expect(await csvAreaFlag()).toBe('true');
  });

  it('a zones import says beforehand and afterwards that the demo scenario is removed, and removes it', async () => {
    await chooseFile('示意乡镇.zip', townshipShapefileZip(), 'application/zip');
    await reportSays(/可导入 4 个区划/);
    const d = dialog();
    expect(await d.getByRole('radio', { name: /清空/ }).isChecked()).toBe(true);
    const note = d.getByRole('note').filter({ hasText: '示意方案将被移除' });
    expect(await note.textContent()).toContain(DEMO_SCENARIO);
    // Keeping the demo facilities keeps their scenario: the note goes away.
    await d.getByRole('radio', { name: /保留/ }).check();
    await expect.poll(() => note.count()).toBe(0);
    await d.getByRole('radio', { name: /清空/ }).check();
    await expect.poll(() => note.count()).toBe(1);
    await saveScreenshot(page, 'followups-illustrative-note');
    await d.getByRole('button', { name: '导入', exact: true }).click();
    const done = d.getByRole('status').first();
    await expect.poll(() => done.textContent()).toContain('已导入 4 个区划');
    expect(await done.textContent()).toContain(`示意方案已移除：${DEMO_SCENARIO}`);
    await saveScreenshot(page, 'followups-illustrative-done');
    await d.getByRole('button', { name: '关闭' }).first().click();

    await expect.poll(() => banner().count()).toBe(0);
    expect(await page.getByRole('banner').getByText('示意数据', { exact: true }).count()).toBe(0);
    expect(await scenarios().getByRole('radio', { name: DEMO_SCENARIO }).count()).toBe(0);
    expect(await scenarios().getByRole('radio', { name: '现状（基线）' }).isChecked()).toBe(true);
  });

  it('real zones plus real facilities export with illustrative false in GeoJSON and CSV', async () => {
    await chooseFile(
      '示意设施.xlsx',
      await facilitiesXlsx(),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await reportSays(/读取 7 行/);
    const d = dialog();
    await d
      .getByRole('combobox', { name: '“社区医院”对应的设施类型' })
      .selectOption({ label: '社区卫生服务中心' });
    await d.getByRole('combobox', { name: '“诊所”对应的设施类型' }).selectOption({ label: '不导入这些行' });
    await d.getByRole('combobox', { name: '坐标系' }).selectOption('gcj02');
    await reportSays(/可导入 5 个设施/);
    await d.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => d.getByRole('status').first().textContent()).toContain('已导入 5 个设施');
    await d.getByRole('button', { name: '关闭' }).first().click();

    const fc = await exportGeoJson();
    expect(fc.metadata.illustrative).toBe(false);
    expect(fc.metadata.illustrativeNote).toBeUndefined();
    const layer = (name: string) =>
      fc.features.filter((f: { properties: { layer: string } }) => f.properties.layer === name);
    expect(
      layer('zone')
        .map((f: { properties: { name: string } }) => f.properties.name)
        .sort(),
    ).toEqual(TOWNSHIPS.map((t) => t.乡镇名称).sort());
    expect(
      layer('facility')
        .map((f: { properties: { name: string } }) => f.properties.name)
        .sort(),
    ).toEqual([...IMPORTED_NAMES].sort());
    expect(await csvAreaFlag()).toBe('false');
    expect(await banner().count()).toBe(0);
  });

  it('undoing both imports brings the demo back with its scenario active, shown and exported as 示意数据', async () => {
    const undo = page.getByRole('button', { name: '撤销', exact: true });
    await undo.click();
    await undo.click();
    await expect.poll(() => banner().count()).toBe(1);
    await expect
      .poll(() => scenarios().getByRole('radio', { name: DEMO_SCENARIO, exact: true }).isChecked())
      .toBe(true);
    const fc = await exportGeoJson();
    expect(fc.metadata.illustrative).toBe(true);
    expect(app.blocked).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
