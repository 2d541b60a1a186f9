import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Flags that let Debian's Chromium run headless, as root, without a GPU (see BROWSER.md). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: FLAGS });
}

/** A page of the app plus what went wrong on it: console errors and requests we refused. */
export interface AppPage {
  page: Page;
  errors: string[];
  blocked: string[];
  close: () => Promise<void>;
}

const LOCAL = /^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

/**
 * Opens the app in a fresh context with the given locale and viewport. Every request that
 * does not go to localhost is aborted and recorded, so a test can assert none was needed.
 */
export async function openApp(
  browser: Browser,
  url: string,
  options: { locale?: string; width?: number; height?: number; init?: () => void } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
  });
  // Runs in every page of the context before the app's scripts (e.g. to make storage fail).
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await context.route(
    (u) => !LOCAL.test(u.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await page.goto(url);
  return { page, errors, blocked, close: () => context.close() };
}

/** Waits until the map has drawn the zones and the table shows results. */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('[data-rendered]:not([data-rendered="0"])').waitFor({ timeout: 60_000 });
  await page.locator('td[data-status="pass"], td[data-status="fail"]').first().waitFor({ timeout: 60_000 });
}

/** Saves a screenshot into test-results/ (gitignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
