import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { inject } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface AppServer {
  url: string;
  close: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/**
 * Builds the app for production into a temporary folder and serves it with `vite preview` on a
 * free localhost port: the same files a user gets from `npm run build`.
 */
export async function buildAndServeApp(): Promise<AppServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'covplan-e2e-'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((ok) => server.httpServer.close(() => ok()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app for a browser test file: the build served once for the whole run by the e2e project's
 * global setup (./global_setup.ts), or, when a file runs without it, a build of its own.
 */
export async function startAppServer(): Promise<AppServer> {
  const url = inject('appUrl');
  if (url) return { url, close: async () => {} };
  return buildAndServeApp();
}
