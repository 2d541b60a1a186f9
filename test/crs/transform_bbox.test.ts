import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  crsOf,
  fromWgs84Transform,
  toWgs84Transform,
  transformFeatures,
} from '../../src/engine/crs/index.ts';

// A square of about 2 km around (102.6 E, 25.0 N), written in CGCS2000 3° Gauss-Krüger zone 34
// (EPSG:4521, central meridian 102 E) with the bounding box a Shapefile reader attaches.
const gk = crsOf('EPSG:4521');
if (!gk) throw new Error('EPSG:4521 unknown');
const toGk = fromWgs84Transform(gk);
const toWgs = toWgs84Transform(gk);
if (!toGk || !toWgs) throw new Error('no transform for EPSG:4521');

const ringWgs = [
  [102.59, 24.99],
  [102.61, 24.99],
  [102.61, 25.01],
  [102.59, 25.01],
  [102.59, 24.99],
];
const ringGk = ringWgs.map((p) => toGk(p));
const xs = ringGk.map((p) => p[0] ?? 0);
const ys = ringGk.map((p) => p[1] ?? 0);
const boxGk: [number, number, number, number] = [
  Math.min(...xs),
  Math.min(...ys),
  Math.max(...xs),
  Math.max(...ys),
];
const zone: Feature<Polygon> = {
  type: 'Feature',
  bbox: boxGk,
  properties: { 名称: '测试镇' },
  geometry: { type: 'Polygon', bbox: boxGk, coordinates: [ringGk] },
};
const fc: FeatureCollection = { type: 'FeatureCollection', bbox: boxGk, features: [zone] };

describe('transformFeatures drops bounding boxes of the source coordinates', () => {
  it('leaves no metre box behind, so Turf finds a point inside the reprojected polygon', () => {
    const out = transformFeatures(fc, toWgs);
    const f = out.features[0] as Feature<Polygon>;
    expect(out.bbox).toBeUndefined();
    expect(f.bbox).toBeUndefined();
    expect(f.geometry.bbox).toBeUndefined();
    const box = bbox(f);
    expect(box[0]).toBeCloseTo(102.59, 6);
    expect(box[3]).toBeCloseTo(25.01, 6);
    expect(booleanPointInPolygon([102.6, 25.0], f)).toBe(true);
    expect(booleanPointInPolygon([102.7, 25.0], f)).toBe(false);
    // The input is not mutated.
    expect(zone.geometry.bbox).toEqual(boxGk);
  });
});
