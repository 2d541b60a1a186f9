import type { Feature, FeatureCollection } from 'geojson';
import { type CsvCell, type ShapefileZip, toShapefileZip, toZoneReportCsv } from '../formats/index.ts';
import type { EvaluationGeoJson } from './evaluation_geojson.ts';

/** The features of one layer (`zone`, `facility`, `gap`) of an evaluation GeoJSON, without the `layer` tag. */
export function evaluationLayer(fc: EvaluationGeoJson, name: string): FeatureCollection {
  const features = fc.features
    .filter((f) => f.properties.layer === name)
    .map((f): Feature => {
      const { layer: _layer, ...properties } = f.properties;
      return { ...f, properties };
    });
  return { type: 'FeatureCollection', features };
}

/**
 * One row per zone with every flattened metric, then the whole-area row (code `__area__`), whose
 * `illustrative` column is the file's 示意数据 flag (`metadata.illustrative`).
 */
export function zoneReportRows(fc: EvaluationGeoJson, lang: 'zh' | 'en'): Record<string, CsvCell>[] {
  const zones = evaluationLayer(fc, 'zone').features.map((f) => f.properties as Record<string, CsvCell>);
  const area = {
    code: '__area__',
    name: lang === 'zh' ? '全部区域' : 'Whole area',
    illustrative: fc.metadata.illustrative,
    ...fc.metadata.area,
  } as Record<string, CsvCell>;
  return [...zones, area];
}

/** The per-zone CSV report (UTF-8 with BOM, so Excel shows Chinese), as the app and `covplan --out x.csv` write it. */
export function evaluationReportCsv(fc: EvaluationGeoJson, lang: 'zh' | 'en'): Uint8Array {
  return toZoneReportCsv(zoneReportRows(fc, lang));
}

/**
 * A zip of Shapefiles (zones, facilities, gaps; empty layers left out) with `field_names.csv` and
 * `metadata.json` (rules, parameters, sources, the 示意数据 flag); in CGCS2000 degrees, or with
 * `project: 'gk3'` in the 3° Gauss-Krüger zone of the data's centre.
 */
export function evaluationShapefileZip(fc: EvaluationGeoJson, project?: 'gk3'): ShapefileZip {
  const names = { zone: 'zones', facility: 'facilities', gap: 'gaps' };
  const layers = Object.entries(names)
    .map(([key, name]) => ({ name, features: evaluationLayer(fc, key) }))
    .filter((l) => l.features.features.length > 0);
  const metadata = new TextEncoder().encode(`${JSON.stringify(fc.metadata, null, 2)}\n`);
  return toShapefileZip(layers, {
    ...(project ? { project } : {}),
    extraFiles: { 'metadata.json': metadata },
  });
}
