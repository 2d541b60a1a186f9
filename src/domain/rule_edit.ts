import type { Change, RuleOverridePath, RuleSettingValue } from './change.ts';
import type { FacilityStatus } from './facility_kinds.ts';
import { ZONE_CLASSES } from './model.ts';
import { ruleOverrideAt } from './rule_overrides.ts';
import type { Rule } from './rules.ts';
import type { Workspace } from './workspace.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The override settings an edited rule implies: each field that differs from the preset's rule. */
function wantedSettings(preset: Rule, edited: Rule): [RuleOverridePath, RuleSettingValue][] {
  const pick = <T>(a: T, b: T): T | undefined => (same(a, b) ? undefined : b);
  const out: [RuleOverridePath, RuleSettingValue][] = [[['enabled'], pick(preset.enabled, edited.enabled)]];
  if (preset.type === 'reach' && edited.type === 'reach') {
    out.push([['targetShare'], pick(preset.targetShare, edited.targetShare)]);
    for (const cls of ZONE_CLASSES) {
      out.push([['thresholds', cls], pick(preset.thresholds[cls], edited.thresholds[cls])]);
    }
  }
  if (preset.type === 'minCount' && edited.type === 'minCount') {
    out.push([['minCount'], pick(preset.minCount, edited.minCount)]);
  }
  if (preset.type === 'ratio' && edited.type === 'ratio')
    out.push([['target'], pick(preset.target, edited.target)]);
  return out;
}

/**
 * The change that makes the workspace's overrides for one rule match an edited copy of the
 * preset's rule (enabled, target share, thresholds per zone class, minimum count, ratio target;
 * other fields are not overridable and are ignored). Null when nothing changes.
 *
 * @example ruleEditChange(ws, presetRule, { ...presetRule, enabled: false })
 */
export function ruleEditChange(ws: Workspace, presetRule: Rule, edited: Rule): Change | null {
  const changes: Change[] = [];
  for (const [path, after] of wantedSettings(presetRule, edited)) {
    const before = ruleOverrideAt(ws.rules, presetRule.id, path);
    if (!same(before, after))
      changes.push({ type: 'rule_setting', ruleId: presetRule.id, path, before, after });
  }
  if (changes.length <= 1) return changes[0] ?? null;
  return { type: 'batch', changes };
}

/** Drop every override of one rule (back to the preset); null when it has none. */
export function resetRuleChange(ws: Workspace, ruleId: string): Change | null {
  const current = ws.rules.overrides[ruleId];
  if (!current) return null;
  const { [ruleId]: _dropped, ...overrides } = ws.rules.overrides;
  return { type: 'rules_replaced', before: ws.rules, after: { ...ws.rules, overrides } };
}

/** Choose which facility statuses count toward the rules (undefined: all); null when unchanged. */
export function setCountedStatuses(ws: Workspace, statuses: FacilityStatus[] | undefined): Change | null {
  if (same(ws.rules.countedStatuses, statuses)) return null;
  const after = { ...ws.rules };
  if (statuses === undefined) delete after.countedStatuses;
  else after.countedStatuses = statuses;
  return { type: 'rules_replaced', before: ws.rules, after };
}
