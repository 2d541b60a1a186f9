import {
  type ReachRule,
  type ReachThreshold,
  TRAVEL_DEFAULTS,
  type TravelMode,
  type ZoneClass,
} from '../../domain/index.ts';

/** Default travel assumption of a mode for a zone class (drive speeds differ urban/rural). */
export function defaultTravel(mode: TravelMode, cls: ZoneClass) {
  if (mode === 'drive') return cls === 'urban' ? TRAVEL_DEFAULTS.driveUrban : TRAVEL_DEFAULTS.driveRural;
  return TRAVEL_DEFAULTS[mode];
}

/** A copy of the rule with one class's threshold changed (never mutates the rule). */
export function withThreshold(rule: ReachRule, cls: ZoneClass, patch: Partial<ReachThreshold>): ReachRule {
  const current = rule.thresholds[cls];
  if (!current) return rule;
  const next: ReachThreshold = { ...current, ...patch };
  for (const key of Object.keys(patch) as (keyof ReachThreshold)[]) {
    if (patch[key] === undefined) delete next[key];
  }
  if (next.minutes !== undefined && !next.travel) next.travel = { ...defaultTravel('drive', cls) };
  return { ...rule, thresholds: { ...rule.thresholds, [cls]: next } };
}

/** True when a threshold can be evaluated: a radius or minutes (with a travel assumption). */
export function thresholdValid(t: ReachThreshold): boolean {
  if (t.radiusKm === undefined && t.minutes === undefined) return false;
  if (t.minutes !== undefined && !t.travel) return false;
  return true;
}
