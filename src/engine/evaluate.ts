import type { Evaluation, Facility, Rule, Zone } from '../domain/index.ts';
import { type CoverageOptions, createCoverageModel } from './model/coverage_model.ts';

/** Options of {@link evaluate}. */
export interface EvaluateOptions extends CoverageOptions {
  /** Produce the uncovered polygons of each zone for each reach rule (default true). */
  gaps?: boolean;
}

/**
 * Checks every enabled rule against every zone and the whole area. Reach is straight-line
 * (great-circle) distance to the nearest counting facility, judged per 100 m grid cell and
 * weighted by residents; counts and ratios use the facilities inside each zone.
 *
 * @param zones Zones with boundaries in lon/lat degrees and resident populations.
 * @param facilities Facility points.
 * @param rules Rules; disabled ones are skipped.
 * @example
 * const { results, area, issues, gaps } = evaluate(zones, facilities, preset.rules, { cellSizeM: 100 });
 */
export function evaluate(
  zones: Zone[],
  facilities: Facility[],
  rules: Rule[],
  options: EvaluateOptions = {},
): Evaluation {
  const progress = options.onProgress;
  const model = createCoverageModel(zones, rules, {
    ...options,
    onProgress: progress ? (f) => progress(f * 0.6) : undefined,
  });
  model.setFacilities(facilities);
  progress?.(0.8);
  const out = model.evaluation({ gaps: options.gaps !== false });
  progress?.(1);
  return out;
}
