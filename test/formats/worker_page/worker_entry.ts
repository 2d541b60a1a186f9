// Bundled by worker_browser.test.ts into a module Web Worker: reads every file it is sent.
import { readLayer, toShapefileZip } from '../../../src/engine/formats/index.ts';

self.onmessage = async (e: MessageEvent<Record<string, Uint8Array>>) => {
  const out: Record<string, unknown> = {};
  for (const [name, bytes] of Object.entries(e.data)) {
    const r = await readLayer(name, bytes);
    out[name] = {
      ok: r.ok,
      detected: r.detected,
      count: r.features.features.length,
      first: r.features.features[0]?.properties,
    };
  }
  const first = await readLayer('gbk.zip', e.data['gbk.zip'] ?? new Uint8Array());
  const z = toShapefileZip([{ name: 'zones', features: first.features }], { project: 'gk3' });
  out.zip = z.ok ? { ok: true, crs: z.crs, files: z.files } : { ok: false };
  postMessage(out);
};
