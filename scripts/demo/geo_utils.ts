import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Rand } from './prng.ts';

export type Area = Polygon | MultiPolygon;
export type LonLat = [number, number];

/** Round a number to 6 decimals (about 0.1 m), the precision of every shipped coordinate. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round6(p[0] ?? 0), round6(p[1] ?? 0)];
    const last = out[out.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    out.push(q);
  }
  return out;
}

/**
 * Round a polygon's coordinates to 6 decimals, drop repeated vertices and rewind it to the
 * RFC 7946 right-hand rule (outer rings counter-clockwise). Returns a new geometry.
 */
export function tidyArea(geom: Area): Area {
  const rounded: Area =
    geom.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geom.coordinates.map(roundRing) }
      : { type: 'MultiPolygon', coordinates: geom.coordinates.map((p) => p.map(roundRing)) };
  return turf.rewind(rounded, { reverse: false }) as Area;
}

/** Intersection of two areas, or null when they do not overlap. */
export function intersectAreas(a: Area, b: Area): Area | null {
  const r = turf.intersect(turf.featureCollection([turf.feature(a), turf.feature(b)]));
  return r ? r.geometry : null;
}

/** `a` minus `b`, or null when nothing is left. */
export function subtractArea(a: Area, b: Area): Area | null {
  const r = turf.difference(turf.featureCollection([turf.feature(a), turf.feature(b)]));
  return r ? r.geometry : null;
}

/** Union of areas (at least one). */
export function unionAreas(areas: Area[]): Area {
  const first = areas[0];
  if (!first) throw new Error('unionAreas needs at least one area');
  if (areas.length === 1) return first;
  const r = turf.union(turf.featureCollection(areas.map((a) => turf.feature(a))));
  if (!r) throw new Error('union of areas is empty');
  return r.geometry;
}

/** Area in km². */
export function areaKm2(geom: Area | Feature<Area>): number {
  return turf.area(geom) / 1e6;
}

/** True when the point lies inside the area (boundary counts as inside). */
function contains(area: Area, p: LonLat): boolean {
  return turf.booleanPointInPolygon(p, area);
}

/**
 * A point inside `area` and outside every `avoid` area, drawn from a disc of `spreadKm` around
 * `near` (or uniformly over the area's bounding box without `near`); the spread doubles every
 * 200 failed draws. Falls back to turf.pointOnFeature after 2,000 draws.
 */
export function pointIn(area: Area, rand: Rand, avoid: Area[], near?: LonLat, spreadKm = 1.5): LonLat {
  const [minX, minY, maxX, maxY] = turf.bbox(area);
  const ok = (p: LonLat) => contains(area, p) && !avoid.some((a) => contains(a, p));
  for (let i = 0; i < 2000; i++) {
    let p: LonLat;
    if (near) {
      const r = spreadKm * 2 ** Math.floor(i / 200) * Math.sqrt(rand());
      const theta = 2 * Math.PI * rand();
      p = [near[0] + (r * Math.cos(theta)) / 101, near[1] + (r * Math.sin(theta)) / 111];
      if (i === 0 && ok(near)) p = near;
    } else {
      p = [minX + (maxX - minX) * rand(), minY + (maxY - minY) * rand()];
    }
    if (ok(p)) return [round6(p[0]), round6(p[1])];
  }
  const c = turf.pointOnFeature(area).geometry.coordinates;
  return [round6(c[0] ?? 0), round6(c[1] ?? 0)];
}

/**
 * The best of `candidates` points drawn inside `area` and off `avoid`: the one farthest (in km)
 * from every point of `others`, so that successive facilities spread over the area.
 */
export function spreadPointIn(
  area: Area,
  rand: Rand,
  avoid: Area[],
  others: LonLat[],
  candidates = 12,
): LonLat {
  let best: LonLat | null = null;
  let bestKm = -1;
  for (let i = 0; i < candidates; i++) {
    const p = pointIn(area, rand, avoid);
    const km = others.length ? Math.min(...others.map((o) => turf.distance(o, p))) : 0;
    if (km > bestKm) [best, bestKm] = [p, km];
  }
  return best ?? pointIn(area, rand, avoid);
}
