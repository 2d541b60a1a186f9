import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import type { AppPage } from './browser.ts';

const NAMES = {
  zh: { open: '导入数据', report: '4. 导入报告' },
  en: { open: 'Import data', report: '4. Import report' },
} as const;

/**
 * The import dialog of `app` in the interface language `lang`. After each test of the file it is
 * closed when still open (`afterEach`), so that a failed step does not leave the modal dialog over
 * the page for the next test.
 */
export function importDialogOf(app: AppPage, lang: 'zh' | 'en') {
  const names = NAMES[lang];
  const dialog = (): Locator => app.page.getByRole('dialog', { name: names.open });
  afterEach(async () => {
    if (await dialog().isVisible()) await app.page.keyboard.press('Escape');
  });
  return {
    dialog,
    /** Opens the dialog with the top bar's import button. */
    async openImport(): Promise<Locator> {
      await app.page.getByRole('button', { name: names.open, exact: true }).click();
      await dialog().waitFor();
      return dialog();
    },
    /** Waits until the report says how many items would be imported and is no longer busy; returns its text. */
    async reportCounts(expected: RegExp): Promise<string> {
      const counts = dialog().getByTestId('io-counts');
      await expect
        .poll(async () => (await counts.textContent()) ?? '', { timeout: 30_000 })
        .toMatch(expected);
      await expect
        .poll(async () => dialog().getByRole('region', { name: names.report }).getAttribute('aria-busy'))
        .toBe('false');
      return (await counts.textContent()) ?? '';
    },
  };
}

/** Chooses `menuItem` in the export menu (opened with the button `exportButton`) and saves the download into `dir`. */
export async function exportFile(
  app: AppPage,
  exportButton: string,
  menuItem: string,
  dir: string,
): Promise<{ path: string; name: string }> {
  await app.page.getByRole('button', { name: exportButton, exact: true }).click();
  const wait = app.page.waitForEvent('download');
  await app.page.getByRole('menuitem', { name: menuItem }).click();
  const d = await wait;
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}
