import {
  effectiveRules as applyOverrides,
  type Change,
  FACILITY_STATUSES,
  type FacilityStatus,
  type Rule,
  type RulePreset,
  type RulesState,
  resetRuleChange,
  ruleEditChange,
  setCountedStatuses,
  switchPreset,
  type Workspace,
} from '../domain/index.ts';
import type { StoreEdit } from './changes.ts';
import { findPreset } from './presets.ts';

type RulesEdit = Extract<
  StoreEdit,
  { kind: 'selectPreset' | 'updateRule' | 'resetRule' | 'setCountedStatuses' }
>;

/** The domain change for a rule edit; null when nothing changes (or the rule is not in the preset). */
export function rulesEditChange(ws: Workspace, edit: RulesEdit): Change | null {
  switch (edit.kind) {
    case 'selectPreset':
      return switchPreset(ws, edit.presetId);
    case 'updateRule': {
      const presetRule = findPreset(ws.rules.presetId)?.rules.find((r) => r.id === edit.rule.id);
      return presetRule ? ruleEditChange(ws, presetRule, edit.rule) : null;
    }
    case 'resetRule':
      return resetRuleChange(ws, edit.ruleId);
    case 'setCountedStatuses': {
      const chosen = edit.statuses;
      if (!chosen || FACILITY_STATUSES.every((s) => chosen.includes(s)))
        return setCountedStatuses(ws, undefined);
      return setCountedStatuses(
        ws,
        FACILITY_STATUSES.filter((s) => chosen.includes(s)),
      );
    }
  }
}

/** The rules to evaluate: the preset's rules with the planner's per-field overrides applied. */
export function effectiveRules(preset: RulePreset | undefined, overrides: RulesState['overrides']): Rule[] {
  return preset ? applyOverrides(preset.rules, overrides) : [];
}

/** The statuses that count: `countedStatuses`, or every status when it is absent. Stable reference. */
export function countedStatusesOf(rules: RulesState): readonly FacilityStatus[] {
  return rules.countedStatuses ?? FACILITY_STATUSES;
}
