import type { FacilityStatus } from './facility_kinds.ts';
import type { Facility, PopulationPoint, Zone, ZoneClass } from './model.ts';
import type { ReachThreshold, TravelAssumption } from './rules.ts';

/** The schema version this build writes. Older versions are migrated on load (see workspace_migrate.ts). */
export const WORKSPACE_SCHEMA_VERSION = 1;

/**
 * A planning scenario (方案): proposals placed on top of the baseline.
 *
 * - A facility in `facilities` whose id is not in the baseline is a proposal (added).
 * - A facility in `facilities` whose id IS in the baseline overrides that baseline facility in this
 *   scenario (moved, upgraded, renamed): the baseline itself stays unchanged.
 * - `removedBaselineIds` lists baseline facilities closed in this scenario; kept sorted.
 */
export interface Scenario {
  id: string;
  name: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  facilities: Facility[];
  removedBaselineIds: string[];
}

/** Threshold fields a planner may override for one zone class; missing fields come from the preset. */
export type ReachThresholdOverride = Partial<Omit<ReachThreshold, 'travel'>> & {
  travel?: Partial<TravelAssumption>;
};

/**
 * A planner's edits to one rule of the active preset. Missing fields keep the preset's value.
 * `targetShare` is 0–1; `target` is the ratio target (attribute per `perResidents`).
 */
export interface RuleOverride {
  enabled?: boolean;
  thresholds?: Partial<Record<ZoneClass, ReachThresholdOverride>>;
  targetShare?: number;
  minCount?: number;
  target?: number;
}

/** The active rule preset and the planner's overrides, keyed by rule id. */
export interface RulesState {
  presetId: string;
  overrides: Record<string, RuleOverride>;
  /** Facility statuses that count toward the rules; absent: all statuses count. */
  countedStatuses?: FacilityStatus[];
}

/** Where the map was and what was selected; restored on load, never recorded in history. */
export interface WorkspaceView {
  /** [longitude, latitude] in degrees. */
  center: [number, number];
  zoom: number;
  selectedRuleId?: string;
  lang?: 'zh' | 'en';
}

/**
 * Everything a planner edits, as stored in IndexedDB and in workspace files.
 * Derived results (coverage, evaluations, gaps) are never stored: they are recomputed.
 */
export interface Workspace {
  schemaVersion: typeof WORKSPACE_SCHEMA_VERSION;
  id: string;
  name: string;
  zones: Zone[];
  /** Facilities that exist (or are under construction / planned) before any scenario. */
  baseline: Facility[];
  scenarios: Scenario[];
  /** null: the baseline alone is shown and evaluated. */
  activeScenarioId: string | null;
  rules: RulesState;
  view: WorkspaceView;
  /** Optional population layer (people at points) overriding even spreading within zones. */
  populationPoints?: PopulationPoint[];
  /** Contains invented demo data (示意数据); the UI must say so. */
  illustrative?: boolean;
  /** Where the data came from (file or demo name), shown to the planner. */
  sourceName?: string;
  /** ISO 8601 time of the last save; set by persistence and file export. */
  savedAt?: string;
}

/**
 * An empty workspace with the given id, name and rule preset.
 *
 * @example emptyWorkspace({ id: 'ws-1', name: '西山区', presetId: 'default' })
 */
export function emptyWorkspace(init: {
  id: string;
  name: string;
  presetId: string;
  view?: WorkspaceView;
}): Workspace {
  return {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id: init.id,
    name: init.name,
    zones: [],
    baseline: [],
    scenarios: [],
    activeScenarioId: null,
    rules: { presetId: init.presetId, overrides: {} },
    view: init.view ?? { center: [102.63, 24.97], zoom: 10 },
  };
}
