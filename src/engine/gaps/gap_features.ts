import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GapFeature, RuleResult } from '../../domain/index.ts';
import type { CountArray } from '../grid/disk.ts';
import { type GridFrame, unprojectPoint } from '../grid/frame.ts';
import type { ModelZone } from '../model/model_zone.ts';
import type { ReachLayer } from '../model/reach_layer.ts';
import { chamferRing, simplifyRing } from './simplify_ring.ts';
import { type CornerRing, traceMask } from './trace_mask.ts';

/** Corners are cut by half a cell (staircases become diagonals), then simplified by a quarter cell. */
const CHAMFER_CELLS = 0.5;
const TOLERANCE_CELLS = 0.25;

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function toLonLat(frame: GridFrame, ring: CornerRing, col0: number, row0: number): Position[] {
  const s = frame.cellSizeM;
  const pts: Position[] = [];
  for (let i = 0; i < ring.length; i += 2) {
    const [lon, lat] = unprojectPoint(
      frame.lon0Deg,
      frame.x0M + (col0 + (ring[i] as number)) * s,
      frame.y0M + (row0 + (ring[i + 1] as number)) * s,
    );
    pts.push([round6(lon), round6(lat)]);
  }
  pts.push(pts[0] as Position);
  return pts;
}

/**
 * Traces the uncovered cells of one zone (edge cells when at least half inside) into a
 * (Multi)Polygon with corners cut by ½ cell and simplified by ¼ cell; null when none is uncovered.
 */
function traceGap(frame: GridFrame, counts: CountArray, zone: ModelZone): Polygon | MultiPolygon | null {
  const { cells, frac, row0, row1, col0, col1 } = zone.raster;
  const w = col1 - col0 + 1;
  const h = row1 - row0 + 1;
  const mask = new Uint8Array(w * h);
  let any = false;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k] as number;
    // Edge cells mostly outside the zone stay out, so the outline follows the border to ±½ cell.
    if ((counts[c] as number) > 0 || (frac[k] as number) < 0.5) continue;
    const r = Math.floor(c / frame.cols);
    mask[(r - row0) * w + (c - r * frame.cols - col0)] = 1;
    any = true;
  }
  if (!any) return null;
  const polygons = traceMask(mask, w, h).map((rings) =>
    rings.map((ring) =>
      toLonLat(frame, simplifyRing(chamferRing(ring, CHAMFER_CELLS), TOLERANCE_CELLS), col0, row0),
    ),
  );
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The uncovered part of zone `zoneIndex` for one reach rule, as a (Multi)Polygon traced around
 * the zone's uncovered cells; null when every cell is covered or the zone is n/a. The outline is
 * kept in the layer until a stamp changes the zone's covered cells (see `stampFacility`), so a
 * drag re-traces only the zones it changed. Area and population come from the zone's result
 * (grid figures), not from the traced shape.
 */
export function gapFeature(
  frame: GridFrame,
  layer: ReachLayer,
  zones: readonly ModelZone[],
  zoneIndex: number,
  result: RuleResult,
): GapFeature | null {
  const zone = zones[zoneIndex] as ModelZone;
  const counts = layer.counts[layer.classRadius[zone.cls]] as CountArray | undefined;
  const m = result.reach;
  if (!counts || !m || m.areaCoveredKm2 >= m.areaKm2) return null;
  let geometry = layer.gapShapes[zoneIndex];
  if (geometry === undefined) {
    geometry = traceGap(frame, counts, zone);
    layer.gapShapes[zoneIndex] = geometry;
  }
  if (!geometry) return null;
  const z = zone.prepared.zone;
  return {
    type: 'Feature',
    geometry,
    properties: {
      ruleId: layer.rule.id,
      zoneCode: z.code,
      zoneName: z.name,
      areaKm2: m.areaKm2 - m.areaCoveredKm2,
      population: m.peopleOutside,
    },
  };
}
