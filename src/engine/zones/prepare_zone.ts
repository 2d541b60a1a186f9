import { area as turfArea } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import type { Zone } from '../../domain/index.ts';
import { projectPoint } from '../grid/frame.ts';
import { ringProblem, ringSelfIntersects } from './validate_rings.ts';
import { TIER_OF_LEVEL } from './zone_tiers.ts';

/** A zone with its cleaned rings, bounding box, exact area and geometry problems. */
export interface PreparedZone {
  zone: Zone;
  tier: number;
  /** Usable closed lon/lat rings, per polygon part (outer ring first). */
  polygons: Position[][][];
  /** [minLon, minLat, maxLon, maxLat], or null when no ring is usable. */
  bbox: [number, number, number, number] | null;
  /** Area on the sphere (Turf `area`, R = 6371.0088 km), km². */
  areaKm2: number;
  /** Reasons the geometry is invalid (empty when valid). */
  problems: string[];
}

function cleanRing(ring: Position[], problems: string[]): Position[] | null {
  const problem = ringProblem(ring);
  if (problem) {
    problems.push(problem);
    return null;
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    problems.push('ring not closed');
    return [...ring, first];
  }
  return ring;
}

/** Cleans a zone's geometry and measures it, without mutating the zone. */
export function prepareZone(zone: Zone): PreparedZone {
  const problems: string[] = [];
  const geom = zone.geometry as { type?: string; coordinates?: unknown } | undefined;
  let parts: Position[][][] = [];
  if (geom?.type === 'Polygon' && Array.isArray(geom.coordinates)) parts = [geom.coordinates as Position[][]];
  else if (geom?.type === 'MultiPolygon' && Array.isArray(geom.coordinates))
    parts = geom.coordinates as Position[][][];
  else problems.push('geometry is not a Polygon or MultiPolygon');
  const polygons: Position[][][] = [];
  for (const part of parts) {
    const rings = part.map((r) => cleanRing(r, problems));
    const outer = rings[0];
    if (!outer) continue;
    polygons.push(rings.filter((r): r is Position[] => r !== null));
  }
  if (polygons.some((p) => p.some(ringSelfIntersects))) problems.push('ring crosses itself');
  let bbox: PreparedZone['bbox'] = null;
  for (const p of polygons) {
    for (const [lon, lat] of p[0] as Position[]) {
      const x = lon as number;
      const y = lat as number;
      bbox = bbox
        ? [Math.min(bbox[0], x), Math.min(bbox[1], y), Math.max(bbox[2], x), Math.max(bbox[3], y)]
        : [x, y, x, y];
    }
  }
  const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
  const areaKm2 = polygons.length > 0 ? turfArea(mp) / 1e6 : 0;
  if (polygons.length > 0 && !(areaKm2 > 0)) problems.push('zero area');
  return { zone, tier: TIER_OF_LEVEL[zone.level] ?? 1, polygons, bbox, areaKm2, problems };
}

const MAX_STEP_DEG = 0.01;

/**
 * The zone's rings projected to the grid's sinusoidal metres, edges densified to ≤ 0.01° so that
 * straight lon/lat edges stay straight to within centimetres after projection.
 */
export function projectZoneRings(prepared: PreparedZone, lon0Deg: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (const polygon of prepared.polygons) {
    for (const ring of polygon) {
      const xy: number[] = [];
      for (let k = 0; k < ring.length - 1; k++) {
        const [ax, ay] = ring[k] as [number, number];
        const [bx, by] = ring[k + 1] as [number, number];
        const steps = Math.max(1, Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / MAX_STEP_DEG));
        for (let t = 0; t < steps; t++)
          xy.push(...projectPoint(lon0Deg, ax + ((bx - ax) * t) / steps, ay + ((by - ay) * t) / steps));
      }
      const [lx, ly] = ring[ring.length - 1] as [number, number];
      xy.push(...projectPoint(lon0Deg, lx, ly));
      out.push(Float64Array.from(xy));
    }
  }
  return out;
}
