import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type AppServer, startAppServer } from './app_server.ts';
import { type AppPage, launchBrowser, openApp, waitForApp } from './browser.ts';

/** What a browser test file shares between its tests: the served app and one Chromium. */
export interface FileBrowser {
  readonly url: string;
  readonly browser: Browser;
}

/**
 * The app's URL and one Chromium for the tests of this file: set up before them (`beforeAll`),
 * closed after them (`afterAll`). Read the fields inside tests and hooks, not at module level.
 */
export function browserPerFile(): FileBrowser {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the app is served in beforeAll');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is launched in beforeAll');
      return browser;
    },
  };
}

/**
 * One page of the app for the tests of this file, opened with `options` (locale, viewport) and
 * loaded (map drawn, results shown) before them, closed after them. The returned object reads
 * through to that page, so tests use it as an `AppPage`: `app.page`, `app.errors`.
 */
export function appPerFile(options: Parameters<typeof openApp>[2] = {}): AppPage {
  const shared = browserPerFile();
  let current: AppPage | undefined;
  beforeAll(async () => {
    current = await openApp(shared.browser, shared.url, options);
    await waitForApp(current.page);
  });
  afterAll(async () => {
    await current?.close();
  });
  const live = (): AppPage => {
    if (!current) throw new Error('the app is opened in beforeAll');
    return current;
  };
  return {
    get page() {
      return live().page;
    },
    get errors() {
      return live().errors;
    },
    get blocked() {
      return live().blocked;
    },
    close: () => live().close(),
  };
}
