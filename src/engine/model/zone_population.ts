import type { PopulationPoint } from '../../domain/index.ts';
import { cellAt, type GridFrame } from '../grid/frame.ts';
import type { PreparedZone } from '../zones/prepare_zone.ts';
import type { ZoneLocator } from '../zones/zone_locator.ts';
import { TIER_COUNT } from '../zones/zone_tiers.ts';
import type { ZoneRaster } from './zone_grid.ts';

/** How a zone's residents are spread over its cells. */
export interface ZonePopulation {
  /** Residents counted for the zone; null when unknown. */
  total: number | null;
  /** Residents per cell, aligned with the zone's cells; null for an even spread. */
  weights: Float64Array | null;
}

/** Zone populations and the population-layer points that fell outside every zone. */
export interface SpreadResult {
  pops: ZonePopulation[];
  /** Population points inside no zone. */
  pointsOutside: number;
  peopleOutside: number;
}

function binarySearch(cells: Int32Array, c: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = cells[mid] as number;
    if (v === c) return mid;
    if (v < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Position in the zone's cell list of the cell at (or, for edge cells, next to) a point. */
function slotFor(frame: GridFrame, raster: ZoneRaster, lon: number, lat: number): number {
  const c = cellAt(frame, lon, lat);
  if (c < 0 || raster.cells.length === 0) return 0;
  const row = Math.floor(c / frame.cols);
  const col = c - row * frame.cols;
  for (let ring = 0; ring <= 3; ring++) {
    for (let dr = -ring; dr <= ring; dr++) {
      for (let dc = -ring; dc <= ring; dc++) {
        if (Math.max(Math.abs(dr), Math.abs(dc)) !== ring) continue;
        const slot = binarySearch(raster.cells, (row + dr) * frame.cols + col + dc);
        if (slot >= 0) return slot;
      }
    }
  }
  return 0;
}

interface InteriorCells {
  zone: Int32Array;
  slot: Int32Array;
}

/**
 * Per tier, for cells wholly inside one zone: that zone and the cell's position in its list
 * (-1 elsewhere). Points in such cells need no point-in-polygon test.
 */
function interiorCells(
  zones: readonly PreparedZone[],
  rasters: readonly ZoneRaster[],
  frame: GridFrame,
): (InteriorCells | null)[] {
  const n = frame.rows * frame.cols;
  const out: (InteriorCells | null)[] = [];
  for (let t = 0; t < TIER_COUNT; t++) {
    if (!zones.some((z) => z.tier === t)) {
      out.push(null);
      continue;
    }
    const zone = new Int32Array(n).fill(-1);
    const slot = new Int32Array(n);
    zones.forEach((z, i) => {
      if (z.tier !== t) return;
      const { cells, frac } = rasters[i] as ZoneRaster;
      for (let k = 0; k < cells.length; k++) {
        if ((frac[k] as number) < 1 - 1e-6) continue;
        const c = cells[k] as number;
        zone[c] = zone[c] === -1 ? i : -2;
        slot[c] = k;
      }
    });
    out.push({ zone, slot });
  }
  return out;
}

/**
 * The zone of a cell whose 3 × 3 neighbourhood lies wholly inside that one zone, else -1: a
 * point there is in that zone even on the cell's edge, so it needs no point-in-polygon test.
 */
function coreZone(inner: InteriorCells, c: number, frame: GridFrame): number {
  const z = inner.zone[c] as number;
  if (z < 0) return -1;
  const row = Math.floor(c / frame.cols);
  const col = c - row * frame.cols;
  if (row === 0 || col === 0 || row === frame.rows - 1 || col === frame.cols - 1) return -1;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) if (inner.zone[c + dr * frame.cols + dc] !== z) return -1;
  }
  return z;
}

/**
 * Zone populations and per-cell weights. Without a layer, each zone's population spreads evenly
 * over its cells. With one, each point goes to the zone containing it (per tier) and to its
 * cell; the zone's official population, when known, is kept and distributed like the points;
 * when unknown, the points' sum becomes the zone's population.
 */
export function spreadPopulation(
  zones: readonly PreparedZone[],
  rasters: readonly ZoneRaster[],
  frame: GridFrame,
  locator: ZoneLocator,
  points: readonly PopulationPoint[] | undefined,
): SpreadResult {
  const layer: (Float64Array | null)[] = zones.map(() => null);
  let pointsOutside = 0;
  let peopleOutside = 0;
  const interior = points && points.length > 0 ? interiorCells(zones, rasters, frame) : [];
  for (const p of points ?? []) {
    if (!(p.population > 0)) continue;
    let found = false;
    const c = cellAt(frame, p.lon, p.lat);
    for (let t = 0; t < TIER_COUNT; t++) {
      const inner = interior[t];
      const zi = inner && c >= 0 ? coreZone(inner, c, frame) : -1;
      const z = zi >= 0 ? zi : locator.locate(p.lon, p.lat, t);
      if (z < 0) continue;
      found = true;
      const raster = rasters[z] as ZoneRaster;
      if (raster.cells.length === 0) continue;
      let w = layer[z];
      if (!w) {
        w = new Float64Array(raster.cells.length);
        layer[z] = w;
      }
      const slot =
        zi >= 0 ? ((inner as InteriorCells).slot[c] as number) : slotFor(frame, raster, p.lon, p.lat);
      w[slot] = (w[slot] as number) + p.population;
    }
    if (!found) {
      pointsOutside++;
      peopleOutside += p.population;
    }
  }
  const pops = zones.map((z, i): ZonePopulation => {
    const w = layer[i];
    const sum = w ? w.reduce((a, b) => a + b, 0) : 0;
    const official = z.zone.population;
    const total = official ?? (sum > 0 ? sum : null);
    if (!w || !(sum > 0) || total === null || !(total > 0)) return { total, weights: null };
    const f = total / sum;
    return { total, weights: w.map((v) => v * f) };
  });
  return { pops, pointsOutside, peopleOutside };
}
