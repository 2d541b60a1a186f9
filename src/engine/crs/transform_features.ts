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

/** `value` without its `bbox` member: a box in the source coordinates is wrong after a transform. */
function withoutBbox<T extends { bbox?: unknown }>(value: T): T {
  if (!('bbox' in value)) return value;
  const { bbox: _stale, ...rest } = value;
  return rest as T;
}

/**
 * A copy of `geometry` with every position passed through `fn` (z values kept). A `bbox` from the
 * source is dropped (Turf trusts it in `bbox()` and point-in-polygon tests).
 */
export function transformGeometry<G extends Geometry | null>(geometry: G, fn: PositionTransform): G {
  if (!geometry) return geometry;
  const g = withoutBbox(geometry as Geometry);
  if (g.type === 'GeometryCollection') {
    return { ...g, geometries: g.geometries.map((x) => transformGeometry(x, fn)) } as G;
  }
  return { ...g, coordinates: mapCoords(g.coordinates, fn) } as G;
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
    only && !only.has(i) ? f : { ...withoutBbox(f), geometry: transformGeometry(f.geometry, fn) },
  );
  return only ? { ...fc, features } : { ...withoutBbox(fc), features };
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
