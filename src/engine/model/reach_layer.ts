import type { MultiPolygon, Polygon } from 'geojson';
import type { Facility, FacilityStatus, ReachRule, ZoneClass } from '../../domain/index.ts';
import { type CellRange, type CountArray, forEachDiskRow, stampAllDisks } from '../grid/disk.ts';
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
  /** Zones whose covered cells may have changed since `covCells`/`covPop` were last summed. */
  dirty: Uint8Array;
  /**
   * Traced gap outline per zone (null: nothing to draw); `undefined` when the zone's covered
   * cells may have changed since it was traced, so it must be traced again.
   */
  gapShapes: (Polygon | MultiPolygon | null | undefined)[];
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
    gapShapes: new Array(zoneCount).fill(undefined),
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

/**
 * Adds (+1) or removes (−1) one facility's reach disks and marks dirty the zones holding a cell
 * whose coverage changed (its counter went 0 → 1 or 1 → 0); cells still reached by another
 * facility change nothing, so their zones keep their sums and gap outlines.
 */
export function stampFacility(
  layer: ReachLayer,
  frame: GridFrame,
  zones: readonly LayerZone[],
  f: Facility,
  delta: 1 | -1,
): void {
  if (!Number.isFinite(f.lon) || !Number.isFinite(f.lat)) return;
  const cols = frame.cols;
  // A cell's coverage flips when its counter ends at 1 after +1, or at 0 after −1.
  const flipAt = delta === 1 ? 1 : 0;
  layer.radiiKm.forEach((r, k) => {
    const counts = layer.counts[k] as CountArray;
    const flipped: CellRange = { row0: frame.rows, row1: -1, col0: cols, col1: -1 };
    forEachDiskRow(frame, f.lon, f.lat, r, (base, i0, i1) => {
      let lo = -1;
      let hi = -1;
      for (let i = i0; i <= i1; i++) {
        const v = (counts[base + i] as number) + delta;
        counts[base + i] = v;
        if (v === flipAt) {
          if (lo < 0) lo = i;
          hi = i;
        }
      }
      if (lo < 0) return;
      const row = base / cols;
      if (row < flipped.row0) flipped.row0 = row;
      if (row > flipped.row1) flipped.row1 = row;
      if (lo < flipped.col0) flipped.col0 = lo;
      if (hi > flipped.col1) flipped.col1 = hi;
    });
    if (flipped.row1 >= 0) markDirty(layer, zones, flipped, k);
  });
}

/** Re-stamps a layer from scratch with the facilities that count for its rule (one pass per reach). */
export function stampAll(layer: ReachLayer, frame: GridFrame, facilities: readonly Facility[]): void {
  layer.radiiKm.forEach((r, k) => {
    stampAllDisks(frame, layer.counts[k] as CountArray, facilities, r);
  });
  layer.dirty.fill(1);
  layer.gapShapes.fill(undefined);
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
    layer.gapShapes[i] = undefined;
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
