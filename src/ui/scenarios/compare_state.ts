import { create } from 'zustand';
import type { Workspace } from '../../domain/index.ts';

/** Which two sides the comparison shows; `null` is the baseline, otherwise a scenario id. */
export interface CompareState {
  open: boolean;
  from: string | null;
  to: string | null;
}

export const useCompareState = create<CompareState>(() => ({ open: false, from: null, to: null }));

/** Opens the comparison of the active scenario (or the first one) with the baseline. */
export function openComparison(ws: Workspace): void {
  const to = ws.activeScenarioId ?? ws.scenarios[0]?.id ?? null;
  useCompareState.setState({ open: true, from: null, to });
}

export function closeComparison(): void {
  useCompareState.setState({ open: false });
}

/** A side that still exists in the workspace: unknown scenario ids fall back to the baseline. */
export function existingSide(ws: Workspace, side: string | null): string | null {
  return side !== null && ws.scenarios.some((s) => s.id === side) ? side : null;
}
