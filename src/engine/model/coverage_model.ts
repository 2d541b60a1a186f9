import {
  type DataIssue,
  type Evaluation,
  FACILITY_STATUSES,
  type Facility,
  type FacilityStatus,
  type GapFeature,
  type PopulationPoint,
  type ReachRule,
  type Rule,
  type RuleResult,
  type Zone,
} from '../../domain/index.ts';
import { createFacilityIndex, type FacilityIndex, type NearestFacility } from '../facility_index.ts';
import { gapFeature } from '../gaps/gap_features.ts';
import { countResults } from '../results/count_results.ts';
import { ratioResults } from '../results/ratio_results.ts';
import { reachResults } from '../results/reach_results.ts';
import { prepareZone } from '../zones/prepare_zone.ts';
import { createZoneLocator } from '../zones/zone_locator.ts';
import { areaTier, TIER_COUNT } from '../zones/zone_tiers.ts';
import { facilityIssues, zoneIssues } from './data_issues.ts';
import type { LocatedFacility, ModelZone, ResultContext } from './model_zone.ts';
import {
  countsFor,
  createReachLayer,
  type ReachLayer,
  refreshLayer,
  stampAll,
  stampFacility,
} from './reach_layer.ts';
import { buildZoneGrid } from './zone_grid.ts';
import { spreadPopulation } from './zone_population.ts';

/** Options shared by {@link createCoverageModel} and `evaluate`. */
export interface CoverageOptions {
  /** Grid cell side, metres (default 100). Grids above 8 million cells get coarser cells; `Evaluation.cellSizeM` tells the size used. */
  cellSizeM?: number;
  /** Optional population layer; without it each zone's residents spread evenly over its cells. */
  population?: PopulationPoint[];
  /** Facility statuses that count (default: all). */
  statuses?: FacilityStatus[];
  /** Called with 0–1 while the model is built and first filled. */
  onProgress?: (fraction: number) => void;
}

/** A coverage evaluation kept up to date as facilities move, appear and disappear. */
export interface CoverageModel {
  /** Replaces every facility. */
  setFacilities(facilities: readonly Facility[]): void;
  /** Adds a facility or moves/changes the one with the same id: only cells within its reach are touched. */
  upsertFacility(facility: Facility): void;
  removeFacility(id: string): void;
  /** Replaces the rules (only enabled ones are evaluated); unchanged reach rules keep their grids. */
  setRules(rules: readonly Rule[]): void;
  /** Current results; `gaps: false` skips the gap polygons (default true). */
  evaluation(options?: { gaps?: boolean }): Evaluation;
  /** The nearest facility that counts for a rule (its kinds, counted statuses), great-circle km; null if none. */
  nearestFacility(ruleId: string, lonDeg: number, latDeg: number): NearestFacility | null;
}

const WIDE_AT = 65535;

/**
 * Builds the coverage grid for a set of zones. Zones are rasterized once (scanline on a 100 m
 * sinusoidal equal-area grid); each reach rule keeps per-cell counters of facilities within
 * reach, so moving one facility only re-stamps the cells within its reach at the old and new spot.
 *
 * @example
 * const model = createCoverageModel(zones, rules, { cellSizeM: 100 });
 * model.setFacilities(facilities);
 * model.upsertFacility({ ...station, lon: station.lon + 0.003 });
 * const { results } = model.evaluation({ gaps: false });
 */
