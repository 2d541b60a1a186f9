import { EARTH_RADIUS_KM, EARTH_RADIUS_M } from '../geodesy.ts';
import type { GridFrame } from './frame.ts';

const DEG = Math.PI / 180;

/** Rows and columns a stamped disk touched (inclusive), or null when it missed the grid. */
export interface CellRange {
  row0: number;
  row1: number;
  col0: number;
  col1: number;
}

/** A typed array of per-cell counters. */
export type CountArray = Uint16Array | Uint32Array;

/** Called for each grid row a disk crosses: cells `base + i0` … `base + i1` are within reach. */
export type RowVisitor = (base: number, i0: number, i1: number) => void;

/**
 * Visits, row by row, the cells whose centre is within `radiusKm` (great-circle, haversine on
 * the sphere) of a point. Exact per row: on a parallel of latitude φ the points within reach are
 * the longitudes |Δλ| ≤ 2·asin(√((hav(r/R) − hav(Δφ)) / (cos φ cos φf))), and the sinusoidal grid
 * puts each row on one parallel, so no per-cell distance is needed.
 *
 * @returns the touched cell range, or null when the disk misses the grid.
 */
export function forEachDiskRow(
  frame: GridFrame,
  lonDeg: number,
  latDeg: number,
  radiusKm: number,
  visit: RowVisitor,
): CellRange | null {
  const { cellSizeM: s, x0M, y0M, cols, rows, rowLatRad, rowCosLat, lon0Deg } = frame;
  const phiF = latDeg * DEG;
  const cosF = Math.cos(phiF);
  const ang = radiusKm / EARTH_RADIUS_KM;
  const havR = Math.sin(ang / 2) ** 2;
  const yF = EARTH_RADIUS_M * phiF;
  const rM = radiusKm * 1000;
  const j0 = Math.max(0, Math.ceil((yF - rM - y0M) / s - 0.5));
  const j1 = Math.min(rows - 1, Math.floor((yF + rM - y0M) / s - 0.5));
  const dLon0 = (lonDeg - lon0Deg) * DEG;
  let c0 = cols;
  let c1 = -1;
  for (let j = j0; j <= j1; j++) {
    const phi = rowLatRad[j] as number;
    const cosPhi = rowCosLat[j] as number;
    const rem = havR - Math.sin((phi - phiF) / 2) ** 2;
    if (rem < 0) continue;
    const h = Math.min(1, rem / (cosPhi * cosF));
    const dLam = 2 * Math.asin(Math.sqrt(h));
    const scale = EARTH_RADIUS_M * cosPhi;
    const i0 = Math.max(0, Math.ceil((scale * (dLon0 - dLam) - x0M) / s - 0.5));
    const i1 = Math.min(cols - 1, Math.floor((scale * (dLon0 + dLam) - x0M) / s - 0.5));
    if (i1 < i0) continue;
    visit(j * cols, i0, i1);
    if (i0 < c0) c0 = i0;
    if (i1 > c1) c1 = i1;
  }
  if (c1 < c0) return null;
  return { row0: j0, row1: j1, col0: c0, col1: c1 };
}

/**
 * Adds `delta` to the counter of every cell whose centre is within `radiusKm` of a point (see
 * {@link forEachDiskRow}).
 *
 * @returns the touched cell range, or null when the disk misses the grid.
 */
export function stampDisk(
  frame: GridFrame,
  counts: CountArray,
  lonDeg: number,
  latDeg: number,
  radiusKm: number,
  delta: 1 | -1,
): CellRange | null {
  return forEachDiskRow(frame, lonDeg, latDeg, radiusKm, (base, i0, i1) => {
    for (let i = base + i0, end = base + i1; i <= end; i++) counts[i] = (counts[i] as number) + delta;
  });
}

/**
 * Sets each cell's counter to the number of points within `radiusKm` of it, all at once: every
 * disk row adds +1 at its first cell and −1 after its last in a difference array, and one prefix
 * sum over the grid gives the counts. Work is per disk row rather than per cell.
 */
export function stampAllDisks(
  frame: GridFrame,
  counts: CountArray,
  points: readonly { lon: number; lat: number }[],
  radiusKm: number,
): void {
  const diff = new Int32Array(counts.length + 1);
  const visit: RowVisitor = (base, i0, i1) => {
    diff[base + i0] = (diff[base + i0] as number) + 1;
    diff[base + i1 + 1] = (diff[base + i1 + 1] as number) - 1;
  };
  for (const p of points) {
    if (Number.isFinite(p.lon) && Number.isFinite(p.lat))
      forEachDiskRow(frame, p.lon, p.lat, radiusKm, visit);
  }
  let run = 0;
  for (let i = 0; i < counts.length; i++) {
    run += diff[i] as number;
    counts[i] = run;
  }
}
