import type { Evaluation, Zone } from '../../domain/index.ts';
import { AREA_CODE } from '../../domain/index.ts';

/**
 * The residents the evaluation used for each zone code (and for `AREA_CODE`, the whole area),
 * read from reach or ratio results; with a population layer these differ from the zones' own
 * figures. A zone with no such result falls back to its own population (null when unknown).
 *
 * @example usedPopulation(zones, evaluation).get('530112001000') // 136483
 */
export function usedPopulation(zones: readonly Zone[], evaluation: Evaluation): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const r of [...evaluation.results, ...evaluation.area]) {
    const p = r.reach?.population ?? r.ratio?.population;
    const code = evaluation.area.includes(r) ? AREA_CODE : r.zoneCode;
    if (p !== undefined && !out.has(code)) out.set(code, p);
  }
  for (const z of zones) if (!out.has(z.code)) out.set(z.code, z.population);
  return out;
}
