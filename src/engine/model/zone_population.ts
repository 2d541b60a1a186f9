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
  for (const p of points ?? []) {
    if (!(p.population > 0)) continue;
    let found = false;
    for (let t = 0; t < TIER_COUNT; t++) {
      const z = locator.locate(p.lon, p.lat, t);
      if (z < 0) continue;
      found = true;
      const raster = rasters[z] as ZoneRaster;
      if (raster.cells.length === 0) continue;
      let w = layer[z];
      if (!w) {
        w = new Float64Array(raster.cells.length);
        layer[z] = w;
      }
      const slot = slotFor(frame, raster, p.lon, p.lat);
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
