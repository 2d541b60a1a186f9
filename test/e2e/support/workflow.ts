import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Waits until the save status says the workspace was saved (after the throttle) in this browser. */
export async function waitForSaved(page: Page, zh = true): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: zh ? '已自动保存' : 'Saved automatically' })
    .waitFor({ timeout: 30_000 });
}

/** Clicks a button and returns the text of the file it downloads, with the suggested file name. */
export async function downloadFrom(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Opens a workspace file through the "open workspace file" button and the browser's file chooser. */
export async function openWorkspaceFile(
  page: Page,
  buttonName: string,
  name: string,
  text: string,
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}
