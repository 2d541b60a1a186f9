import type { Workspace } from '../domain/index.ts';
import { useAppStore } from './index.ts';

// The one place the workflow UI (scenarios, comparison, persistence) reaches the store.
export {
  applyChange,
  getWorkspace,
  newId,
  replaceWorkspace,
  subscribeWorkspace,
  useAppStore,
} from './index.ts';

/**
 * A part of the workspace for a component; re-renders only when the selected value changes
 * (compared with `Object.is`, so select stable references such as `ws.scenarios`).
 *
 * @example const scenarios = useWorkspace((ws) => ws.scenarios);
 */
export function useWorkspace<T>(selector: (ws: Workspace) => T): T {
  return useAppStore((s) => selector(s.workspace));
}
