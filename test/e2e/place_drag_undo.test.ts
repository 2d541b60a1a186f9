import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import {
  emsCell,
  expectedEmsCell,
  formPosition,
  mapCentre,
  placeStation,
  stations,
  waitUntil,
} from './support/editing.ts';
import { appPerFile } from './support/per_file.ts';

// Haikou (海口街道), the rural south-west of the illustrative demo, lies partly beyond the 20 km
// ambulance reach. A station at this point (the demo scenario's proposal) reaches most of it.
const SITE: [number, number] = [102.555, 24.79];

const app = appPerFile({ locale: 'zh-CN' });

/** Waits until the selected facility's form shows the position `at` [lon, lat]. */
const waitForPosition = (page: Page, at: readonly [number, number]) =>
  waitUntil(
    page,
    () => formPosition(page),
    (p) => p[0] === at[0] && p[1] === at[1],
  );

/** Waits until Haikou's ambulance-reach cell reads `text`; returns it. */
const waitForEmsCell = (page: Page, text: string) =>
  waitUntil(
    page,
    () => emsCell(page),
    (v) => v === text,
  );

/** Chooses the proposal in the facility list and waits until the map is centred on it at `at`. */
async function centreOnStation(page: Page, at: readonly [number, number]): Promise<void> {
  await page.getByRole('combobox', { name: '查找设施' }).selectOption({ label: '拟建 急救站 1' });
  await waitUntil(
    page,
    () => page.getByTestId('map').getAttribute('data-center'),
    (c) => {
      const [lon, lat] = (c ?? '').split(',').map(Number);
      return Math.abs((lon ?? 0) - at[0]) < 1e-4 && Math.abs((lat ?? 0) - at[1]) < 1e-4;
    },
  );
}

