import type { RuleOverridePath, RuleSettingValue } from './change.ts';
import type { ZoneClass } from './model.ts';
import type { ReachThreshold, Rule } from './rules.ts';
import type { RuleOverride, RulesState } from './workspace.ts';

/**
 * The current override value at `path` for `ruleId`, or undefined when the preset's value applies.
 *
 * @example ruleOverrideAt(ws.rules, 'ems_reach', ['thresholds', 'urban', 'radiusKm']) // 4 or undefined
 */
export function ruleOverrideAt(rules: RulesState, ruleId: string, path: RuleOverridePath): RuleSettingValue {
  let node: unknown = rules.overrides[ruleId];
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node as RuleSettingValue;
}

function mergeThreshold(base: ReachThreshold | undefined, o: RuleOverride['thresholds'], cls: ZoneClass) {
  const patch = o?.[cls];
  if (!patch) return base;
  const { travel: travelPatch, ...rest } = patch;
  const merged: ReachThreshold = { combine: 'either', ...base, ...rest };
  if (travelPatch) merged.travel = { ...base?.travel, ...travelPatch } as ReachThreshold['travel'];
  return merged;
}

/** One rule with its override applied; fields an override names for another rule type are ignored. */
function applyOverride(rule: Rule, o: RuleOverride | undefined): Rule {
  if (!o) return rule;
  const enabled = o.enabled ?? rule.enabled;
  switch (rule.type) {
    case 'reach': {
      const thresholds: Partial<Record<ZoneClass, ReachThreshold>> = { ...rule.thresholds };
      for (const cls of ['urban', 'rural'] as const) {
        const t = mergeThreshold(rule.thresholds[cls], o.thresholds, cls);
        if (t) thresholds[cls] = t;
      }
      return { ...rule, enabled, thresholds, targetShare: o.targetShare ?? rule.targetShare };
    }
    case 'minCount':
      return { ...rule, enabled, minCount: o.minCount ?? rule.minCount };
    case 'ratio':
      return { ...rule, enabled, target: o.target ?? rule.target };
  }
}

/**
 * The rules the engine evaluates: the preset's rules with the planner's overrides applied.
 * Never mutates the preset. Overrides for rules the preset lacks are ignored.
 *
 * @example effectiveRules(preset.rules, ws.rules.overrides).filter((r) => r.enabled)
 */
export function effectiveRules(presetRules: readonly Rule[], overrides: RulesState['overrides']): Rule[] {
  return presetRules.map((r) => applyOverride(r, overrides[r.id]));
}
