import type { TestProject } from 'vitest/node';
import { buildAndServeApp } from './app_server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build of the app, served on localhost for every browser test file. */
    appUrl: string;
  }
}

/**
 * Builds the app once for the whole browser test run and serves it (vitest `globalSetup` of the
 * e2e project). Each test file gets the URL through `inject('appUrl')`; each opens its own
 * browser contexts, so no storage is shared between files.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await buildAndServeApp();
  project.provide('appUrl', server.url);
  return server.close;
}
