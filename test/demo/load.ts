import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

const root = resolve(import.meta.dirname, '../..');

/** Text of a shipped file, by its path relative to the repository root. */
export function readShipped(path: string): string {
  return readFileSync(resolve(root, path), 'utf8');
}

type Props = Record<string, unknown>;
export type ZoneFeature = Feature<Polygon | MultiPolygon, Props>;
export type PointFeature = Feature<Point, Props>;

export interface Shipped {
  zones: FeatureCollection<Polygon | MultiPolygon, Props> & { metadata?: Props };
  facilities: FeatureCollection<Point, Props> & { metadata?: Props };
  lake: FeatureCollection<Polygon, Props> & { metadata?: Props };
  scenarios: { metadata?: Props; scenarios: { name: string; illustrative?: boolean; facilities: Props[] }[] };
}

/** The committed demo files, parsed. */
export function loadShipped(): Shipped {
  return {
    zones: JSON.parse(readShipped('geo/xishan_demo_zones.geojson')),
    facilities: JSON.parse(readShipped('seeds/demo/facilities.geojson')),
    lake: JSON.parse(readShipped('geo/basemap_lake_demo.geojson')),
    scenarios: JSON.parse(readShipped('seeds/demo/scenarios.json')),
  };
}

export const streetsOf = (s: Shipped): ZoneFeature[] =>
  s.zones.features.filter((f) => f.properties.level === 'street');
export const villagesOf = (s: Shipped): ZoneFeature[] =>
  s.zones.features.filter((f) => f.properties.level === 'village');

/** Great-circle distance in km on a sphere of radius 6,371.0088 km (independent of turf). */
export function haversineKm(a: number[], b: number[]): number {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Every vertex of a polygon or multipolygon. */
export function vertices(f: ZoneFeature): number[][] {
  const g = f.geometry;
  return g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
}
