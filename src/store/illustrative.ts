import { findScenario, type Workspace } from '../domain/index.ts';

/**
 * Whether what the workspace shows and exports is invented (示意数据): true when any zone, any
 * baseline facility or any facility of the active scenario is flagged `illustrative`, false
 * otherwise. The banner, the top bar's tag and the exports' `illustrative` metadata all follow it.
 *
 * @example shownIllustrative(demoWorkspace) // true
 */
export function shownIllustrative(ws: Workspace): boolean {
  if (ws.zones.some((z) => z.illustrative) || ws.baseline.some((f) => f.illustrative)) return true;
  if (ws.activeScenarioId === null) return false;
  return findScenario(ws, ws.activeScenarioId)?.facilities.some((f) => f.illustrative) ?? false;
}
