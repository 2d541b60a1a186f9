import { pointOnFeature } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { cellAt, createFrame, type GridFrame } from '../grid/frame.ts';
import { rasterizeRings } from '../grid/rasterize.ts';
import { type PreparedZone, projectZoneRings } from '../zones/prepare_zone.ts';
import { TIER_COUNT } from '../zones/zone_tiers.ts';

/** The cells of one zone: ascending indices, the share of each inside the zone, and their bounds. */
export interface ZoneRaster {
  cells: Int32Array;
  frac: Float32Array;
  /** Sum of `frac`: the zone's area in cells. */
  weight: number;
  row0: number;
  row1: number;
  col0: number;
  col1: number;
}

/** Two zones of one tier overlapping. */
export interface ZoneOverlap {
  a: number;
  b: number;
  /** Overlap area in cells (cell shares above 1). */
  cells: number;
}

/** The grid laid over the zones, each zone's cells, and same-tier overlaps. */
export interface ZoneGrid {
  frame: GridFrame;
  rasters: ZoneRaster[];
  overlaps: ZoneOverlap[];
}

function bounds(frame: GridFrame, cells: Int32Array, frac: Float32Array): ZoneRaster {
  const cols = frame.cols;
  const n = cells.length;
  let col0 = cols;
  let col1 = -1;
  let weight = 0;
  for (let k = 0; k < n; k++) {
    const col = (cells[k] as number) % cols;
    if (col < col0) col0 = col;
    if (col > col1) col1 = col;
    weight += frac[k] as number;
  }
  // Cells are ascending, so the first and last give the rows.
  const row0 = n > 0 ? Math.floor((cells[0] as number) / cols) : frame.rows;
  const row1 = n > 0 ? Math.floor((cells[n - 1] as number) / cols) : -1;
  return { cells, frac, weight, row0, row1, col0, col1 };
}

/** A zone smaller than a cell still gets the one cell under a point inside it. */
function fallbackCells(frame: GridFrame, z: PreparedZone): Int32Array {
  if (!z.bbox) return new Int32Array(0);
  const geom: MultiPolygon = { type: 'MultiPolygon', coordinates: z.polygons };
  const [lon, lat] = pointOnFeature(geom).geometry.coordinates as [number, number];
  const c = cellAt(frame, lon, lat);
  return c >= 0 ? Int32Array.of(c) : new Int32Array(0);
}

/** Grids above this many cells get coarser cells (memory: a few bytes per cell per reach). */
export const MAX_GRID_CELLS = 8_000_000;

/** The grid at `cellSizeM`, or at a coarser whole multiple when it would exceed MAX_GRID_CELLS. */
function frameWithin(bbox: [number, number, number, number], cellSizeM: number): GridFrame {
  const frame = createFrame(bbox, cellSizeM);
  const n = frame.rows * frame.cols;
  if (n <= MAX_GRID_CELLS) return frame;
  return createFrame(bbox, cellSizeM * Math.ceil(Math.sqrt(n / MAX_GRID_CELLS) * 1.01));
}

/**
 * Lays the grid over all zones and rasterizes each zone (cell centre inside the zone), noting
 * cells claimed by two zones of the same tier.
 */
export function buildZoneGrid(zones: readonly PreparedZone[], cellSizeM: number): ZoneGrid {
  const boxes = zones.flatMap((z) => (z.bbox ? [z.bbox] : []));
  const bbox: [number, number, number, number] =
    boxes.length === 0
      ? [0, 0, 0.001, 0.001]
      : [
          Math.min(...boxes.map((b) => b[0])),
          Math.min(...boxes.map((b) => b[1])),
          Math.max(...boxes.map((b) => b[2])),
          Math.max(...boxes.map((b) => b[3])),
        ];
  const frame = frameWithin(bbox, cellSizeM);
  const rasters = zones.map((z) => {
    const r = rasterizeRings(frame, projectZoneRings(z, frame.lon0Deg));
    if (r.cells.length > 0) return bounds(frame, r.cells, r.frac);
    const cells = fallbackCells(frame, z);
    return bounds(frame, cells, new Float32Array(cells.length).fill(1));
  });
  const overlaps: ZoneOverlap[] = [];
  const owner = new Int32Array(frame.rows * frame.cols);
  const fill = new Float32Array(frame.rows * frame.cols);
  for (let t = 0; t < TIER_COUNT; t++) {
    if (!zones.some((z) => z.tier === t)) continue;
    owner.fill(-1);
    fill.fill(0);
    const pairs = new Map<number, number>();
    zones.forEach((z, i) => {
      if (z.tier !== t) return;
      const { cells, frac } = rasters[i] as ZoneRaster;
      for (let k = 0; k < cells.length; k++) {
        const c = cells[k] as number;
        const f = frac[k] as number;
        const prev = owner[c] as number;
        const excess = (fill[c] as number) + f - 1;
        if (prev >= 0 && excess > 0.01) {
          const key = prev * zones.length + i;
          pairs.set(key, (pairs.get(key) ?? 0) + Math.min(f, excess));
        }
        fill[c] = (fill[c] as number) + f;
        owner[c] = i;
      }
    });
    for (const [key, cells] of pairs)
      overlaps.push({ a: Math.floor(key / zones.length), b: key % zones.length, cells });
  }
  return { frame, rasters, overlaps };
}
