import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { MultiPolygon } from 'geojson';
import type { PreparedZone } from './prepare_zone.ts';
import { TIER_COUNT } from './zone_tiers.ts';

/** Finds the one zone of a tier that contains a point. */
export interface ZoneLocator {
  /** Index into the prepared zones of the zone containing the point, or -1. */
  locate(lonDeg: number, latDeg: number, tier: number): number;
}

interface TierIndex {
  index: Flatbush;
  zoneIdx: number[];
}

/**
 * Point-in-polygon over flatbush-indexed zone boxes. Tie-break for a point on a shared border:
 * a zone whose interior holds the point wins; otherwise, of the zones whose boundary holds it, the
 * one with the smallest `code` (plain string order). Every point thus lands in at most one zone per tier.
 */
export function createZoneLocator(zones: readonly PreparedZone[]): ZoneLocator {
  const geoms: MultiPolygon[] = zones.map((z) => ({ type: 'MultiPolygon', coordinates: z.polygons }));
  const tiers: (TierIndex | null)[] = [];
  for (let t = 0; t < TIER_COUNT; t++) {
    const members = zones.map((z, i) => (z.tier === t && z.bbox ? i : -1)).filter((i) => i >= 0);
    if (members.length === 0) {
      tiers.push(null);
      continue;
    }
    const index = new Flatbush(members.length);
    for (const i of members) {
      const b = zones[i]?.bbox as [number, number, number, number];
      index.add(b[0], b[1], b[2], b[3]);
    }
    index.finish();
    tiers.push({ index, zoneIdx: members });
  }
  return {
    locate(lonDeg, latDeg, tier) {
      const t = tiers[tier];
      if (!t || !Number.isFinite(lonDeg) || !Number.isFinite(latDeg)) return -1;
      const pt: [number, number] = [lonDeg, latDeg];
      const inside = t.index
        .search(lonDeg, latDeg, lonDeg, latDeg)
        .map((k) => t.zoneIdx[k] as number)
        .filter((i) => booleanPointInPolygon(pt, geoms[i] as MultiPolygon));
      if (inside.length <= 1) return inside[0] ?? -1;
      const strict = inside.filter((i) =>
        booleanPointInPolygon(pt, geoms[i] as MultiPolygon, { ignoreBoundary: true }),
      );
      const pool = strict.length > 0 ? strict : inside;
      return pool.reduce((best, i) =>
        (zones[i]?.zone.code ?? '') < (zones[best]?.zone.code ?? '') ? i : best,
      );
    },
  };
}
