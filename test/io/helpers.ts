import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { parseGeoJson } from '../../src/engine/io/index.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Reads and parses a fixture GeoJSON, failing the test when it does not parse. */
export function readFixture(path: string): FeatureCollection<Geometry | null> {
  const parsed = parseGeoJson(readFileSync(join(FIXTURES, path), 'utf8'), path);
  if (!parsed.ok) throw new Error(`fixture ${path} does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.collection;
}

/** Compares `actual` with the JSON in test/fixtures/<path>; with REGEN=1 rewrites that file first. */
export function expectedJson(path: string, actual: unknown): unknown {
  const file = join(FIXTURES, path);
  if (process.env.REGEN === '1') writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A FeatureCollection from features given as [geometry, properties] pairs. */
export function collection(
  ...features: [Geometry | null, Record<string, unknown>][]
): FeatureCollection<Geometry | null> {
  return {
    type: 'FeatureCollection',
    features: features.map(([geometry, properties]) => ({ type: 'Feature', geometry, properties })),
  };
}

export const square = (lon: number, lat: number, sizeDeg: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + sizeDeg, lat],
      [lon + sizeDeg, lat + sizeDeg],
      [lon, lat + sizeDeg],
      [lon, lat],
    ],
  ],
});

export const point = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });
