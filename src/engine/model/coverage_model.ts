import {
  type DataIssue,
  type Evaluation,
  FACILITY_STATUSES,
  type Facility,
  type FacilityStatus,
  type PopulationPoint,
  type Rule,
  type Zone,
} from '../../domain/index.ts';
import { createFacilityIndex, type FacilityIndex, type NearestFacility } from '../facility_index.ts';
import { prepareZone } from '../zones/prepare_zone.ts';
import { createZoneLocator } from '../zones/zone_locator.ts';
import { areaTier, TIER_COUNT } from '../zones/zone_tiers.ts';
import { zoneIssues } from './data_issues.ts';
import type { LocatedFacility, ModelZone } from './model_zone.ts';
import { countsFor, createReachLayer, type ReachLayer, stampAll, stampFacility } from './reach_layer.ts';
import { createEvaluationReader } from './read_evaluation.ts';
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
  let layerOf = new Map<Rule, ReachLayer>();
  let wide = false;
  let membershipVersion = 0;
  const reader = createEvaluationReader();
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
    const byRule = new Map<Rule, ReachLayer>();
    for (const r of activeRules) {
      if (r.type !== 'reach') continue;
      const key = JSON.stringify(r);
      let layer = keep.get(key);
      if (!layer) {
        layer = createReachLayer(r, frame, zones.length, wide);
        restamp(layer);
      }
      next.set(key, layer);
      byRule.set(r, layer);
    }
    layers = next;
    layerOf = byRule;
  };
  const ensureWidth = () => {
    if (wide || facilities.size < WIDE_AT) return;
    wide = true;
    buildLayers(new Map());
  };

  const model: CoverageModel = {
    setFacilities(list) {
      indexes.clear();
      membershipVersion++;
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
      if (!old || !sameZones(old, next) || !sameExceptPosition(old.facility, f)) membershipVersion++;
      facilities.set(f.id, next);
      if (facilities.size >= WIDE_AT && !wide) return ensureWidth();
      for (const layer of layers.values()) {
        const before = old !== undefined && countsFor(layer.rule, old.facility, statuses);
        const after = countsFor(layer.rule, f, statuses);
        // An edit that neither moves the facility nor changes whether it counts leaves the grid as is.
        if (!moved && before === after) continue;
        if (before) stampFacility(layer, frame, zones, (old as LocatedFacility).facility, -1);
        if (after) stampFacility(layer, frame, zones, f, 1);
      }
    },
    removeFacility(id) {
      const old = facilities.get(id);
      if (!old) return;
      indexes.clear();
      membershipVersion++;
      facilities.delete(id);
      for (const layer of layers.values()) {
        if (countsFor(layer.rule, old.facility, statuses))
          stampFacility(layer, frame, zones, old.facility, -1);
      }
    },
    setRules(list) {
      indexes.clear();
      // A rule equal to an active one keeps that object, so its cached results (keyed by the
      // rule) survive; results of rules no longer active are dropped.
      const previous = new Map(activeRules.map((r) => [JSON.stringify(r), r]));
      activeRules = list.filter((r) => r.enabled).map((r) => previous.get(JSON.stringify(r)) ?? r);
      reader.retain(activeRules);
      buildLayers(layers);
    },
    evaluation(opts = {}) {
      const context = { zones, areaTier: tierOfArea, areaPopulation, statuses };
      const inputs = {
        frame,
        zones,
        context,
        facilities,
        rules: activeRules,
        layerOf,
        membershipVersion,
        staticIssues,
      };
      return reader.read(inputs, opts.gaps !== false);
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

function sameZones(a: LocatedFacility, b: LocatedFacility): boolean {
  return a.zoneByTier.every((z, t) => z === b.zoneByTier[t]);
}

/** True when two versions of a facility differ at most in lon/lat. */
function sameExceptPosition(a: Facility, b: Facility): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k === 'lon' || k === 'lat') continue;
    if (a[k as keyof Facility] !== b[k as keyof Facility]) return false;
  }
  return true;
}
