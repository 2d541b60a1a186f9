import { writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { type CsvCell, toShapefileZip, toZoneReportCsv } from '../engine/formats/index.ts';
import type { EvaluationGeoJson } from '../engine/io/index.ts';
import type { Lang } from './cli_io.ts';

/** True when `--out` names a file this module writes: a CSV report or a zipped Shapefile. */
export const isExportFile = (path: string): boolean => /\.(csv|zip)$/i.test(path);

function layer(fc: EvaluationGeoJson, name: string): FeatureCollection {
  const features = fc.features
    .filter((f) => f.properties.layer === name)
    .map((f): Feature => {
      const { layer: _layer, ...properties } = f.properties;
      return { ...f, properties };
    });
  return { type: 'FeatureCollection', features };
}

/** One row per zone with every flattened metric, then the whole-area row. */
function reportRows(fc: EvaluationGeoJson, lang: Lang): Record<string, CsvCell>[] {
  const zones = layer(fc, 'zone').features.map((f) => f.properties as Record<string, CsvCell>);
  const area = {
    code: '__area__',
    name: lang === 'zh' ? '全部区域' : 'Whole area',
    ...fc.metadata.area,
  } as Record<string, CsvCell>;
  return [...zones, area];
}

/**
 * Writes the exported evaluation as a CSV report (UTF-8 with BOM, one row per zone plus the whole
 * area) or as a zip of Shapefiles (zones, facilities, gaps; CGCS2000 3° Gauss-Krüger of the centre,
 * field_names.csv, metadata.json with the rules, notes and the 示意数据 flag). Returns an error
 * message, or undefined when written.
 */
export function writeExportFile(path: string, fc: EvaluationGeoJson, lang: Lang): string | undefined {
  let bytes: Uint8Array;
  if (/\.csv$/i.test(path)) bytes = toZoneReportCsv(reportRows(fc, lang));
  else {
    const names = { zone: 'zones', facility: 'facilities', gap: 'gaps' };
    const layers = Object.entries(names).map(([key, name]) => ({ name, features: layer(fc, key) }));
    const metadata = new TextEncoder().encode(`${JSON.stringify(fc.metadata, null, 2)}\n`);
    const z = toShapefileZip(
      layers.filter((l) => l.features.features.length > 0),
      { project: 'gk3', extraFiles: { 'metadata.json': metadata } },
    );
    if (!z.ok) return z.message[lang];
    bytes = z.bytes;
  }
  try {
    writeFileSync(path, bytes);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
