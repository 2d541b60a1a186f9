import type { RuleResult } from '../../domain/index.ts';

/** A flat GeoJSON property value. */
export type FlatValue = string | number | boolean | null;

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Rounded down (so a failing share never reads as 1), tolerant of floating-point noise. */
export const floorTo = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.floor(x * f + 1e-9) / f;
};

/** Whole people, never understating a shortfall: covered rounds down, outside and short round up. */
const peopleDown = (x: number): number => Math.floor(x + 1e-6);
const peopleUp = (x: number): number => Math.ceil(x - 1e-6);

/**
 * One rule result as flat properties named `<ruleId>__<metric>`:
 * - always `__status` (`pass`|`fail`|`na`) and, when set, `__note_zh`, `__note_en`;
 * - reach: `__pop_share`, `__pop_covered`, `__people_outside`, `__people_short`, `__area_share`,
 *   `__area_covered_km2`, `__reach_km`, `__straight_line`;
 * - minCount: `__count`, `__required`, `__missing`, `__exempt_zh`, `__exempt_en`;
 * - ratio: `__value`, `__target`, `__total`, `__population`, `__gap`.
 * Shares are 0–1 rounded down to 4 decimals (a failing zone never shows 1); people covered round
 * down and people outside/short round up to whole persons; km and km² round to 3 decimals.
 *
 * @example flattenRuleResult(r)['ems_reach__pop_share'] // 0.9731
 */
export function flattenRuleResult(result: RuleResult): Record<string, FlatValue> {
  const p = `${result.ruleId}__`;
  const out: Record<string, FlatValue> = { [`${p}status`]: result.status };
  if (result.note) {
    out[`${p}note_zh`] = result.note.zh;
    out[`${p}note_en`] = result.note.en;
  }
  const r = result.reach;
  if (r) {
    out[`${p}pop_share`] = floorTo(r.populationShare, 4);
    out[`${p}pop_covered`] = peopleDown(r.populationCovered);
    out[`${p}people_outside`] = peopleUp(r.peopleOutside);
    out[`${p}people_short`] = peopleUp(r.peopleShort);
    out[`${p}area_share`] = floorTo(r.areaShare, 4);
    out[`${p}area_covered_km2`] = round(r.areaCoveredKm2, 3);
    out[`${p}reach_km`] = round(r.reachKm, 3);
    out[`${p}straight_line`] = r.straightLine;
  }
  const c = result.count;
  if (c) {
    out[`${p}count`] = c.count;
    out[`${p}required`] = c.required;
    out[`${p}missing`] = c.missing;
    if (c.exemptReason) {
      out[`${p}exempt_zh`] = c.exemptReason.zh;
      out[`${p}exempt_en`] = c.exemptReason.en;
    }
  }
  const q = result.ratio;
  if (q) {
    out[`${p}value`] = round(q.value, 4);
    out[`${p}target`] = q.target;
    out[`${p}total`] = q.total;
    out[`${p}population`] = Math.round(q.population);
    out[`${p}gap`] = round(q.gap, 2);
  }
  return out;
}
