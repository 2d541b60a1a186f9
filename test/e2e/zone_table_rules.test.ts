import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app_server.ts';
import { type AppPage, launchBrowser, openApp, saveScreenshot, waitForApp } from './support/browser.ts';
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

let server: AppServer;
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  app = await openApp(browser, server.url, { locale: 'en-GB' });
  await waitForApp(app.page);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  await server?.close();
});

const byEnglishName = (col: Map<string, string>, en: string) =>
  [...col.entries()].find(([name]) => name.endsWith(` ${en}`))?.[1];

/** Waits until the ambulance column differs from `before` (the worker answers asynchronously). */
async function waitForChange(before: Map<string, string>) {
  for (let i = 0; i < 100; i++) {
    const now = column(await readZoneTable(app.page, TABLE), EMS);
    if ([...now].some(([k, v]) => before.get(k) !== v)) return now;
    await app.page.waitForTimeout(100);
  }
  throw new Error('the table did not change');
}

describe('the zone table and the rule panel', () => {
  it('lists the ten demo streets, each with a result for the ambulance rule', async () => {
    const ems = column(await readZoneTable(app.page, TABLE), EMS);
    for (const street of STREETS) expect(byEnglishName(ems, street)).toMatch(/^\d+\.\d% (Pass|Fail)$/);
    expect(ems.size).toBe(10);
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
