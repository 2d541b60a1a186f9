import type { GridFrame } from './frame.ts';

/** Cells a polygon touches with the share (0–1] of each cell's area inside it. */
export interface RasterCells {
  /** Ascending cell indices (row × cols + col). */
  cells: Int32Array;
  /** Share of each cell inside the polygon. */
  frac: Float32Array;
}

/** Sub-scanlines per row: the in-polygon share of an edge cell is measured on this many lines. */
const SUB = 4;

/** Crossings of the rings with every sub-scanline they span, indexed from line `first`. */
function crossingsByLine(
  frame: GridFrame,
  ringsM: Float64Array[],
): { first: number; lists: (number[] | undefined)[] } {
  const { y0M, cellSizeM, rows } = frame;
  const h = cellSizeM / SUB;
  const lines = rows * SUB;
  let yMin = Number.POSITIVE_INFINITY;
  for (const ring of ringsM)
    for (let k = 1; k < ring.length; k += 2) yMin = Math.min(yMin, ring[k] as number);
  if (!Number.isFinite(yMin)) return { first: 0, lists: [] };
  const first = Math.max(0, Math.ceil((yMin - y0M) / h - 0.5));
  const lists: (number[] | undefined)[] = [];
  for (const ring of ringsM) {
    for (let k = 0; k + 3 < ring.length; k += 2) {
      const xa = ring[k] as number;
      const ya = ring[k + 1] as number;
      const xb = ring[k + 2] as number;
      const yb = ring[k + 3] as number;
      if (ya === yb) continue;
      const l0 = Math.max(0, Math.ceil((Math.min(ya, yb) - y0M) / h - 0.5));
      const l1 = Math.min(lines - 1, Math.ceil((Math.max(ya, yb) - y0M) / h - 0.5) - 1);
      const slope = (xb - xa) / (yb - ya);
      for (let l = l0; l <= l1; l++) {
        const x = xa + (y0M + (l + 0.5) * h - ya) * slope;
        const list = lists[l - first];
        if (list) list.push(x);
        else lists[l - first] = [x];
      }
    }
  }
  return { first, lists };
}

/**
 * Rasterizes a polygon given as projected rings (metres, closed, even-odd over all rings so holes
 * and multipolygon parts work). Scanlines at 4 heights per row measure the exact length of each
 * span inside each cell, so edge cells get the share of their area inside the polygon (clipped
 * cells) and the shares add up to the polygon's area to well under 1 %.
 */
export function rasterizeRings(frame: GridFrame, ringsM: Float64Array[]): RasterCells {
  const { x0M, cellSizeM: s, cols } = frame;
  const { first, lists } = crossingsByLine(frame, ringsM);
  if (lists.length === 0) return { cells: new Int32Array(0), frac: new Float32Array(0) };
  const acc = new Float64Array(cols);
  let cells = new Int32Array(1024);
  let frac = new Float32Array(1024);
  let n = 0;
  const rowFirst = Math.floor(first / SUB);
  const rowLast = Math.floor((first + lists.length - 1) / SUB);
  for (let row = rowFirst; row <= rowLast; row++) {
    let lo = cols;
    let hi = -1;
    for (let l = Math.max(first, row * SUB); l < (row + 1) * SUB; l++) {
      const xs = lists[l - first];
      if (!xs) continue;
      xs.sort((a, b) => a - b);
      for (let p = 0; p + 1 < xs.length; p += 2) {
        const a = Math.max(0, ((xs[p] as number) - x0M) / s);
        const b = Math.min(cols, ((xs[p + 1] as number) - x0M) / s);
        if (b <= a) continue;
        const ia = Math.floor(a);
        const ib = Math.min(cols - 1, Math.floor(b));
        if (ia === ib) acc[ia] = (acc[ia] as number) + (b - a);
        else {
          acc[ia] = (acc[ia] as number) + (ia + 1 - a);
          for (let i = ia + 1; i < ib; i++) acc[i] = (acc[i] as number) + 1;
          acc[ib] = (acc[ib] as number) + (b - ib);
        }
        if (ia < lo) lo = ia;
        if (ib > hi) hi = ib;
      }
    }
    for (let i = lo; i <= hi; i++) {
      const f = (acc[i] as number) / SUB;
      acc[i] = 0;
      if (f <= 1e-9) continue;
      if (n === cells.length) {
        const c2 = new Int32Array(n * 2);
        c2.set(cells);
        cells = c2;
        const f2 = new Float32Array(n * 2);
        f2.set(frac);
        frac = f2;
      }
      cells[n] = row * cols + i;
      frac[n] = Math.min(f, 1);
      n++;
    }
  }
  return { cells: cells.slice(0, n), frac: frac.slice(0, n) };
}
