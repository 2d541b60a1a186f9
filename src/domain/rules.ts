import type { FacilityKind, Label } from './facility_kinds.ts';
import type { FacilityAttribute, ZoneClass, ZoneLevel } from './model.ts';

/** Where a rule comes from: a seed document file, its 1-based line numbers and the original wording. */
export interface RuleSource {
  /** Seed document file name, e.g. `000_e231058eb99c46c0.txt`. */
  file: string;
  /** 1-based line numbers in that file. */
  lines: number[];
  /** The original Chinese wording (原文). */
  quoteZh: string;
}

export const TRAVEL_MODES = ['walk', 'cycle', 'drive'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/**
 * How minutes become a straight-line reach until road travel times exist:
 * reachKm = speedKmh × minutes / 60 / detourFactor.
 */
export interface TravelAssumption {
  mode: TravelMode;
  speedKmh: number;
  /** Road distance ÷ straight-line distance, ≥ 1 (1.3 is typical). */
  detourFactor: number;
}

/** The reach demanded of zones of one class (urban or rural). */
export interface ReachThreshold {
  radiusKm?: number;
  minutes?: number;
  /** When both radius and minutes are set: `either` passes with the larger reach, `both` needs the smaller. */
  combine: 'either' | 'both';
  /** Required when `minutes` is set. */
  travel?: TravelAssumption;
}

interface RuleCommon {
  /** Unique within a preset, stable across presets for the same rule (e.g. `ems_reach`). */
  id: string;
  title: Label;
  /** Longer explanation shown on expand. */
  description?: Label;
  sources: RuleSource[];
  enabled: boolean;
  /** 约束性 binding or 预期性 expected, where the document says. */
  nature?: 'binding' | 'expected';
}

/** (a) Reach: people within a distance or travel time of the nearest counting facility. */
export interface ReachRule extends RuleCommon {
  type: 'reach';
  kinds: FacilityKind[];
  /** A zone class without a threshold is not assessed by this rule (status n/a). */
  thresholds: Partial<Record<ZoneClass, ReachThreshold>>;
  /** Share of the zone's population that must be within reach, 0–1. */
  targetShare: number;
}

/** (b) Minimum count of facilities of some kinds inside each zone of a level. */
export interface MinCountRule extends RuleCommon {
  type: 'minCount';
  kinds: FacilityKind[];
  /** Zones of this level are assessed; `county` with no county zones loaded means the whole area. */
  zoneLevel: ZoneLevel;
  /** Only zones of these classes are assessed (default: all). */
  classes?: ZoneClass[];
  minCount: number;
  /**
   * Population band, e.g. one per 30,000–100,000 residents: a zone then needs at least
   * max(minCount, ceil(population / maxResidents)) facilities.
   */
  perPopulation?: { minResidents: number; maxResidents: number };
  exceptions?: {
    /** Zones with fewer residents are exempt (e.g. villages under 800). */
    belowPopulation?: number;
    /** A zone that hosts a facility of one of these kinds is exempt (e.g. the village with the township health centre). */
    hostsKinds?: FacilityKind[];
  };
}

/** (c) Ratio: a facility attribute summed per N residents against a target, per zone and for the whole area. */
export interface RatioRule extends RuleCommon {
  type: 'ratio';
  attribute: FacilityAttribute;
  /** Facility kinds whose attribute counts (default: all kinds). */
  kinds?: FacilityKind[];
  /** e.g. 30000 for "per 30,000 residents", 1000 for "per 1,000". */
  perResidents: number;
  /** Minimum value of sum(attribute) / population × perResidents. */
  target: number;
  /** `area`: the whole area only; `zone`: each zone and the area. */
  scope: 'area' | 'zone';
}

export type Rule = ReachRule | MinCountRule | RatioRule;
export type RuleType = Rule['type'];

/** A rule preset: the rules one planning document states, or the combined default. */
export interface RulePreset {
  id: string;
  title: Label;
  /** Document(s) the preset is drawn from. */
  documents: { file: string; title: Label; place: Label; years: string }[];
  rules: Rule[];
}
