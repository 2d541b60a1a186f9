import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvText } from '../formats/fixtures.ts';
import { saveScreenshot } from './support/browser.ts';
import { exportFile, importDialogOf } from './support/import_export.ts';
import { TOWNSHIPS, townshipShapefileZip } from './support/io_fixtures.ts';
import { appPerFile } from './support/per_file.ts';
import { readZoneTable } from './support/zone_table.ts';

const TABLE = 'Zone results table';

const app = appPerFile({ locale: 'en-GB', width: 1440, height: 900 });
const { openImport, reportCounts } = importDialogOf(app, 'en');
let page: Page;

beforeAll(() => {
  page = app.page;
});

const bytesOf = (s: string) => Buffer.from(new TextEncoder().encode(s));

describe('import in English: Shapefile parts, a population table, a one-click coordinate fix', () => {
  it('exports the illustrative demo as GeoJSON flagged 示意数据, under an English file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'covplan-io-en-'));
    const { path, name } = await exportFile(
      app,
      'Export',
      'GeoJSON (zones, facilities, gaps, metadata)',
      dir,
    );
    expect(name).toMatch(/^coverage_illustrative_\d{8}\.geojson$/);
    const fc = JSON.parse(readFileSync(path, 'utf8'));
    expect(fc.metadata.illustrative).toBe(true);
    expect(fc.metadata.illustrativeNote.zh).toContain('示意数据');
    const zones = fc.features.filter((f: { properties: { layer: string } }) => f.properties.layer === 'zone');
    const drawn = Number(await page.locator('[data-rendered]').getAttribute('data-rendered'));
    expect(drawn).toBeGreaterThan(0);
    expect(zones).toHaveLength(drawn);
  });

  it('reads a Shapefile chosen as loose .shp/.dbf/.shx/.prj/.cpg and joins population from a table by code', async () => {
    const d = await openImport();
    const parts = Object.entries(unzipSync(townshipShapefileZip()))
      .filter(([n]) => /\.(shp|shx|dbf|prj|cpg)$/.test(n))
      .map(([name, b]) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(b) }));
    expect(parts).toHaveLength(5);
    await d.getByLabel('Choose files', { exact: true }).setInputFiles(parts);
    await reportCounts(/4 zones to import/);
    const code = d.getByRole('combobox', { name: 'Column for "Id/zone code"' });
    const cut = (await code.locator('option').allTextContents()).find((o) => o.startsWith('统计用'));
    await code.selectOption(cut ?? '');
    await d.getByRole('radio', { name: /A separate table/ }).check();
    const table = csvText([
      ['统计用区划代码', '常住人口（2023）'],
      ...TOWNSHIPS.map((t, i) => [t.统计用区划代码, `${(i + 1) * 1.5}万`]),
    ]);
    await d
      .getByLabel('Choose the population table (CSV/Excel)')
      .setInputFiles({ name: '人口.csv', mimeType: 'text/csv', buffer: bytesOf(table) });
    await expect.poll(() => d.getByRole('combobox', { name: 'Join by' }).inputValue()).toBe('code');
    expect(await d.getByRole('combobox', { name: 'Population column of the table' }).inputValue()).toBe(
      '常住人口（2023）',
    );
    const counts = await reportCounts(/4 zones to import/);
    expect(counts).toContain('0 rows skipped');
    const report = (await d.getByRole('region', { name: '4. Import report' }).textContent()) ?? '';
    expect(report).not.toMatch(/not in the population table/);
    await saveScreenshot(page, 'import-population-join-en');
    await d.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => d.getByRole('status').first().textContent()).toContain('Imported 4 zones');
    await d.getByRole('button', { name: 'Close' }).first().click();

    await expect
      .poll(async () => [...(await readZoneTable(page, TABLE)).rows.keys()].sort())
      .toEqual(TOWNSHIPS.map((t) => t.乡镇名称).sort());
    const rows = (await readZoneTable(page, TABLE)).rows;
    TOWNSHIPS.forEach((t, i) => {
      const shown = (rows.get(t.乡镇名称) ?? []).join(' ');
      expect(shown).toContain(((i + 1) * 15000).toLocaleString('en-GB'));
    });
  });

  it('offers to swap latitude and longitude given the wrong way round, and imports after one click', async () => {
    const d = await openImport();
    const csv = csvText([
      ['name', 'type', 'lng', 'lat'],
      ['示意卫生院', 'township health centre', 25.05, 103.05],
    ]);
    await d
      .getByLabel('Choose files', { exact: true })
      .setInputFiles({ name: 'swapped.csv', mimeType: 'text/csv', buffer: bytesOf(csv) });
    const report = d.getByRole('region', { name: '4. Import report' });
    await expect
      .poll(() => report.textContent(), { timeout: 30_000 })
      .toMatch(/latitude and longitude swapped/);
    expect(await report.textContent()).toContain('Rows: 2');
    expect(await d.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'import-swapped-en');
    await d.getByRole('button', { name: 'Swap latitude and longitude' }).click();
    await reportCounts(/1 facilities to import/);
    expect(await report.textContent()).not.toMatch(/outside every zone/);
    await d.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => d.getByRole('status').first().textContent()).toContain('Imported 1 facilities');
    await d.getByRole('button', { name: 'Close' }).first().click();
    const names = await page
      .getByRole('combobox', { name: 'Find a facility' })
      .locator('option')
      .allTextContents();
    expect(names).toContain('示意卫生院');
    expect(app.errors).toEqual([]);
  });

  it('every control of the dialog and the export menu has an English name', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const items = await page
      .getByRole('menu', { name: 'Export results' })
      .getByRole('menuitem')
      .allTextContents();
    expect(items).toEqual([
      'GeoJSON (zones, facilities, gaps, metadata)',
      'CSV zone report (opens in Excel)',
      'Shapefile (.zip, CGCS2000 degrees)',
      'Shapefile (.zip, CGCS2000 Gauss-Krüger 3° zone)',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    const d = await openImport();
    expect(await d.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
