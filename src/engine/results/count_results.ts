import {
  AREA_CODE,
  type CountMetrics,
  type Label,
  type MinCountRule,
  type RuleResult,
} from '../../domain/index.ts';
import type { LocatedFacility, ResultContext } from '../model/model_zone.ts';
import { countsFor } from '../model/reach_layer.ts';
import { TIER_OF_LEVEL } from '../zones/zone_tiers.ts';
import { notes } from './labels.ts';

function required(rule: MinCountRule, population: number | null): number {
  const band = rule.perPopulation;
  if (!band || population === null || !(band.maxResidents > 0)) return rule.minCount;
  return Math.max(rule.minCount, Math.ceil(population / band.maxResidents - 1e-9));
}

function exemptReason(
  rule: MinCountRule,
  population: number | null,
  hosted: LocatedFacility[],
): Label | undefined {
  const ex = rule.exceptions;
  if (!ex) return undefined;
  if (ex.belowPopulation !== undefined && population !== null && population < ex.belowPopulation) {
    return notes.belowPopulation(ex.belowPopulation);
  }
  const hostsKinds = ex.hostsKinds;
  if (hostsKinds && hosted.some((l) => (hostsKinds as string[]).includes(l.facility.kind)))
    return notes.hostsKinds;
  return undefined;
}

function judge(
  rule: MinCountRule,
  zoneCode: string,
  population: number | null,
  inside: LocatedFacility[],
  ctx: ResultContext,
): RuleResult {
  const counted = inside.filter((l) => ctx.statuses.has(l.facility.status));
  const count = counted.filter((l) => countsFor(rule, l.facility, ctx.statuses)).length;
  const need = required(rule, population);
  const metrics: CountMetrics = { count, required: need, missing: Math.max(0, need - count) };
  const reason = exemptReason(rule, population, counted);
  if (reason) return { ruleId: rule.id, zoneCode, status: 'na', count: { ...metrics, exemptReason: reason } };
  return { ruleId: rule.id, zoneCode, status: count >= need ? 'pass' : 'fail', count: metrics };
}

/**
 * Results of one minimum-count rule: each zone of `rule.zoneLevel` counts the facilities the zone
 * locator put in it (so a facility on a shared border counts once); other zones get n/a.
 * `county` with no county zones loaded makes the whole area the one unit.
 */
export function countResults(
  rule: MinCountRule,
  ctx: ResultContext,
): { results: RuleResult[]; area: RuleResult } {
  const tier = TIER_OF_LEVEL[rule.zoneLevel];
  const byZone = new Map<number, LocatedFacility[]>();
  for (const l of ctx.located) {
    const z = l.zoneByTier[tier] as number;
    if (z < 0) continue;
    const list = byZone.get(z) ?? [];
    list.push(l);
    byZone.set(z, list);
  }
  const results: RuleResult[] = [];
  const judged: RuleResult[] = [];
  ctx.zones.forEach((z, i) => {
    const zone = z.prepared.zone;
    if (zone.level !== rule.zoneLevel) {
      results.push({
        ruleId: rule.id,
        zoneCode: zone.code,
        status: 'na',
        note: notes.otherLevel(rule.zoneLevel),
      });
      return;
    }
    if (rule.classes && !rule.classes.includes(zone.class)) {
      results.push({
        ruleId: rule.id,
        zoneCode: zone.code,
        status: 'na',
        note: notes.classExcluded(zone.class),
      });
      return;
    }
    const r = judge(rule, zone.code, z.pop.total, byZone.get(i) ?? [], ctx);
    results.push(r);
    judged.push(r);
  });
  const hasLevel = ctx.zones.some((z) => z.prepared.zone.level === rule.zoneLevel);
  if (!hasLevel && rule.zoneLevel === 'county') {
    const inArea = ctx.located.filter((l) => l.zoneByTier.some((z) => z >= 0));
    const r = judge(rule, AREA_CODE, ctx.areaPopulation, inArea, ctx);
    return { results, area: { ...r, note: notes.wholeAreaUnit } };
  }
  if (!hasLevel) {
    return {
      results,
      area: {
        ruleId: rule.id,
        zoneCode: AREA_CODE,
        status: 'na',
        note: notes.noZonesOfLevel(rule.zoneLevel),
      },
    };
  }
  return { results, area: summarize(rule.id, judged) };
}

function summarize(ruleId: string, judged: RuleResult[]): RuleResult {
  const assessed = judged.filter((r) => r.status !== 'na');
  const sum = (f: (m: CountMetrics) => number) =>
    assessed.reduce((a, r) => a + (r.count ? f(r.count) : 0), 0);
  const metrics: CountMetrics = {
    count: sum((m) => m.count),
    required: sum((m) => m.required),
    missing: sum((m) => m.missing),
  };
  if (assessed.length === 0)
    return { ruleId, zoneCode: AREA_CODE, status: 'na', note: notes.noZonesAssessed, count: metrics };
  const status = assessed.some((r) => r.status === 'fail') ? 'fail' : 'pass';
  return { ruleId, zoneCode: AREA_CODE, status, count: metrics };
}
