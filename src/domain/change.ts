import type { Facility, Zone, ZoneClass } from './model.ts';
import type { ReachThreshold, TravelAssumption } from './rules.ts';
import type { RulesState, Scenario, Workspace } from './workspace.ts';

/** Which facility list a change edits: the baseline (null) or one scenario. */
export type FacilityListId = string | null;

/** Zone fields a planner may edit. */
export type ZonePatch = Partial<Pick<Zone, 'name' | 'class' | 'population'>>;

/** Path of one setting inside a `RuleOverride`. */
export type RuleOverridePath =
  | ['enabled']
  | ['targetShare']
  | ['minCount']
  | ['target']
  | ['thresholds', ZoneClass]
  | ['thresholds', ZoneClass, 'radiusKm' | 'minutes' | 'combine' | 'travel']
  | ['thresholds', ZoneClass, 'travel', 'mode' | 'speedKmh' | 'detourFactor'];

/** A rule setting value; `undefined` means "no override, use the preset". */
export type RuleSettingValue =
  | boolean
  | number
  | string
  | Partial<ReachThreshold>
  | Partial<TravelAssumption>
  | undefined;

export interface FacilityMove {
  id: string;
  /** Longitude/latitude in degrees before and after. */
  before: { lon: number; lat: number };
  after: { lon: number; lat: number };
}

/**
 * One edit of a workspace, stored as a diff (before and after) so that it can be undone.
 * Indexes are positions in the list before insertion / before removal.
 */
export type Change =
  | { type: 'facility_added'; list: FacilityListId; facility: Facility; index: number }
  | { type: 'facility_removed'; list: FacilityListId; facility: Facility; index: number }
  | { type: 'facility_updated'; list: FacilityListId; before: Facility; after: Facility }
  | { type: 'facilities_moved'; list: FacilityListId; moves: FacilityMove[] }
  | { type: 'facilities_replaced'; list: FacilityListId; before: Facility[]; after: Facility[] }
  | { type: 'baseline_excluded'; scenarioId: string; facilityId: string; excluded: boolean }
  | { type: 'zone_updated'; code: string; before: ZonePatch; after: ZonePatch }
  | { type: 'zones_replaced'; before: Zone[]; after: Zone[] }
  | {
      type: 'rule_setting';
      ruleId: string;
      path: RuleOverridePath;
      before: RuleSettingValue;
      after: RuleSettingValue;
    }
  | { type: 'rules_replaced'; before: RulesState; after: RulesState }
  | { type: 'scenario_created'; scenario: Scenario; index: number }
  | { type: 'scenario_deleted'; scenario: Scenario; index: number }
  | { type: 'scenario_renamed'; scenarioId: string; before: string; after: string }
  | { type: 'active_scenario_set'; before: string | null; after: string | null }
  | { type: 'workspace_renamed'; before: string; after: string }
  /** The whole workspace replaced (data loaded or a workspace opened as one undoable step). */
  | { type: 'workspace_replaced'; before: Workspace; after: Workspace }
  | { type: 'batch'; changes: Change[] };

export type ChangeType = Change['type'];

/**
 * The change that undoes `change`: applying `change` then `invertChange(change)` gives back the
 * original workspace (deep-equal).
 *
 * @example invertChange({ type: 'workspace_renamed', before: 'A', after: 'B' }) // before 'B', after 'A'
 */
export function invertChange(change: Change): Change {
  switch (change.type) {
    case 'facility_added':
      return { ...change, type: 'facility_removed' };
    case 'facility_removed':
      return { ...change, type: 'facility_added' };
    case 'facilities_moved':
      return {
        ...change,
        moves: change.moves.map((m) => ({ id: m.id, before: m.after, after: m.before })),
      };
    case 'baseline_excluded':
      return { ...change, excluded: !change.excluded };
    case 'scenario_created':
      return { ...change, type: 'scenario_deleted' };
    case 'scenario_deleted':
      return { ...change, type: 'scenario_created' };
    case 'batch':
      return { type: 'batch', changes: change.changes.map(invertChange).reverse() };
    default:
      return { ...change, before: change.after, after: change.before } as Change;
  }
}
