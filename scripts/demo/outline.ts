import * as turf from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { type LonLat, round6 } from './geo_utils.ts';
import type { Rand } from './prng.ts';

/**
 * The invented, simplified district outline: a hand-drawn ring of 38 vertices placed where
 * Xishan lies (a north-west mountain lobe, a narrow middle along the lake's west shore, a
 * southern lobe and the lake's north-west part). Not traced from any boundary data set.
 */
const OUTLINE_VERTICES: LonLat[] = [
  [102.4, 25.205],
  [102.455, 25.198],
  [102.485, 25.172],
  [102.518, 25.15],
  [102.548, 25.142],
  [102.578, 25.122],
  [102.618, 25.098],
  [102.65, 25.09],
  [102.69, 25.072],
  [102.712, 25.048],
  [102.722, 25.02],
  [102.712, 24.985],
  [102.69, 24.962],
  [102.672, 24.94],
  [102.688, 24.9],
  [102.708, 24.855],
  [102.716, 24.818],
  [102.692, 24.79],
  [102.655, 24.768],
  [102.61, 24.755],
  [102.56, 24.745],
  [102.524, 24.74],
  [102.496, 24.76],
  [102.485, 24.8],
  [102.492, 24.838],
  [102.528, 24.862],
  [102.575, 24.86],
  [102.602, 24.882],
  [102.614, 24.93],
  [102.6, 24.975],
  [102.545, 24.995],
  [102.475, 25.012],
  [102.44, 25.032],
  [102.415, 25.065],
  [102.378, 25.082],
  [102.362, 25.118],
  [102.365, 25.16],
  [102.385, 25.195],
];

/** An invented lake (the north-west of a large plateau lake), drawn on the basemap only. */
export const LAKE_VERTICES: LonLat[] = [
  [102.655, 24.944],
  [102.668, 24.951],
  [102.682, 24.944],
  [102.696, 24.922],
  [102.725, 24.895],
  [102.76, 24.862],
  [102.785, 24.81],
  [102.772, 24.75],
  [102.735, 24.705],
  [102.705, 24.73],
  [102.688, 24.772],
  [102.664, 24.8],
  [102.648, 24.842],
  [102.638, 24.885],
  [102.64, 24.925],
];

/** Closed polygon from a vertex list, rounded to 6 decimals and wound counter-clockwise. */
export function ringPolygon(vertices: Position[]): Polygon {
  const ring = vertices.map((p) => [round6(p[0] ?? 0), round6(p[1] ?? 0)]);
  const first = ring[0];
  if (first) ring.push([...first]);
  return (turf.rewind(turf.polygon([ring]), { reverse: false }) as Feature<Polygon>).geometry;
}

/** Insert a displaced midpoint into every edge: up to ±`jitter` of the edge length, sideways. */
function roughen(vertices: LonLat[], rand: Rand, jitter: number): LonLat[] {
  const out: LonLat[] = [];
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length] ?? a;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const t = (rand() * 2 - 1) * jitter;
    out.push(a, [(a[0] + b[0]) / 2 - dy * t, (a[1] + b[1]) / 2 + dx * t]);
  });
  return out;
}

/**
 * The district outline: the hand-drawn ring, roughened twice by seeded midpoint displacement so
 * that it looks drawn rather than ruled. Retries (with the same PRNG) until the ring has no kinks; throws after 100 attempts.
 */
export function makeOutline(rand: Rand): Polygon {
  for (let attempt = 0; attempt < 100; attempt++) {
    const rough = roughen(roughen(OUTLINE_VERTICES, rand, 0.12), rand, 0.1);
    const poly = ringPolygon(rough);
    if (turf.kinks(poly).features.length === 0) return poly;
  }
  throw new Error('no kink-free outline in 100 attempts');
}

/** The basemap lake polygon, roughened like the outline. */
export function makeLake(rand: Rand): Polygon {
  for (let attempt = 0; attempt < 100; attempt++) {
    const poly = ringPolygon(roughen(LAKE_VERTICES, rand, 0.1));
    if (turf.kinks(poly).features.length === 0) return poly;
  }
  throw new Error('no kink-free lake in 100 attempts');
}
