import Flatbush from 'flatbush';
import type { Position } from 'geojson';

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** True when two edges cross properly (interiors intersect at one point, not touching ends). */
function crosses(a: Position, b: Position, c: Position, d: Position): boolean {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const [cx, cy] = c as [number, number];
  const [dx, dy] = d as [number, number];
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * True when a closed ring crosses itself. Edges go into a flatbush index, so the check is
 * about n·log n rather than the n² of comparing every pair.
 */
export function ringSelfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1;
  if (n < 4) return false;
  const index = new Flatbush(n);
  for (let k = 0; k < n; k++) {
    const [ax, ay] = ring[k] as [number, number];
    const [bx, by] = ring[k + 1] as [number, number];
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  for (let k = 0; k < n; k++) {
    const a = ring[k] as Position;
    const b = ring[k + 1] as Position;
    const hits = index.search(
      Math.min(a[0] as number, b[0] as number),
      Math.min(a[1] as number, b[1] as number),
      Math.max(a[0] as number, b[0] as number),
      Math.max(a[1] as number, b[1] as number),
    );
    for (const m of hits) {
      if (m <= k + 1 || (k === 0 && m === n - 1)) continue;
      if (crosses(a, b, ring[m] as Position, ring[m + 1] as Position)) return true;
    }
  }
  return false;
}

/** Why a ring is unusable, or null when it is fine (at least 4 finite lon/lat positions, closed). */
export function ringProblem(ring: Position[]): string | null {
  if (ring.length < 4) return 'ring with fewer than 4 positions';
  for (const p of ring) {
    const lon = p[0];
    const lat = p[1];
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      return 'non-numeric coordinate';
    }
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return 'coordinate outside lon/lat range';
  }
  return null;
}
