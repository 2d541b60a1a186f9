import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import {
  clickStationAt,
  EMS_ZH,
  emsCell,
  expectedEmsCell,
  formPosition,
  stations,
  TABLE_ZH,
  waitUntil,
} from './support/editing.ts';
import { appPerFile } from './support/per_file.ts';
import { column, readZoneTable } from './support/zone_table.ts';

// Three sites inside Haikou (illustrative demo), two in its uncovered rural south-west corner and
// one further north-east. With all three the engine finds Haikou fully within the rural 20 km
// ambulance reach; without the third, about 9 % of its people are left out.
const SITES: [number, number][] = [
  [102.5, 24.79],
  [102.51, 24.77],
  [102.6, 24.86],
];
const RURAL_STREETS = ['碧鸡街道', '海口街道', '团结街道'];

const app = appPerFile({ locale: 'zh-CN' });

beforeAll(async () => {
  // The map writes its centre and zoom when it settles after fitting the district.
  await app.page.locator('[data-testid="map"][data-zoom]').waitFor();
});

describe('planning ambulance stations for the uncovered rural corner', () => {
  const placed: [number, number][] = [];

  it('three stations clicked onto the map make every rural street pass the ambulance rule', async () => {
    const { page } = app;
    expect(await emsCell(page)).toMatch(/未达标$/);
    for (const site of SITES) {
      await clickStationAt(page, site);
      const at = await formPosition(page);
      expect(Math.abs(at[0] - site[0])).toBeLessThan(0.003);
      expect(Math.abs(at[1] - site[1])).toBeLessThan(0.003);
      placed.push(at);
      const expected = expectedEmsCell('海口街道', stations(placed));
      await waitUntil(
        page,
        () => emsCell(page),
        (v) => v === expected,
      );
    }
    expect(await emsCell(page)).toBe('100.0% 达标');
    const ems = column(await readZoneTable(page, TABLE_ZH), EMS_ZH);
    for (const street of RURAL_STREETS) expect(ems.get(street), street).toMatch(/达标$/);
    for (const street of RURAL_STREETS) expect(ems.get(street), street).not.toMatch(/未达标$/);
    const names = await page.getByRole('combobox', { name: '查找设施' }).locator('option').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['拟建 急救站 1', '拟建 急救站 2', '拟建 急救站 3']));
    await saveScreenshot(page, 'rural-three-stations');
    expect(app.errors).toEqual([]);
  });

  it('undoing the third station brings the shortfall back, redoing it passes again', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '撤销' }).click();
    const two = expectedEmsCell('海口街道', stations(placed.slice(0, 2)));
    expect(two).toMatch(/未达标$/);
    await waitUntil(
      page,
      () => emsCell(page),
      (v) => v === two,
    );
    const names = await page.getByRole('combobox', { name: '查找设施' }).locator('option').allTextContents();
    expect(names).not.toContain('拟建 急救站 3');
    expect(names).toContain('拟建 急救站 2');
    await saveScreenshot(page, 'rural-undo-one');
    await page.getByRole('button', { name: '重做' }).click();
    await waitUntil(
      page,
      () => emsCell(page),
      (v) => v === '100.0% 达标',
    );
  });
});
