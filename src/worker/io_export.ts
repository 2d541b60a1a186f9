import { evaluationReportCsv, evaluationShapefileZip, evaluationToGeoJson } from '../engine/io/index.ts';
import type { ExportReply, ExportRequestBody } from './io_messages.ts';

/** Generator named in the metadata of every export (same as the CLI's). */
export const GENERATOR = 'covplan 0.1.0 (app)';

const copyBuffer = (bytes: Uint8Array): ArrayBuffer => {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
};

/**
 * Builds an export of the current results: the evaluation GeoJSON (with its `metadata` block and
 * 示意数据 flag), the per-zone CSV report (UTF-8 with BOM), or a Shapefile zip (CGCS2000 degrees, or
 * the 3° Gauss-Krüger zone of the data) with `field_names.csv` and `metadata.json`. Never throws.
 */
export function exportResults(body: ExportRequestBody): ExportReply {
  try {
    const fc = evaluationToGeoJson(body.zones, body.facilities, body.rules, body.evaluation, {
      generator: GENERATOR,
      statuses: body.statuses,
      inputs: body.inputs,
      ...(body.illustrative ? { illustrative: true } : {}),
    });
    if (body.format === 'geojson') {
      const bytes = new TextEncoder().encode(`${JSON.stringify(fc)}\n`);
      return { ok: true, bytes: copyBuffer(bytes), mime: 'application/geo+json', warnings: [] };
    }
    if (body.format === 'csv') {
      const bytes = evaluationReportCsv(fc, body.lang);
      return { ok: true, bytes: copyBuffer(bytes), mime: 'text/csv;charset=utf-8', warnings: [] };
    }
    const z = evaluationShapefileZip(fc, body.format === 'shp_gk3' ? 'gk3' : undefined);
    if (!z.ok) return { ok: false, message: z.message };
    return {
      ok: true,
      bytes: copyBuffer(z.bytes),
      mime: 'application/zip',
      crs: z.crs,
      warnings: z.warnings,
    };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { zh: `导出失败（${detail}）。`, en: `export failed (${detail}).` } };
  }
}
