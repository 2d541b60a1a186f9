import { AREA_CODE, type ReachMetrics, type RuleResult } from '../../domain/index.ts';
import { EPS, type ResultContext } from '../model/model_zone.ts';
import type { ReachLayer } from '../model/reach_layer.ts';
import { notes } from './labels.ts';

interface Sums {
  population: number;
  covered: number;
  areaKm2: number;
  areaCoveredKm2: number;
  reachKm: number;
}

function metrics(s: Sums, targetShare: number): ReachMetrics {
  const populationShare = s.population > 0 ? Math.min(1, s.covered / s.population) : 1;
  const need = targetShare * s.population - s.covered;
  return {
    population: s.population,
    populationCovered: s.covered,
    populationShare,
    areaKm2: s.areaKm2,
    areaCoveredKm2: s.areaCoveredKm2,
    areaShare: s.areaKm2 > 0 ? s.areaCoveredKm2 / s.areaKm2 : 1,
    peopleOutside: Math.max(0, s.population - s.covered),
    peopleShort: need > EPS ? Math.ceil(need - 1e-6) : 0,
    reachKm: s.reachKm,
    straightLine: true,
  };
}

/**
 * Results of one reach rule for every zone and for the whole area (zones of the area tier with a
 * threshold for their class). The layer must be refreshed first.
 */
export function reachResults(
  layer: ReachLayer,
  ctx: ResultContext,
): { results: RuleResult[]; area: RuleResult } {
  const ruleId = layer.rule.id;
  const target = layer.rule.targetShare;
  const results: RuleResult[] = [];
  const area: Sums = { population: 0, covered: 0, areaKm2: 0, areaCoveredKm2: 0, reachKm: 0 };
  let assessed = 0;
  ctx.zones.forEach((z, i) => {
    const zoneCode = z.prepared.zone.code;
    const k = layer.classRadius[z.cls];
    const reachKm = layer.radiiKm[k];
    if (reachKm === undefined) {
      results.push({ ruleId, zoneCode, status: 'na', note: notes.noThreshold(z.cls) });
      return;
    }
    const nCells = z.raster.weight;
    if (!(nCells > 0)) {
      results.push({ ruleId, zoneCode, status: 'na', note: notes.noCells });
      return;
    }
    const s: Sums = {
      population: z.pop.total ?? 0,
      covered: layer.covPop[i] as number,
      areaKm2: z.prepared.areaKm2,
      areaCoveredKm2: (z.prepared.areaKm2 * (layer.covCells[i] as number)) / nCells,
      reachKm,
    };
    const m = metrics(s, target);
    if (z.prepared.tier === ctx.areaTier) {
      assessed++;
      area.population += s.population;
      area.covered += s.covered;
      area.areaKm2 += s.areaKm2;
      area.areaCoveredKm2 += s.areaCoveredKm2;
      area.reachKm = Math.max(area.reachKm, reachKm);
    }
    if (z.pop.total === null) {
      results.push({ ruleId, zoneCode, status: 'na', note: notes.populationUnknown, reach: m });
      return;
    }
    results.push({ ruleId, zoneCode, status: m.populationShare >= target - EPS ? 'pass' : 'fail', reach: m });
  });
  if (assessed === 0)
    return { results, area: { ruleId, zoneCode: AREA_CODE, status: 'na', note: notes.noZonesAssessed } };
  const m = metrics(area, target);
  return {
    results,
    area: {
      ruleId,
      zoneCode: AREA_CODE,
      status: m.populationShare >= target - EPS ? 'pass' : 'fail',
      reach: m,
    },
  };
}
