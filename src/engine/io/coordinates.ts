import type { Geometry, Position } from 'geojson';

/** China's longitude/latitude box used to spot swapped coordinates: 73–136° E, 3–54° N. */
export const CHINA_BBOX = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 } as const;

/** What a geometry's coordinates look like. `sample` is the first offending position. */
export type CoordinateCheck =
  | { kind: 'ok' }
  | { kind: 'malformed' }
  | { kind: 'projected'; sample: Position }
  | { kind: 'swapped'; sample: Position };

/** Every position of a geometry, or undefined when the nesting or numbers are malformed. */
export function positionsOf(geometry: Geometry): Position[] | undefined {
  const out: Position[] = [];
  const walk = (c: unknown, depth: number): boolean => {
    if (!Array.isArray(c)) return false;
    if (depth === 0) {
      if (c.length < 2 || !c.every((v) => typeof v === 'number' && Number.isFinite(v))) return false;
      out.push(c as Position);
      return true;
    }
    return c.every((x) => walk(x, depth - 1));
  };
  const depth: Record<string, number> = {
    Point: 0,
    MultiPoint: 1,
    LineString: 1,
    MultiLineString: 2,
    Polygon: 2,
    MultiPolygon: 3,
  };
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) {
      const inner = positionsOf(g);
      if (!inner) return undefined;
      out.push(...inner);
    }
    return out;
  }
  const d = depth[geometry.type];
  if (d === undefined || !walk((geometry as { coordinates?: unknown }).coordinates, d)) return undefined;
  return out;
}

const inChina = (lon: number, lat: number): boolean =>
  lon >= CHINA_BBOX.minLon &&
  lon <= CHINA_BBOX.maxLon &&
  lat >= CHINA_BBOX.minLat &&
  lat <= CHINA_BBOX.maxLat;

/**
 * Checks that coordinates are longitude/latitude in degrees: not projected metres (|lon| > 180 or
 * |lat| > 90) and not latitude/longitude swapped (swapping puts every position inside China's box
 * while the original positions are not all inside it).
 *
 * @example checkCoordinates({ type: 'Point', coordinates: [24.9, 102.6] }).kind // 'swapped'
 */
export function checkCoordinates(geometry: Geometry): CoordinateCheck {
  const positions = positionsOf(geometry);
  if (!positions || positions.length === 0) return { kind: 'malformed' };
  const allSwappedInChina = positions.every(([x, y]) => inChina(y as number, x as number));
  const allInChina = positions.every(([x, y]) => inChina(x as number, y as number));
  if (allSwappedInChina && !allInChina) return { kind: 'swapped', sample: positions[0] as Position };
  const far = positions.find(([x, y]) => Math.abs(x as number) > 180 || Math.abs(y as number) > 90);
  if (far) return { kind: 'projected', sample: far };
  return { kind: 'ok' };
}
