import type { Position } from 'geojson';

/** Krasovsky-1940 semi-major axis and eccentricity² used by the public GCJ-02 algorithm. */
const KRASOVSKY_A_M = 6378245.0;
const KRASOVSKY_EE = 0.006693421622965943;
const X_PI = (Math.PI * 3000.0) / 180.0;
/** Stop the inverse iterations once the forward result is within this of the target, degrees. */
const INVERSE_TOLERANCE_DEG = 1e-10;
const MAX_ITERATIONS = 30;

/**
 * True outside the rough box (72.004–137.8347° E, 0.8293–55.8271° N) in which the GCJ-02 offset is
 * applied; outside it GCJ-02 and BD-09 (before its own offset) equal WGS-84.
 */
export function outOfChina(lonDeg: number, latDeg: number): boolean {
  return lonDeg < 72.004 || lonDeg > 137.8347 || latDeg < 0.8293 || latDeg > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/**
 * WGS-84 → GCJ-02 ("Mars coordinates" of Chinese commercial maps), the well-known public algorithm.
 *
 * @example wgs84ToGcj02([121.5272106, 31.1774276]) // ≈ [121.531541859, 31.175303984]
 */
export function wgs84ToGcj02(p: Position): Position {
  const lon = p[0] as number;
  const lat = p[1] as number;
  if (outOfChina(lon, lat)) return [lon, lat];
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) * Math.sin(radLat);
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (offsetLat(lon - 105.0, lat - 35.0) * 180.0) /
    (((KRASOVSKY_A_M * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon =
    (offsetLon(lon - 105.0, lat - 35.0) * 180.0) / ((KRASOVSKY_A_M / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** Inverts `forward` near `target` by fixed-point iteration (the offset is smooth and small). */
function invert(forward: (p: Position) => Position, target: Position): Position {
  const tx = target[0] as number;
  const ty = target[1] as number;
  let x = tx;
  let y = ty;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const f = forward([x, y]);
    const dx = (f[0] as number) - tx;
    const dy = (f[1] as number) - ty;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) < INVERSE_TOLERANCE_DEG && Math.abs(dy) < INVERSE_TOLERANCE_DEG) break;
  }
  return [x, y];
}

/**
 * GCJ-02 → WGS-84 by iterating the forward transform until it reproduces the input within 1e-10°
 * (millimetres), far better than the one-step approximation's 1–2 m.
 */
export function gcj02ToWgs84(p: Position): Position {
  if (outOfChina(p[0] as number, p[1] as number)) return [p[0] as number, p[1] as number];
  return invert(wgs84ToGcj02, p);
}

/** GCJ-02 → BD-09 (Baidu), the public algorithm. */
export function gcj02ToBd09(p: Position): Position {
  const x = p[0] as number;
  const y = p[1] as number;
  const z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** BD-09 → GCJ-02: the public closed form refined by iteration of {@link gcj02ToBd09}. */
export function bd09ToGcj02(p: Position): Position {
  return invert(gcj02ToBd09, p);
}

/** WGS-84 → BD-09. */
export function wgs84ToBd09(p: Position): Position {
  return gcj02ToBd09(wgs84ToGcj02(p));
}

/** BD-09 → WGS-84. */
export function bd09ToWgs84(p: Position): Position {
  return gcj02ToWgs84(bd09ToGcj02(p));
}
