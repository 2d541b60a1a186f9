import { describe, expect, it } from 'vitest';
import { openApp, saveScreenshot, waitForApp } from './support/browser.ts';
import { browserPerFile } from './support/per_file.ts';

const shared = browserPerFile();

describe('languages, panels and accessibility', () => {
  it('follows the browser language and switches between Chinese and English', async () => {
    const app = await openApp(shared.browser, shared.url, { locale: 'zh-CN' });
    const { page } = app;
    await waitForApp(page);
    await expect(page.getByRole('region', { name: '分区结果表' }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('checkbox', { name: '启用规则：院前急救服务半径', exact: true }).isChecked(),
    ).resolves.toBe(true);

    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.getByRole('region', { name: 'Zone results table' }).waitFor();
    const banner = await page.getByRole('note').first().textContent();
    expect(banner).toContain('Illustrative data');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(
      page
        .getByRole('checkbox', {
          name: 'Enable rule: Ambulance reach (pre-hospital emergency service radius)',
        })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'Zone results table' }).textContent()).resolves.toContain(
      'straight-line',
    );
    await saveScreenshot(page, 'app-en-1366x768');
    expect(app.errors).toEqual([]);
    expect(app.blocked).toEqual([]);
    await app.close();
  });

  it('keeps the language the planner chose over the browser’s, after a reload and in a new visit', async () => {
    const app = await openApp(shared.browser, shared.url, { locale: 'en-GB' });
    const { page } = app;
    await waitForApp(page);
    // First run: the browser's language decides.
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('region', { name: '分区结果表' }).waitFor();
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('combobox', { name: '界面语言' }).inputValue()).resolves.toBe('zh');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByRole('region', { name: '分区结果表' }).isVisible()).resolves.toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();

    // A fresh browser profile with an English locale and a stored choice of Chinese.
    const stored = await openApp(shared.browser, shared.url, {
      locale: 'en-GB',
      init: () => localStorage.setItem('coverage-planner:lang', 'zh'),
    });
    await waitForApp(stored.page);
    await expect(stored.page.evaluate(() => navigator.language)).resolves.toBe('en-GB');
    await expect(stored.page.getByRole('combobox', { name: '界面语言' }).inputValue()).resolves.toBe('zh');
    await expect(stored.page.getByRole('button', { name: '撤销', exact: true }).count()).resolves.toBe(1);
    await stored.page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect(stored.page.evaluate(() => localStorage.getItem('coverage-planner:lang'))).resolves.toBe(
      'en',
    );
    await stored.close();
  });

  it('collapses and reopens the side panels with buttons that report aria-expanded', async () => {
    const app = await openApp(shared.browser, shared.url, { locale: 'en-GB' });
    const { page } = app;
    await waitForApp(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    const before = (await canvas.boundingBox())?.width ?? 0;
    const hide = page.getByRole('button', { name: 'Hide Rules panel' });
    await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
    await hide.click();
    const show = page.getByRole('button', { name: 'Show Rules panel' });
    await expect(show.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('combobox', { name: 'Rule preset' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Hide Summary and details panel' }).click();
    await page.waitForFunction(
      (w) => (document.querySelector('canvas.maplibregl-canvas')?.clientWidth ?? 0) > w + 300,
      before,
    );
    await saveScreenshot(page, 'panels-collapsed');
    await show.click();
    await expect(page.getByRole('combobox', { name: 'Rule preset' }).count()).resolves.toBe(1);
    await app.close();
  });

  it('gives every control an accessible name and reaches the controls by keyboard', async () => {
    const app = await openApp(shared.browser, shared.url, { locale: 'zh-CN', width: 1920, height: 1080 });
    const { page } = app;
    await waitForApp(page);
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree).toContain('- checkbox "启用规则：院前急救服务半径" [checked]');
    const unnamed = tree
      .split('\n')
      .filter((l) => /^\s*- (button|checkbox|combobox|spinbutton|radio|textbox)\s*(\[.*\])?:?$/.test(l));
    expect(unnamed).toEqual([]);

    await page.locator('body').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
    }
    expect(reached).toContain('界面语言');
    expect(reached).toContain('启用规则：院前急救服务半径');
    await saveScreenshot(page, 'app-zh-1920x1080');
    await app.close();
  });
});
