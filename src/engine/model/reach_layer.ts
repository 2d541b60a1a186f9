import type { Facility, FacilityStatus, ReachRule, ZoneClass } from '../../domain/index.ts';
import { type CellRange, type CountArray, stampAllDisks, stampDisk } from '../grid/disk.ts';
import type { GridFrame } from '../grid/frame.ts';
import { effectiveReachKm } from '../reach_km.ts';
import type { ZoneRaster } from './zone_grid.ts';
import type { ZonePopulation } from './zone_population.ts';

/**
 * One reach rule on the grid: for each distinct reach (one per zone class at most) a counter per
 * cell of the counting facilities within reach, plus cached per-zone sums refreshed lazily.
 */
export interface ReachLayer {
  rule: ReachRule;
  radiiKm: number[];
  /** Index into `radiiKm` per zone class, -1 when the class has no threshold. */
  classRadius: Record<ZoneClass, number>;
  counts: CountArray[];
  /** Covered cell area per zone, in cells (edge cells count by their share). */
  covCells: Float64Array;
  covPop: Float64Array;
  dirty: Uint8Array;
}

/** A zone with its cells and residents, as the layers see it. */
export interface LayerZone {
  cls: ZoneClass;
  raster: ZoneRaster;
  pop: ZonePopulation;
}

/** Creates an empty layer (no facility stamped yet); `wide` picks 32-bit counters. */
export function createReachLayer(
  rule: ReachRule,
  frame: GridFrame,
  zoneCount: number,
  wide: boolean,
): ReachLayer {
  const radiiKm: number[] = [];
  const classRadius: Record<ZoneClass, number> = { urban: -1, rural: -1 };
  for (const cls of ['urban', 'rural'] as const) {
    const t = rule.thresholds[cls];
    const r = t ? effectiveReachKm(t) : null;
    if (r === null) continue;
    let k = radiiKm.indexOf(r);
    if (k < 0) k = radiiKm.push(r) - 1;
    classRadius[cls] = k;
  }
  const n = frame.rows * frame.cols;
  const counts = radiiKm.map(() => (wide ? new Uint32Array(n) : new Uint16Array(n)));
  const dirty = new Uint8Array(zoneCount).fill(1);
  return {
    rule,
    radiiKm,
    classRadius,
    counts,
    covCells: new Float64Array(zoneCount),
    covPop: new Float64Array(zoneCount),
    dirty,
  };
}

/** True when the facility counts for the rule (listed kind and counted status). */
export function countsFor(
  rule: { kinds?: readonly string[] },
  f: Facility,
  statuses: ReadonlySet<FacilityStatus>,
) {
  return statuses.has(f.status) && (!rule.kinds || rule.kinds.includes(f.kind));
}

/** Adds (+1) or removes (−1) one facility's reach disks and marks the zones they touch dirty. */
export function stampFacility(
  layer: ReachLayer,
  frame: GridFrame,
  zones: readonly LayerZone[],
  f: Facility,
  delta: 1 | -1,
): void {
  if (!Number.isFinite(f.lon) || !Number.isFinite(f.lat)) return;
  layer.radiiKm.forEach((r, k) => {
    const range = stampDisk(frame, layer.counts[k] as CountArray, f.lon, f.lat, r, delta);
    if (range) markDirty(layer, zones, range, k);
  });
}

/** Re-stamps a layer from scratch with the facilities that count for its rule (one pass per reach). */
export function stampAll(layer: ReachLayer, frame: GridFrame, facilities: readonly Facility[]): void {
  layer.radiiKm.forEach((r, k) => {
    stampAllDisks(frame, layer.counts[k] as CountArray, facilities, r);
  });
  layer.dirty.fill(1);
}

function markDirty(
  layer: ReachLayer,
  zones: readonly LayerZone[],
  range: CellRange,
  radiusIdx: number,
): void {
  zones.forEach((z, i) => {
    const b = z.raster;
    if (layer.classRadius[z.cls] !== radiusIdx || b.cells.length === 0) return;
    if (b.row1 < range.row0 || b.row0 > range.row1 || b.col1 < range.col0 || b.col0 > range.col1) return;
    layer.dirty[i] = 1;
  });
}

/** Recomputes the covered cells and residents of every dirty zone. */
export function refreshLayer(layer: ReachLayer, zones: readonly LayerZone[]): void {
  zones.forEach((z, i) => {
    if (!layer.dirty[i]) return;
    layer.dirty[i] = 0;
    const k = layer.classRadius[z.cls];
    const counts = layer.counts[k];
    if (!counts) return;
    const { cells, frac, weight } = z.raster;
    const w = z.pop.weights;
    let covCells = 0;
    let covPop = 0;
    for (let s = 0; s < cells.length; s++) {
      if ((counts[cells[s] as number] as number) > 0) {
        covCells += frac[s] as number;
        if (w) covPop += w[s] as number;
      }
    }
    layer.covCells[i] = covCells;
    layer.covPop[i] = w ? covPop : weight > 0 ? (covCells * (z.pop.total ?? 0)) / weight : 0;
  });
}
