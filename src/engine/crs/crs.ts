import type { Position } from 'geojson';
import proj4 from 'proj4';
import type { Label } from '../../domain/index.ts';
import { gkEsriName, gkProj4, gkZoneOfEpsg } from './gauss_kruger.ts';
import { bd09ToWgs84, gcj02ToWgs84, wgs84ToBd09, wgs84ToGcj02 } from './gcj02.ts';

/**
 * Coordinate systems the planner meets. `wgs84` and `cgcs2000` (EPSG:4490) are the same for display
 * (they differ by centimetres); `gcj02` and `bd09` are the offset systems of Chinese web maps;
 * `EPSG:n` names a projection: CGCS2000 Gauss-Krüger 4491–4554, Web Mercator 3857, or 4326/4490.
 */
export type CrsId = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09' | `EPSG:${number}`;

/** A resolved coordinate system: a known id, or a `custom` one defined by proj4 text or WKT. */
export interface Crs {
  id: CrsId | 'custom';
  /** Human-readable name, e.g. `CGCS2000_3_Degree_GK_CM_102E`. */
  name: string;
  /** proj4 string or WKT, for `custom` and projected EPSG codes. */
  definition?: string;
  /** True when coordinates are metres rather than degrees. */
  projected: boolean;
}

export type PositionTransform = (p: Position) => Position;

const identity: PositionTransform = (p) => [p[0] as number, p[1] as number];

const NAMES: Record<'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09', Label> = {
  wgs84: { zh: 'WGS-84 经纬度', en: 'WGS-84 longitude/latitude' },
  cgcs2000: { zh: 'CGCS2000 经纬度（EPSG:4490）', en: 'CGCS2000 longitude/latitude (EPSG:4490)' },
  gcj02: { zh: 'GCJ-02（高德、腾讯等火星坐标）', en: 'GCJ-02 (AMap/Tencent offset coordinates)' },
  bd09: { zh: 'BD-09（百度坐标）', en: 'BD-09 (Baidu coordinates)' },
};

/** Bilingual name of a coordinate system for messages. */
export function crsLabel(crs: Crs): Label {
  if (crs.id === 'wgs84' || crs.id === 'cgcs2000' || crs.id === 'gcj02' || crs.id === 'bd09')
    return NAMES[crs.id];
  return { zh: crs.name, en: crs.name };
}

/**
 * Resolves an id to a coordinate system, or undefined when the id is not one the product knows.
 *
 * @example crsOf('EPSG:4545')?.name // 'CGCS2000_3_Degree_GK_CM_108E'
 */
export function crsOf(id: string): Crs | undefined {
  const lower = id.trim().toLowerCase();
  if (lower === 'wgs84' || lower === 'epsg:4326') return { id: 'wgs84', name: 'WGS 84', projected: false };
  if (lower === 'cgcs2000' || lower === 'epsg:4490')
    return { id: 'cgcs2000', name: 'CGCS2000', projected: false };
  if (lower === 'gcj02') return { id: 'gcj02', name: 'GCJ-02', projected: false };
  if (lower === 'bd09') return { id: 'bd09', name: 'BD-09', projected: false };
  const m = /^epsg:(\d+)$/.exec(lower);
  if (!m) return undefined;
  const epsg = Number(m[1]);
  if (epsg === 3857) {
    return { id: 'EPSG:3857', name: 'WGS 84 / Pseudo-Mercator', definition: 'EPSG:3857', projected: true };
  }
  const zone = gkZoneOfEpsg(epsg);
  if (!zone) return undefined;
  return { id: `EPSG:${epsg}`, name: gkEsriName(zone), definition: gkProj4(zone), projected: true };
}

function projTransform(definition: string, inverse: boolean): PositionTransform | undefined {
  try {
    const converter = proj4(definition, 'WGS84');
    return inverse
      ? (p) => converter.inverse([p[0] as number, p[1] as number])
      : (p) => converter.forward([p[0] as number, p[1] as number]);
  } catch {
    return undefined;
  }
}

/**
 * A function taking one position in `crs` to WGS-84 lon/lat degrees, or undefined when the
 * definition cannot be used.
 *
 * @example toWgs84Transform(crsOf('EPSG:4543')!)!([570643.30, 2770667.75]) // ≈ [102.7, 25.04]
 */
export function toWgs84Transform(crs: Crs): PositionTransform | undefined {
  if (crs.id === 'wgs84' || crs.id === 'cgcs2000') return identity;
  if (crs.id === 'gcj02') return gcj02ToWgs84;
  if (crs.id === 'bd09') return bd09ToWgs84;
  return crs.definition ? projTransform(crs.definition, false) : undefined;
}

/** The inverse of {@link toWgs84Transform}: WGS-84 lon/lat degrees into `crs`. */
export function fromWgs84Transform(crs: Crs): PositionTransform | undefined {
  if (crs.id === 'wgs84' || crs.id === 'cgcs2000') return identity;
  if (crs.id === 'gcj02') return wgs84ToGcj02;
  if (crs.id === 'bd09') return wgs84ToBd09;
  return crs.definition ? projTransform(crs.definition, true) : undefined;
}
