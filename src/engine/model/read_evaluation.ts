import type { DataIssue, Evaluation, GapFeature, Rule, RuleResult } from '../../domain/index.ts';
import { gapFeature } from '../gaps/gap_features.ts';
import type { GridFrame } from '../grid/frame.ts';
import { countResults } from '../results/count_results.ts';
import { ratioResults } from '../results/ratio_results.ts';
import { reachResults } from '../results/reach_results.ts';
import { facilityIssues } from './data_issues.ts';
import type { LocatedFacility, ModelZone, ResultContext } from './model_zone.ts';
import { type ReachLayer, refreshLayer } from './reach_layer.ts';

/** What an evaluation is read from. */
export interface EvaluationInputs {
  frame: GridFrame;
  zones: readonly ModelZone[];
  context: Omit<ResultContext, 'located'>;
  facilities: ReadonlyMap<string, LocatedFacility>;
  rules: readonly Rule[];
  layerOf: ReadonlyMap<Rule, ReachLayer>;
  /** Bumped whenever a facility enters, leaves, changes zone or changes anything but its position. */
  membershipVersion: number;
  staticIssues: readonly DataIssue[];
}

type RuleOutput = { results: RuleResult[]; area: RuleResult };

/**
 * Reads evaluations, caching the count and ratio results and the facility issues per rule until
 * facility membership changes: dragging a facility inside its zones only re-reads reach rules.
 */
export function createEvaluationReader(): {
  read(inputs: EvaluationInputs, gaps: boolean): Evaluation;
  /** Drops the cached results of every rule not in `rules`. */
  retain(rules: readonly Rule[]): void;
} {
  const cache = new Map<Rule, { version: number; out: RuleOutput }>();
  let issues: { version: number; list: DataIssue[] } | null = null;
  let located: { version: number; list: LocatedFacility[] } | null = null;
  const locatedList = (inputs: EvaluationInputs) => {
    if (located?.version !== inputs.membershipVersion) {
      located = { version: inputs.membershipVersion, list: [...inputs.facilities.values()] };
    }
    return located.list;
  };
  return {
    retain(rules) {
      const keep = new Set(rules);
      for (const rule of cache.keys()) if (!keep.has(rule)) cache.delete(rule);
    },
    read(inputs, withGaps) {
      const { frame, zones, membershipVersion: version } = inputs;
      const results: RuleResult[] = [];
      const area: RuleResult[] = [];
      const gaps: GapFeature[] = [];
      for (const rule of inputs.rules) {
        let out: RuleOutput;
        if (rule.type === 'reach') {
          const layer = inputs.layerOf.get(rule) as ReachLayer;
          refreshLayer(layer, zones);
          out = reachResults(layer, { ...inputs.context, located: [] });
          if (withGaps) {
            out.results.forEach((r, i) => {
              const g = gapFeature(frame, layer, zones, i, r);
              if (g) gaps.push(g);
            });
          }
        } else {
          const hit = cache.get(rule);
          if (hit?.version === version) out = hit.out;
          else {
            const ctx: ResultContext = { ...inputs.context, located: locatedList(inputs) };
            out = rule.type === 'minCount' ? countResults(rule, ctx) : ratioResults(rule, ctx);
            cache.set(rule, { version, out });
          }
        }
        for (const r of out.results) results.push(r);
        area.push(out.area);
      }
      if (issues?.version !== version) issues = { version, list: facilityIssues(locatedList(inputs)) };
      return {
        results,
        area,
        issues: [...inputs.staticIssues, ...issues.list],
        gaps,
        cellSizeM: frame.cellSizeM,
      };
    },
  };
}
