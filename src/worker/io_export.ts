import type { Feature, FeatureCollection } from 'geojson';
import { type CsvCell, toShapefileZip, toZoneReportCsv } from '../engine/formats/index.ts';
import { type EvaluationGeoJson, evaluationToGeoJson } from '../engine/io/index.ts';
import type { ExportReply, ExportRequestBody } from './io_messages.ts';

/** Generator named in the metadata of every export (same as the CLI's). */
export const GENERATOR = 'covplan 0.1.0 (app)';

function layerOf(fc: EvaluationGeoJson, name: string): FeatureCollection {
  const features = fc.features
    .filter((f) => f.properties.layer === name)
    .map((f): Feature => {
      const { layer: _layer, ...properties } = f.properties;
      return { ...f, properties };
    });
  return { type: 'FeatureCollection', features };
}

/** One row per zone with every flattened metric, then the whole-area row (as `covplan --out x.csv`). */
function reportRows(fc: EvaluationGeoJson, lang: 'zh' | 'en'): Record<string, CsvCell>[] {
  const zones = layerOf(fc, 'zone').features.map((f) => f.properties as Record<string, CsvCell>);
  const area = {
    code: '__area__',
    name: lang === 'zh' ? '全部区域' : 'Whole area',
    ...fc.metadata.area,
  } as Record<string, CsvCell>;
  return [...zones, area];
}

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
    });
    if (body.format === 'geojson') {
      const bytes = new TextEncoder().encode(`${JSON.stringify(fc)}\n`);
      return { ok: true, bytes: copyBuffer(bytes), mime: 'application/geo+json', warnings: [] };
    }
    if (body.format === 'csv') {
      const bytes = toZoneReportCsv(reportRows(fc, body.lang));
      return { ok: true, bytes: copyBuffer(bytes), mime: 'text/csv;charset=utf-8', warnings: [] };
    }
    const names = { zone: 'zones', facility: 'facilities', gap: 'gaps' };
    const layers = Object.entries(names)
      .map(([key, name]) => ({ name, features: layerOf(fc, key) }))
      .filter((l) => l.features.features.length > 0);
    const metadata = new TextEncoder().encode(`${JSON.stringify(fc.metadata, null, 2)}\n`);
    const z = toShapefileZip(layers, {
      ...(body.format === 'shp_gk3' ? { project: 'gk3' as const } : {}),
      extraFiles: { 'metadata.json': metadata },
    });
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
