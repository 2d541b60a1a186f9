import { useMemo } from 'react';
import type { Rule, RuleResult, Zone } from '../domain/index.ts';
import { AREA_CODE } from '../domain/index.ts';
import { effectiveRules, useAppStore } from '../store/index.ts';
import { findPreset } from '../store/presets.ts';

/** The rules being evaluated: the active preset with the planner's edits. */
export function useRules(): Rule[] {
  const presetId = useAppStore((s) => s.workspace.rules.presetId);
  const overrides = useAppStore((s) => s.workspace.rules.overrides);
  return useMemo(() => effectiveRules(findPreset(presetId), overrides), [presetId, overrides]);
}

/** The rule shown on the map and in the chart, if any. */
export function useSelectedRule(): Rule | undefined {
  const rules = useRules();
  const id = useAppStore((s) => s.view.selectedRuleId);
  return rules.find((r) => r.id === id);
}

/** Results indexed as `results.get(ruleId)?.get(zoneCode)`; the whole area under AREA_CODE. */
export function useResultIndex(): Map<string, Map<string, RuleResult>> {
  const evaluation = useAppStore((s) => s.results.evaluation);
  return useMemo(() => {
    const index = new Map<string, Map<string, RuleResult>>();
    if (!evaluation) return index;
    for (const r of [...evaluation.results, ...evaluation.area]) {
      let byZone = index.get(r.ruleId);
      if (!byZone) {
        byZone = new Map();
        index.set(r.ruleId, byZone);
      }
      byZone.set(r.zoneCode === AREA_CODE ? AREA_CODE : r.zoneCode, r);
    }
    return index;
  }, [evaluation]);
}

/** Zones by code. */
export function useZoneIndex(): Map<string, Zone> {
  const zones = useAppStore((s) => s.workspace.zones);
  return useMemo(() => new Map(zones.map((z) => [z.code, z])), [zones]);
}
