import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { PositionTransform } from './crs.ts';

function mapCoords(c: unknown, fn: PositionTransform): unknown {
  if (!Array.isArray(c)) return c;
  if (typeof c[0] === 'number') {
    const out = fn(c as Position);
    return c.length > 2 ? [...out.slice(0, 2), ...c.slice(2)] : out;
  }
  return c.map((x) => mapCoords(x, fn));
}

/** A copy of `geometry` with every position passed through `fn` (z values kept). */
export function transformGeometry<G extends Geometry | null>(geometry: G, fn: PositionTransform): G {
  if (!geometry) return geometry;
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => transformGeometry(g, fn)) };
  }
  return { ...geometry, coordinates: mapCoords(geometry.coordinates, fn) } as G;
}

/**
 * A copy of the collection with every position passed through `fn`; `only`, when given, limits the
 * change to the features whose index it contains. The input is not mutated.
 *
 * @example transformFeatures(fc, gcj02ToWgs84) // the collection in WGS-84
 */
export function transformFeatures(
  fc: FeatureCollection,
  fn: PositionTransform,
  only?: ReadonlySet<number>,
): FeatureCollection {
  const features: Feature[] = fc.features.map((f, i) =>
    only && !only.has(i) ? f : { ...f, geometry: transformGeometry(f.geometry, fn) },
  );
  return { ...fc, features };
}

/** Every [x, y] of a geometry (empty for null geometry). */
export function positionsIn(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positionsIn);
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      if (typeof c[1] === 'number') out.push(c as Position);
      return;
    }
    for (const x of c) walk(x);
  };
  walk(geometry.coordinates);
  return out;
}
