import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import { appPerFile } from './support/per_file.ts';

/** The first facility of the shipped demo: its name, beds and longitude as the file gives them. */
const demo = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../seeds/demo/facilities.geojson'), 'utf8'),
).features[0] as { properties: { name: string; beds: number }; geometry: { coordinates: [number, number] } };
const NAME = demo.properties.name;
const BEDS = String(demo.properties.beds);
const LON = String(demo.geometry.coordinates[0]);

const app = appPerFile({ locale: 'zh-CN', width: 1440, height: 900 });
let page: Page;

beforeAll(async () => {
  page = app.page;
  await page.getByRole('combobox', { name: '查找设施' }).selectOption({ label: NAME });
  await form().waitFor();
});

const form = (): Locator => page.getByRole('form', { name: '编辑设施' });
const beds = (): Locator => form().getByRole('spinbutton', { name: '床位', exact: true });
const lon = (): Locator => form().getByRole('spinbutton', { name: '经度', exact: true });
const undoButton = (): Locator => page.getByRole('button', { name: '撤销', exact: true });

async function type(field: Locator, text: string): Promise<void> {
  await field.selectText();
  await field.pressSequentially(text);
}

/** The message the field points at with aria-describedby, or '' when it points at none. */
async function message(field: Locator): Promise<string> {
  const id = await field.getAttribute('aria-describedby');
  return id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
}

describe('the facility form’s number fields behave like its text fields', () => {
  it('Escape puts the beds back, and leaving the field afterwards applies nothing', async () => {
    expect(await beds().inputValue()).toBe(BEDS);
    expect(await undoButton().isDisabled()).toBe(true);
    await type(beds(), '4000');
    expect(await beds().inputValue()).toBe('4000');
    await beds().press('Escape');
    expect(await beds().inputValue()).toBe(BEDS);
    await beds().press('Tab');
    expect(await beds().inputValue()).toBe(BEDS);
    expect(await undoButton().isDisabled()).toBe(true);
  });

  it('a negative, a fractional and an unreadable count are marked with a message and not applied; Escape clears the mark', async () => {
    for (const [text, leave] of [
      ['-5', 'Enter'],
      ['2.5', 'Enter'],
      ['1e', 'Tab'],
    ] as const) {
      await type(beds(), text);
      await beds().press(leave);
      expect(await beds().getAttribute('aria-invalid'), text).toBe('true');
      expect(await message(beds()), text).toBe('请输入整数（不小于 0）');
      expect(await undoButton().isDisabled(), text).toBe(true);
      if (leave === 'Tab') await beds().focus();
      if (text === '-5') await saveScreenshot(page, 'followups-invalid-beds');
      await beds().press('Escape');
      expect(await beds().inputValue(), text).toBe(BEDS);
      expect(await beds().getAttribute('aria-invalid'), text).toBeNull();
      expect(await message(beds()), text).toBe('');
    }
  });

  it('a longitude out of range is refused with its range; Escape puts the position back', async () => {
    await type(lon(), '200');
    await lon().press('Enter');
    expect(await lon().getAttribute('aria-invalid')).toBe('true');
    expect(await message(lon())).toBe('请输入数值（不小于 -180，不超过 180）');
    await lon().press('Escape');
    expect(await lon().inputValue()).toBe(LON);
    expect(await lon().getAttribute('aria-invalid')).toBeNull();
    expect(await undoButton().isDisabled()).toBe(true);
  });

  it('Enter and leaving the field each commit one undo step, and Escape after a commit keeps it', async () => {
    await type(beds(), '4000');
    await beds().press('Enter');
    await expect.poll(() => undoButton().isEnabled()).toBe(true);
    await beds().press('Escape');
    expect(await beds().inputValue()).toBe('4000');
    await type(beds(), '4100');
    await beds().press('Tab');
    expect(await beds().inputValue()).toBe('4100');
    await undoButton().click();
    await expect.poll(() => beds().inputValue()).toBe('4000');
    await undoButton().click();
    await expect.poll(() => beds().inputValue()).toBe(BEDS);
    expect(await undoButton().isDisabled()).toBe(true);
  });

  it('the name, a text field, reverts on Escape the same way', async () => {
    const name = form().getByRole('textbox', { name: '名称', exact: true });
    await name.selectText();
    await name.pressSequentially('改名');
    await name.press('Escape');
    expect(await name.inputValue()).toBe(NAME);
    await name.press('Tab');
    expect(await undoButton().isDisabled()).toBe(true);
    expect(app.errors).toEqual([]);
    expect(app.blocked).toEqual([]);
  });
});
