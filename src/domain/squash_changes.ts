import type { Change, FacilityMove } from './change.ts';

function mergeMoves(first: FacilityMove[], second: FacilityMove[]): FacilityMove[] {
  const byId = new Map<string, FacilityMove>();
  for (const m of [...first, ...second]) {
    const seen = byId.get(m.id);
    byId.set(m.id, seen ? { id: m.id, before: seen.before, after: m.after } : m);
  }
  return [...byId.values()];
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Merge two consecutive changes into one when they edit the same thing; null when they cannot. */
function mergePair(a: Change, b: Change): Change | null {
  if (a.type === 'facilities_moved' && b.type === 'facilities_moved' && a.list === b.list) {
    return { ...a, moves: mergeMoves(a.moves, b.moves) };
  }
  if (
    a.type === 'facility_updated' &&
    b.type === 'facility_updated' &&
    a.list === b.list &&
    a.after.id === b.before.id
  ) {
    return { ...a, after: b.after };
  }
  if (a.type === 'zone_updated' && b.type === 'zone_updated' && a.code === b.code) {
    return { ...a, before: { ...b.before, ...a.before }, after: { ...a.after, ...b.after } };
  }
  if (a.type === 'rule_setting' && b.type === 'rule_setting') {
    if (a.ruleId !== b.ruleId || !samePath(a.path, b.path)) return null;
    return { ...a, after: b.after };
  }
  if (a.type === 'scenario_renamed' && b.type === 'scenario_renamed' && a.scenarioId === b.scenarioId) {
    return { ...a, after: b.after };
  }
  if (a.type === 'workspace_renamed' && b.type === 'workspace_renamed') return { ...a, after: b.after };
  if (a.type === 'active_scenario_set' && b.type === 'active_scenario_set') return { ...a, after: b.after };
  return null;
}

/**
 * One change equivalent to applying `changes` in order: consecutive edits of the same thing are
 * merged keeping the first `before` and the last `after` (a drag of many `facilities_moved`
 * becomes one move per facility); anything else becomes a `batch`. Null for an empty list.
 *
 * @example squashChanges([moveA1, moveA2, moveA3]) // one facilities_moved: A1.before → A3.after
 */
export function squashChanges(changes: readonly Change[]): Change | null {
  const merged: Change[] = [];
  for (const c of changes) {
    const last = merged[merged.length - 1];
    const joined = last ? mergePair(last, c) : null;
    if (joined) merged[merged.length - 1] = joined;
    else merged.push(c);
  }
  if (merged.length <= 1) return merged[0] ?? null;
  return { type: 'batch', changes: merged };
}
