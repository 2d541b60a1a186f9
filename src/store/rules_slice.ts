import { FACILITY_STATUSES, type FacilityStatus, type Rule, type RulePreset } from '../domain/index.ts';
import type { DocumentChange } from './changes.ts';

/** Which preset is active, the planner's edits to its rules (whole edited rules by id), and which statuses count. */
export interface RulesState {
  presetId: string;
  overrides: Record<string, Rule>;
  /** Facility statuses that count (default: all, as in the CLI). */
  statuses: FacilityStatus[];
}

export const initialRules: RulesState = { presetId: '', overrides: {}, statuses: [...FACILITY_STATUSES] };

/** Applies a rule change, returning a new state. Choosing a preset drops the edits. */
export function reduceRules(state: RulesState, change: DocumentChange): RulesState {
  switch (change.kind) {
    case 'selectPreset':
      return { ...state, presetId: change.presetId, overrides: {} };
    case 'updateRule':
      return { ...state, overrides: { ...state.overrides, [change.rule.id]: change.rule } };
    case 'resetRule': {
      const { [change.ruleId]: _dropped, ...rest } = state.overrides;
      return { ...state, overrides: rest };
    }
    case 'setCountedStatuses':
      return { ...state, statuses: FACILITY_STATUSES.filter((s) => change.statuses.includes(s)) };
    default:
      return state;
  }
}

/** The rules to evaluate: the preset's rules with the planner's edits in place. */
export function effectiveRules(preset: RulePreset | undefined, overrides: Record<string, Rule>): Rule[] {
  if (!preset) return [];
  return preset.rules.map((r) => overrides[r.id] ?? r);
}
