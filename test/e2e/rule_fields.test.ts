import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { waitUntil } from './support/editing.ts';
import { appPerFile } from './support/per_file.ts';
import { column, readZoneTable } from './support/zone_table.ts';

const TABLE = 'Zone results table';
const EMS = 'Ambulance reach (pre-hospital emergency service radius)';

const app = appPerFile({ locale: 'en-GB' });

const emsRule = (page: Page) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: `Enable rule: ${EMS}`, exact: true }) });
const ruralRadius = (page: Page) => page.getByRole('spinbutton', { name: `${EMS}: Rural Radius (km)` });
const haikouEms = async (page: Page) =>
  [...column(await readZoneTable(page, TABLE), EMS).entries()].find(([n]) => n.endsWith(' Haikou'))?.[1] ??
  '';

describe('rule number fields commit on Enter or blur (English interface)', () => {
  it('typing a rural radius key by key is applied once, on Enter, and one Undo puts 20 km back', async () => {
    const { page } = app;
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.isDisabled()).toBe(true);
    const before = await haikouEms(page);
    await emsRule(page).getByText('Settings and sources').click();
    const field = ruralRadius(page);
    expect(await field.inputValue()).toBe('20');
    await field.selectText();
    await field.pressSequentially('12');
    // Nothing applied while typing: no edited mark, nothing to undo.
    expect(await emsRule(page).getByText('edited', { exact: true }).count()).toBe(0);
    expect(await undo.isDisabled()).toBe(true);
    await field.press('Enter');
    await emsRule(page).getByText('edited', { exact: true }).waitFor();
    const after = await waitUntil(
      page,
      () => haikouEms(page),
      (v) => v !== before,
    );
    expect(Number.parseFloat(after)).toBeLessThan(Number.parseFloat(before));
    await saveScreenshot(page, 'rule-field-12km');

    await undo.click();
    // One step: straight back to 20 (two steps per key would stop at "1").
    await waitUntil(
      page,
      () => field.inputValue(),
      (v) => v === '20',
    );
    await waitUntil(
      page,
      () => haikouEms(page),
      (v) => v === before,
    );
    expect(await undo.isDisabled()).toBe(true);
    expect(await emsRule(page).getByText('edited', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await waitUntil(
      page,
      () => field.inputValue(),
      (v) => v === '12',
    );
    await undo.click();
    await waitUntil(
      page,
      () => field.inputValue(),
      (v) => v === '20',
    );
  });

  it('an invalid value is marked with a message and not applied; Escape puts the value back', async () => {
    const { page } = app;
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const field = ruralRadius(page);
    await field.fill('-3');
    await field.press('Enter');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const message = await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent();
    expect(message).toBe('Enter a number (above 0)');
    expect(await undo.isDisabled()).toBe(true);
    await saveScreenshot(page, 'rule-field-invalid');
    await field.press('Escape');
    expect(await field.inputValue()).toBe('20');
    expect(await field.getAttribute('aria-invalid')).toBeNull();

    // Text the browser cannot read as a number ("1e" reads as empty) is invalid, not an emptied field.
    await field.selectText();
    await field.pressSequentially('1e');
    await field.press('Tab');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent()).toBe(
      'Enter a number (above 0)',
    );
    expect(await undo.isDisabled()).toBe(true);
    await field.press('Escape');
    expect(await field.inputValue()).toBe('20');
    expect(await field.getAttribute('aria-invalid')).toBeNull();

    // The preset sets the rural radius: an override can change it, not remove it.
    await field.fill('');
    await field.press('Tab');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const why = await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent();
    expect(why).toBe('The preset sets this: it cannot be left empty (use “Reset to preset”)');
    expect(await undo.isDisabled()).toBe(true);
    await field.press('Escape');
    expect(await field.inputValue()).toBe('20');

    const share = page.getByRole('spinbutton', { name: `${EMS}: Target population share (%)` });
    await share.fill('150');
    await share.press('Enter');
    expect(await share.getAttribute('aria-invalid')).toBe('true');
    expect(await undo.isDisabled()).toBe(true);
    await share.fill('95');
    await share.press('Tab');
    expect(await share.getAttribute('aria-invalid')).toBeNull();
    expect(await undo.isDisabled()).toBe(false);
    expect(app.errors).toEqual([]);
  });
});
