import type { ZoneLevel } from '../../domain/index.ts';

/**
 * Zones of one tier tile the area without overlapping: county; township and street (both 乡级);
 * village. Cells and facilities are assigned to one zone per tier.
 */
export const TIER_OF_LEVEL: Record<ZoneLevel, number> = { county: 0, township: 1, street: 1, village: 2 };
/** Number of tiers (county, township/street, village). */
export const TIER_COUNT = 3;

/** The tier whose zones make up the whole-area figures: township/street, else county, else village. */
export function areaTier(presentTiers: ReadonlySet<number>): number {
  for (const t of [1, 0, 2]) if (presentTiers.has(t)) return t;
  return 1;
}
