import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { waitUntil } from './support/editing.ts';
import { appPerFile } from './support/per_file.ts';
import { column, readZoneTable } from './support/zone_table.ts';

const TABLE = 'Zone results table';
const EMS = 'Ambulance reach (pre-hospital emergency service radius)';

const app = appPerFile({ locale: 'en-GB' });

/** The table row of Haikou as text cells: name, class, population, then one per rule. */
async function haikouRow(): Promise<string[]> {
  const table = await readZoneTable(app.page, TABLE);
  return [...table.rows.entries()].find(([name]) => name.endsWith(' Haikou'))?.[1] ?? [];
}

async function haikouEms(): Promise<string> {
  const ems = column(await readZoneTable(app.page, TABLE), EMS);
  return [...ems.entries()].find(([name]) => name.endsWith(' Haikou'))?.[1] ?? '';
}

describe('undo and redo of zone attributes and rule settings (English interface)', () => {
  it('a zone made urban is evaluated with the urban reach; Undo makes it rural again', async () => {
    const { page } = app;
    const before = await haikouRow();
    expect(before[1]).toBe('Rural');
    const emsBefore = await haikouEms();
    await page.getByRole('button', { name: /Haikou$/ }).click();
    const details = page.getByRole('region', { name: 'Zone results' });
    await details.getByText('Zone attributes').click();
    await details.getByRole('combobox', { name: 'Urban or rural' }).selectOption({ label: 'Urban' });
    await waitUntil(page, haikouRow, (row) => row[1] === 'Urban');
    // Urban reach is 5 km instead of 20 km: fewer of Haikou's people are within it.
    const emsUrban = await waitUntil(page, haikouEms, (v) => v !== emsBefore);
    expect(Number.parseFloat(emsUrban)).toBeLessThan(Number.parseFloat(emsBefore));
    await saveScreenshot(page, 'edit-zone-urban');
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitUntil(page, haikouRow, (row) => row[1] === 'Rural');
    await waitUntil(page, haikouEms, (v) => v === emsBefore);
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitUntil(page, haikouRow, (row) => row[1] === 'Urban');
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitUntil(page, haikouEms, (v) => v === emsBefore);
  });

  it('a population typed into the zone form shows in the table; Ctrl+Z outside the field undoes it', async () => {
    const { page } = app;
    const details = page.getByRole('region', { name: 'Zone results' });
    const field = details.getByRole('spinbutton', { name: 'Resident population' });
    const original = await field.inputValue();
    await field.fill('-5');
    await field.press('Enter');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('92000');
    await field.press('Enter');
    await waitUntil(page, haikouRow, (row) => row[2] === '92,000');
    await page.getByRole('heading', { name: 'Coverage Planner' }).click();
    await page.keyboard.press('Control+z');
    await waitUntil(page, haikouRow, (row) => row[2] === Number(original).toLocaleString('en-GB'));
  });

  it('switching a rule off is undone and redone with the keyboard', async () => {
    const { page } = app;
    const box = page.getByRole('checkbox', { name: `Enable rule: ${EMS}` });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await waitUntil(
      page,
      () => readZoneTable(page, TABLE),
      (t) => !t.headers.some((h) => h.startsWith(EMS)),
    );
    await page.getByRole('heading', { name: 'Coverage Planner' }).click();
    await page.keyboard.press('Control+z');
    await waitUntil(
      page,
      () => box.isChecked(),
      (v) => v,
    );
    await waitUntil(
      page,
      () => readZoneTable(page, TABLE),
      (t) => t.headers.some((h) => h.startsWith(EMS)),
    );
    await page.keyboard.press('Control+y');
    await waitUntil(
      page,
      () => box.isChecked(),
      (v) => !v,
    );
    await page.keyboard.press('Control+Shift+Z');
    // Nothing left to redo: the rule stays off, Redo is disabled.
    expect(await box.isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
