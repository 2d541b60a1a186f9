import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ImportIssue, ImportResult } from './import_issue.ts';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses GeoJSON text into a FeatureCollection. A single Feature or bare geometry is wrapped into
 * a collection of one. Fails (never throws) when the text is not JSON, not GeoJSON or has no features.
 *
 * @example parseGeoJson('{"type":"FeatureCollection","features":[]}', 'z.geojson').ok // false (empty)
 */
export function parseGeoJson(text: string, fileName: string): ImportResult<'collection', FeatureCollection> {
  const fail = (code: ImportIssue['code'], zh: string, en: string) => ({
    ok: false as const,
    errors: [{ code, file: fileName, message: { zh, en } }],
    warnings: [],
  });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    return fail('empty', '文件为空。请提供 GeoJSON 文件。', 'the file is empty. Give a GeoJSON file.');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 160);
    return fail(
      'not_json',
      `不是有效的 JSON（${detail}）。请确认文件是 GeoJSON（.geojson/.json），而不是 Excel、CSV 或 Shapefile。`,
      `not valid JSON (${detail}). Check that the file is GeoJSON (.geojson/.json), not Excel, CSV or a Shapefile.`,
    );
  }
  const notGeo = () =>
    fail(
      'not_geojson',
      '是 JSON 但不是 GeoJSON：需要 "type": "FeatureCollection" 及 "features" 数组。',
      'is JSON but not GeoJSON: expected "type": "FeatureCollection" with a "features" array.',
    );
  if (!isObject(json)) return notGeo();
  let features: unknown[];
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) features = json.features;
  else if (json.type === 'Feature') features = [json];
  else if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type))
    features = [{ type: 'Feature', properties: {}, geometry: json }];
  else return notGeo();
  if (features.length === 0)
    return fail('empty', '没有要素（features 为空）。', 'has no features (the "features" array is empty).');
  const errors: ImportIssue[] = [];
  const out: Feature[] = [];
  features.forEach((f, i) => {
    if (!isObject(f) || f.type !== 'Feature') {
      errors.push({
        code: 'not_geojson',
        file: fileName,
        featureIndex: i,
        message: {
          zh: '不是 GeoJSON 要素（缺少 "type": "Feature"）。',
          en: 'is not a GeoJSON Feature (no "type": "Feature").',
        },
      });
      return;
    }
    const properties = isObject(f.properties) ? f.properties : {};
    const geometry = isObject(f.geometry) ? (f.geometry as unknown as Geometry) : null;
    const feature: Feature = { type: 'Feature', properties, geometry: geometry as Geometry };
    if (typeof f.id === 'string' || typeof f.id === 'number') feature.id = f.id;
    out.push(feature);
  });
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  return { ok: true, collection: { type: 'FeatureCollection', features: out }, warnings: [] };
}
