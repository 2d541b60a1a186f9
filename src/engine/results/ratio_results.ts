import { AREA_CODE, type RatioMetrics, type RatioRule, type RuleResult } from '../../domain/index.ts';
import { EPS, type LocatedFacility, type ResultContext } from '../model/model_zone.ts';
import { countsFor } from '../model/reach_layer.ts';
import { notes } from './labels.ts';

function judge(rule: RatioRule, zoneCode: string, population: number | null, total: number): RuleResult {
  if (population === null || !(population > 0)) {
    return { ruleId: rule.id, zoneCode, status: 'na', note: notes.populationUnknown };
  }
  const value = (total / population) * rule.perResidents;
  const missing = (rule.target * population) / rule.perResidents - total;
  const metrics: RatioMetrics = {
    total,
    population,
    value,
    target: rule.target,
    gap: missing > EPS ? Math.ceil(missing - 1e-6) : 0,
  };
  return { ruleId: rule.id, zoneCode, status: value >= rule.target - EPS ? 'pass' : 'fail', ratio: metrics };
}

function attributeOf(rule: RatioRule, l: LocatedFacility): number {
  const v = l.facility[rule.attribute];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Results of one ratio rule: the attribute summed over counting facilities inside each zone (and
 * inside any zone for the whole area), per `perResidents` residents, against the target.
 */
export function ratioResults(
  rule: RatioRule,
  ctx: ResultContext,
): { results: RuleResult[]; area: RuleResult } {
  const counting = ctx.located.filter((l) => countsFor(rule, l.facility, ctx.statuses));
  const totals = new Float64Array(ctx.zones.length);
  let areaTotal = 0;
  for (const l of counting) {
    const v = attributeOf(rule, l);
    let inside = false;
    for (const z of l.zoneByTier) {
      if (z < 0) continue;
      totals[z] = (totals[z] as number) + v;
      inside = true;
    }
    if (inside) areaTotal += v;
  }
  const results = ctx.zones.map((z, i): RuleResult => {
    const zoneCode = z.prepared.zone.code;
    if (rule.scope === 'area') return { ruleId: rule.id, zoneCode, status: 'na', note: notes.areaOnly };
    return judge(rule, zoneCode, z.pop.total, totals[i] as number);
  });
  return { results, area: judge(rule, AREA_CODE, ctx.areaPopulation, areaTotal) };
}