export function createCoverageModel(
  zoneList: readonly Zone[],
  rules: readonly Rule[],
  options: CoverageOptions = {},
): CoverageModel {
  const progress = options.onProgress ?? (() => {});
  const cellSizeM = options.cellSizeM ?? 100;
  const statuses = new Set<FacilityStatus>(options.statuses ?? FACILITY_STATUSES);
  progress(0);
  const prepared = zoneList.map(prepareZone);
  const grid = buildZoneGrid(prepared, cellSizeM);
  const frame = grid.frame;
  progress(0.4);
  const locator = createZoneLocator(prepared);
  const spread = spreadPopulation(prepared, grid.rasters, frame, locator, options.population);
  const zones: ModelZone[] = prepared.map((p, i) => ({
    prepared: p,
    cls: p.zone.class,
    raster: grid.rasters[i] as ModelZone['raster'],
    pop: spread.pops[i] as ModelZone['pop'],
  }));
  const tiers = new Set(prepared.map((p) => p.tier));
  const tierOfArea = areaTier(tiers);
  const areaPopulation = zones.reduce(
    (a, z) => a + (z.prepared.tier === tierOfArea ? (z.pop.total ?? 0) : 0),
    0,
  );
  const staticIssues: DataIssue[] = zoneIssues(zones, grid, spread.pointsOutside, spread.peopleOutside);
  progress(0.6);

  const facilities = new Map<string, LocatedFacility>();
  let activeRules: Rule[] = [];
  let layers = new Map<string, ReachLayer>();
  let wide = false;
  const indexes = new Map<string, FacilityIndex>();

  const locate = (f: Facility): LocatedFacility => {
    const zoneByTier = new Int32Array(TIER_COUNT).fill(-1);
    for (const t of tiers) zoneByTier[t] = locator.locate(f.lon, f.lat, t);
    return { facility: { ...f }, zoneByTier };
  };
  const restamp = (layer: ReachLayer) => {
    const counting: Facility[] = [];
    for (const l of facilities.values())
      if (countsFor(layer.rule, l.facility, statuses)) counting.push(l.facility);
    stampAll(layer, frame, counting);
  };
  const buildLayers = (keep: Map<string, ReachLayer>) => {
    const next = new Map<string, ReachLayer>();
    for (const r of activeRules) {
      if (r.type !== 'reach') continue;
      const key = JSON.stringify(r);
      const old = keep.get(key);
      if (old) {
        next.set(key, old);
        continue;
      }
      const layer = createReachLayer(r as ReachRule, frame, zones.length, wide);
      restamp(layer);
      next.set(key, layer);
    }
    layers = next;
  };
  const ensureWidth = () => {
    if (wide || facilities.size < WIDE_AT) return;
    wide = true;
    buildLayers(new Map());
  };

  const model: CoverageModel = {
    setFacilities(list) {
      indexes.clear();
      facilities.clear();
      for (const f of list) facilities.set(f.id, locate(f));
      ensureWidth();
      for (const layer of layers.values()) restamp(layer);
    },
    upsertFacility(f) {
      indexes.clear();
      const old = facilities.get(f.id);
      const moved = !old || old.facility.lon !== f.lon || old.facility.lat !== f.lat;
      const next = moved ? locate(f) : { facility: { ...f }, zoneByTier: old.zoneByTier };
      facilities.set(f.id, next);
      if (facilities.size >= WIDE_AT && !wide) return ensureWidth();
      for (const layer of layers.values()) {
        if (old && countsFor(layer.rule, old.facility, statuses))
          stampFacility(layer, frame, zones, old.facility, -1);
        if (countsFor(layer.rule, f, statuses)) stampFacility(layer, frame, zones, f, 1);
      }
    },
    removeFacility(id) {
      const old = facilities.get(id);
      if (!old) return;
      indexes.clear();
      facilities.delete(id);
      for (const layer of layers.values()) {
        if (countsFor(layer.rule, old.facility, statuses))
          stampFacility(layer, frame, zones, old.facility, -1);
      }
    },
    setRules(list) {
      indexes.clear();
      activeRules = list.filter((r) => r.enabled);
      buildLayers(layers);
    },
    evaluation(opts = {}) {
      const located = [...facilities.values()];
      const ctx: ResultContext = { zones, areaTier: tierOfArea, areaPopulation, located, statuses };
      const results: RuleResult[] = [];
      const area: RuleResult[] = [];
      const gaps: GapFeature[] = [];
      for (const rule of activeRules) {
        let out: { results: RuleResult[]; area: RuleResult };
        if (rule.type === 'reach') {
          const layer = layers.get(JSON.stringify(rule)) as ReachLayer;
          refreshLayer(layer, zones);
          out = reachResults(layer, ctx);
          if (opts.gaps !== false) {
            out.results.forEach((r, i) => {
              const g = gapFeature(frame, layer, zones[i] as ModelZone, r);
              if (g) gaps.push(g);
            });
          }
        } else if (rule.type === 'minCount') out = countResults(rule, ctx);
        else out = ratioResults(rule, ctx);
        results.push(...out.results);
        area.push(out.area);
      }
      return {
        results,
        area,
        issues: [...staticIssues, ...facilityIssues(located)],
        gaps,
        cellSizeM: frame.cellSizeM,
      };
    },
    nearestFacility(ruleId, lonDeg, latDeg) {
      const rule = activeRules.find((r) => r.id === ruleId);
      if (!rule || rule.type === 'ratio') return null;
      let index = indexes.get(ruleId);
      if (!index) {
        const counting = [...facilities.values()]
          .filter((l) => countsFor(rule, l.facility, statuses))
          .map((l) => l.facility);
        index = createFacilityIndex(counting);
        indexes.set(ruleId, index);
      }
      return index.nearest(lonDeg, latDeg);
    },
  };
  model.setRules(rules);
  progress(1);
  return model;
}
