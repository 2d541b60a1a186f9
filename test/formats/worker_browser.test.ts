import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, FACILITY_ROWS, gbk, gbkShapefileParts, KML, utf8, xlsxBytes, zip } from './fixtures.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const hasChrome = existsSync(CHROME);
if (!hasChrome) console.warn(`No Chromium at ${CHROME}: the Web Worker reading test is skipped.`);

let server: Server | undefined;
let origin = '';

beforeAll(async () => {
  if (!hasChrome) return;
  const dir = mkdtempSync(join(tmpdir(), 'covplan-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      lib: {
        entry: join(import.meta.dirname, 'worker_page', 'worker_entry.ts'),
        formats: ['es'],
        fileName: () => 'worker.mjs',
      },
    },
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>worker</title>');
  server = createServer((req, res) => {
    const file = join(dir, req.url === '/' ? 'index.html' : (req.url ?? ''));
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.setHeader('content-type', file.endsWith('.mjs') ? 'text/javascript' : 'text/html');
    res.end(readFileSync(file));
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server?.once('listening', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(() => {
  server?.close();
});

describe.skipIf(!hasChrome)('readers in a real browser Web Worker (Chromium, module worker)', () => {
  it('decode GBK CSV, Excel, KML, KMZ and a GBK Shapefile, and write a Shapefile zip', async () => {
    const files = {
      'gbk.csv': gbk(csvText(FACILITY_ROWS)),
      'f.xlsx': await xlsxBytes(FACILITY_ROWS),
      'a.kml': utf8(KML),
      'a.kmz': zip({ 'doc.kml': utf8(KML) }),
      'gbk.zip': zip(gbkShapefileParts(false)),
    };
    const plain = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Array.from(v)]));
    const browser = await chromium.launch({
      executablePath: CHROME,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      const result = (await page.evaluate(
        (f) =>
          new Promise((resolve) => {
            const w = new Worker('./worker.mjs', { type: 'module' });
            w.onmessage = (e) => resolve(e.data);
            w.onerror = (e) => resolve({ error: e.message });
            w.postMessage(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, new Uint8Array(v)])));
          }),
        plain,
      )) as Record<string, unknown>;
      expect(result.error).toBeUndefined();
      expect(result['gbk.csv']).toMatchObject({
        ok: true,
        count: 2,
        detected: { encoding: 'gbk' },
        first: { 名称: '示意社区卫生服务中心' },
      });
      expect(result['f.xlsx']).toMatchObject({ ok: true, count: 2, first: { 床位数: 40 } });
      expect(result['a.kml']).toMatchObject({ ok: true, count: 2, first: { name: '示意急救站' } });
      expect(result['a.kmz']).toMatchObject({ ok: true, count: 2 });
      expect(result['gbk.zip']).toMatchObject({
        ok: true,
        count: 2,
        detected: { encoding: 'gbk' },
        first: { 街道名称: '示意街道甲' },
      });
      expect(result.zip).toMatchObject({ ok: true, crs: 'EPSG:4543' });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
