import type { ReachThreshold } from '../domain/index.ts';

/**
 * Straight-line reach of a threshold, km: `radiusKm`, or minutes turned into km by the travel
 * assumption (speedKmh × minutes / 60 / detourFactor); with both, `either` takes the larger and
 * `both` the smaller. Null when the threshold gives neither a radius nor usable minutes.
 *
 * @example effectiveReachKm({ radiusKm: 5, minutes: 15, combine: 'either',
 *   travel: { mode: 'drive', speedKmh: 40, detourFactor: 1.3 } }) // max(5, 7.69) = 7.69 km
 */
export function effectiveReachKm(threshold: ReachThreshold): number | null {
  const radius = threshold.radiusKm !== undefined && threshold.radiusKm >= 0 ? threshold.radiusKm : null;
  const t = threshold.travel;
  const byTime =
    threshold.minutes !== undefined && t && t.speedKmh > 0 && t.detourFactor > 0
      ? (t.speedKmh * threshold.minutes) / 60 / t.detourFactor
      : null;
  if (radius !== null && byTime !== null) {
    return threshold.combine === 'both' ? Math.min(radius, byTime) : Math.max(radius, byTime);
  }
  return radius ?? byTime;
}