describe('placing, dragging, undoing and redoing a proposed ambulance station', () => {
  let placedCell = '';

  it('a station placed in uncovered Haikou raises its ambulance reach to the engine’s figure', async () => {
    const { page } = app;
    const before = await emsCell(page);
    expect(before).toBe(expectedEmsCell('海口街道', []));
    expect(before).toMatch(/未达标$/);
    expect(await page.getByRole('button', { name: '撤销' }).isDisabled()).toBe(true);

    await placeStation(page);
    const form = page.getByRole('form', { name: '编辑设施' });
    expect(await form.getByRole('textbox', { name: '名称' }).inputValue()).toBe('拟建 急救站 1');
    await expect.poll(() => form.textContent()).toContain('修改作用于：方案 1');
    await form.getByRole('spinbutton', { name: '救护车' }).fill('2');
    await form.getByRole('spinbutton', { name: '救护车' }).press('Enter');
    await form.getByRole('spinbutton', { name: '经度' }).fill(String(SITE[0]));
    await form.getByRole('spinbutton', { name: '经度' }).press('Enter');
    await form.getByRole('spinbutton', { name: '纬度' }).fill(String(SITE[1]));
    await form.getByRole('spinbutton', { name: '纬度' }).press('Enter');

    const expected = expectedEmsCell('海口街道', stations([SITE]));
    placedCell = await waitForEmsCell(page, expected);
    expect(placedCell).not.toBe(before);
    expect(await page.getByRole('button', { name: '撤销' }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: '重做' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'edit-placed');
    expect(app.errors).toEqual([]);
  });

  it('dragging the station changes the figure while dragging and ends at the engine’s figure for where it was dropped', async () => {
    const { page } = app;
    // Choosing the station in the facility list centres the map on it.
    await centreOnStation(page, SITE);
    const start = await mapCentre(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 100, start.y - 60, { steps: 12 });
    // The button is still held: the worker has recomputed for a position on the way.
    const during = await waitUntil(
      page,
      () => emsCell(page),
      (v) => v !== placedCell,
    );
    await saveScreenshot(page, 'edit-dragging');
    await page.mouse.move(start.x + 250, start.y - 120, { steps: 12 });
    await page.mouse.up();

    const dropped = await formPosition(page);
    expect(dropped[0]).toBeGreaterThan(SITE[0]);
    expect(dropped[1]).toBeGreaterThan(SITE[1]);
    const expected = expectedEmsCell('海口街道', stations([dropped]));
    const after = await waitForEmsCell(page, expected);
    expect(after).not.toBe(placedCell);
    expect(during).toMatch(/^\d+\.\d% (达标|未达标)$/);
    await saveScreenshot(page, 'edit-dropped');
  });

  it('one undo puts the whole drag back, redo (Ctrl+Shift+Z) brings it forward again', async () => {
    const { page } = app;
    const dropped = await formPosition(page);
    const droppedCell = await emsCell(page);
    await page.getByRole('button', { name: '撤销' }).click();
    await waitForPosition(page, SITE);
    await waitForEmsCell(page, placedCell);
    expect(await page.getByRole('button', { name: '重做' }).isEnabled()).toBe(true);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+Z');
    await waitForPosition(page, dropped);
    await waitForEmsCell(page, droppedCell);

    await page.keyboard.press('Control+Z');
    await waitForPosition(page, SITE);
    await page.keyboard.press('Control+y');
    await waitForPosition(page, dropped);
  });

  it('Escape during a drag puts the station back without an undo step; duplicate and delete are undoable', async () => {
    const { page } = app;
    const dropped = await formPosition(page);
    await centreOnStation(page, dropped);
    const start = await mapCentre(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 150, start.y + 80, { steps: 10 });
    await waitUntil(
      page,
      () => formPosition(page),
      (p) => p[0] < dropped[0],
    );
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await waitForPosition(page, dropped);
    // The last step is still the first drag: one undo goes back to where the station was placed.
    await page.getByRole('button', { name: '撤销' }).click();
    await waitForPosition(page, SITE);
    await page.getByRole('button', { name: '重做' }).click();
    await waitForPosition(page, dropped);

    const picker = page.getByRole('combobox', { name: '查找设施' });
    await page.getByRole('button', { name: '复制设施' }).click();
    const name = page.getByRole('form', { name: '编辑设施' }).getByRole('textbox', { name: '名称' });
    await waitUntil(
      page,
      () => name.inputValue(),
      (v) => v === '拟建 急救站 1（副本）',
    );
    expect(await picker.locator('option').allTextContents()).toContain('拟建 急救站 1（副本）');
    await page.getByRole('button', { name: '删除设施' }).click();
    await waitUntil(
      page,
      () => picker.locator('option').allTextContents(),
      (names) => !names.includes('拟建 急救站 1（副本）') && names.includes('拟建 急救站 1'),
    );
    await page.getByRole('button', { name: '撤销' }).click();
    await waitUntil(
      page,
      () => picker.locator('option').allTextContents(),
      (n) => n.includes('拟建 急救站 1（副本）'),
    );
  });

  it('undoing every step removes the station and its scenario and gives the first figure back', async () => {
    const { page } = app;
    const baseline = expectedEmsCell('海口街道', []);
    const undoButton = page.getByRole('button', { name: '撤销' });
    for (let i = 0; i < 30 && (await undoButton.isEnabled()); i++) await undoButton.click();
    expect(await undoButton.isDisabled()).toBe(true);
    await waitForEmsCell(page, baseline);
    const options = await page
      .getByRole('combobox', { name: '查找设施' })
      .locator('option')
      .allTextContents();
    expect(options).not.toContain('拟建 急救站 1');
    expect(app.errors).toEqual([]);
  });

  it('does not undo while typing in a field', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '重做' }).click();
    await page.getByRole('combobox', { name: '查找设施' }).selectOption({ label: '拟建 急救站 1' });
    const name = page.getByRole('form', { name: '编辑设施' }).getByRole('textbox', { name: '名称' });
    await name.click();
    await page.keyboard.press('Control+Z');
    expect(
      await page.getByRole('combobox', { name: '查找设施' }).locator('option').allTextContents(),
    ).toContain('拟建 急救站 1');
  });
});
