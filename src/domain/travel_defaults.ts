import type { TravelAssumption } from './rules.ts';

/** Walking speed of an adult, including older residents, km/h. */
export const WALK_SPEED_KMH = 4.5;
/** Cycling or e-bike speed through city streets, door to door, km/h; also a stand-in for bus trips. */
export const CYCLE_SPEED_KMH = 12;
/** Mean driving speed in urban traffic (ambulances included), km/h. */
export const DRIVE_SPEED_URBAN_KMH = 30;
/** Mean driving speed on rural and mountain roads, km/h. */
export const DRIVE_SPEED_RURAL_KMH = 40;
/** Road distance ÷ straight-line distance; 1.3 is typical of Chinese street networks, 1.5+ in mountains. */
export const DETOUR_FACTOR = 1.3;

/**
 * The travel assumptions the presets use until road travel times exist. Which one applies to which
 * rule is explained in docs/rules.md; the planner can edit every value in the app.
 */
export const TRAVEL_DEFAULTS = {
  walk: { mode: 'walk', speedKmh: WALK_SPEED_KMH, detourFactor: DETOUR_FACTOR },
  cycle: { mode: 'cycle', speedKmh: CYCLE_SPEED_KMH, detourFactor: DETOUR_FACTOR },
  driveUrban: { mode: 'drive', speedKmh: DRIVE_SPEED_URBAN_KMH, detourFactor: DETOUR_FACTOR },
  driveRural: { mode: 'drive', speedKmh: DRIVE_SPEED_RURAL_KMH, detourFactor: DETOUR_FACTOR },
} as const satisfies Record<string, TravelAssumption>;

export type TravelDefaultName = keyof typeof TRAVEL_DEFAULTS;

/**
 * Straight-line reach of a travel time: speedKmh × minutes / 60 / detourFactor, in km.
 *
 * @example straightLineReachKm(15, TRAVEL_DEFAULTS.walk) // ≈ 0.865 km
 */
export function straightLineReachKm(minutes: number, travel: TravelAssumption): number {
  return (travel.speedKmh * minutes) / 60 / travel.detourFactor;
}
