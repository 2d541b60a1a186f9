import { describe, expect, it } from 'vitest';
import { AREA_CODE } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { saveScreenshot } from './support/browser.ts';
import { loadDemoInNode, waitUntil } from './support/editing.ts';
import { appPerFile } from './support/per_file.ts';
import { column, readZoneTable } from './support/zone_table.ts';

const TABLE = 'Zone results table';
const EMS = 'Ambulance reach (pre-hospital emergency service radius)';
const STREETS = [
  'Majie',
  'Jinbi',
  'Yongchang',
  'Qianwei',
  'Fuhai',
  'Zongshuying',
  'Xiyuan',
  'Biji',
  'Haikou',
  'Tuanjie',
];
const RURAL = ['Biji', 'Haikou', 'Tuanjie'];

const app = appPerFile({ locale: 'en-GB' });

const byEnglishName = (col: Map<string, string>, en: string) =>
  [...col.entries()].find(([name]) => name.endsWith(` ${en}`))?.[1];

/** Waits until the ambulance column differs from `before` (the worker answers asynchronously). */
const waitForChange = (before: Map<string, string>) =>
  waitUntil(
    app.page,
    async () => column(await readZoneTable(app.page, TABLE), EMS),
    (now) => [...now].some(([k, v]) => before.get(k) !== v),
  );

describe('the zone table and the rule panel', () => {
  it('lists the ten demo streets, each with a result for the ambulance rule', async () => {
    const ems = column(await readZoneTable(app.page, TABLE), EMS);
    for (const street of STREETS) expect(byEnglishName(ems, street)).toMatch(/^\d+\.\d% (Pass|Fail)$/);
    expect(ems.size).toBe(10);
  });

  it('shows the same ambulance shares as the engine run in Node on the demo files', async () => {
    const { zones, facilities, rules } = loadDemoInNode();
    const evaluation = evaluate(zones, facilities, rules);
    const ems = column(await readZoneTable(app.page, TABLE), EMS);
    let compared = 0;
    for (const r of evaluation.results.filter((x) => x.ruleId === 'ems_reach')) {
      const zone = zones.find((z) => z.code === r.zoneCode);
      if (!zone?.nameEn || zone.level !== 'street' || !r.reach) continue;
      const expected = `${(Math.floor(r.reach.populationShare * 1000 + 1e-9) / 10).toFixed(1)}% ${r.status === 'pass' ? 'Pass' : 'Fail'}`;
      expect(byEnglishName(ems, zone.nameEn), zone.nameEn).toBe(expected);
      compared++;
    }
    expect(compared).toBe(10);
    const area = evaluation.area.find((x) => x.ruleId === 'ems_reach' && x.zoneCode === AREA_CODE);
    const totals = await app.page
      .getByRole('table', { name: TABLE })
      .getByRole('row', { name: /^Whole area/ })
      .textContent();
    expect(totals).toContain(
      `${(Math.floor((area?.reach?.populationShare ?? 0) * 1000 + 1e-9) / 10).toFixed(1)}%`,
    );
  });

  it('changing the rural ambulance radius from 20 km to 10 km lowers rural shares only', async () => {
    const { page } = app;
    const before = column(await readZoneTable(page, TABLE), EMS);
    const rule = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox', { name: `Enable rule: ${EMS}`, exact: true }) });
    await rule.getByText('Settings and sources').click();
    const radius = page.getByRole('spinbutton', { name: `${EMS}: Rural Radius (km)` });
    await expect(radius.inputValue()).resolves.toBe('20');
    await radius.fill('10');
    await radius.press('Enter');
    const after = await waitForChange(before);
    await saveScreenshot(page, 'rural-ambulance-10km');

    const share = (s: string | undefined) => Number.parseFloat(s ?? 'NaN');
    const dropped = RURAL.filter((z) => share(byEnglishName(after, z)) < share(byEnglishName(before, z)));
    expect(dropped.length).toBeGreaterThan(0);
    for (const z of RURAL)
      expect(share(byEnglishName(after, z))).toBeLessThanOrEqual(share(byEnglishName(before, z)));
    for (const z of STREETS.filter((s) => !RURAL.includes(s))) {
      expect(byEnglishName(after, z), z).toBe(byEnglishName(before, z));
    }
  });

  it('filters to failing zones and sorts by a rule column', async () => {
    const { page } = app;
    await page.getByRole('checkbox', { name: 'Failing only' }).check();
    const failing = column(await readZoneTable(page, TABLE), 'Population');
    expect(failing.size).toBeGreaterThan(0);
    expect(failing.size).toBeLessThanOrEqual(10);
    await page.getByRole('checkbox', { name: 'Failing only' }).uncheck();

    await page.getByRole('button', { name: EMS, exact: true }).first().click();
    const ems = [...column(await readZoneTable(page, TABLE), EMS).values()].map((v) => Number.parseFloat(v));
    expect(ems).toEqual([...ems].sort((a, b) => a - b));
  });
});
