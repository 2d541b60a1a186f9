import type { FeatureCollection } from 'geojson';
import { crsOf, toWgs84Transform } from './crs.ts';
import type { CoordinateFix } from './diagnose.ts';
import { transformFeatures } from './transform_features.ts';

/**
 * Applies a fix offered by `diagnoseCoordinates` and returns a new collection: `swap_latlon` swaps
 * x and y of the listed features; `assume_crs` reads every coordinate in the given system and
 * converts it to WGS-84. The input is not mutated.
 *
 * @example applyCoordinateFix(fc, { kind: 'assume_crs', crs: 'gcj02', label }) // fc in WGS-84
 */
export function applyCoordinateFix(fc: FeatureCollection, fix: CoordinateFix): FeatureCollection {
  if (fix.kind === 'swap_latlon') {
    return transformFeatures(fc, (p) => [p[1] as number, p[0] as number], new Set(fix.featureIndexes));
  }
  const crs = crsOf(fix.crs);
  const fn = crs && toWgs84Transform(crs);
  if (!fn) return fc;
  return transformFeatures(fc, fn);
}
