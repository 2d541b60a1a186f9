import type { EngineClient } from '../worker/engine_client.ts';
import { type AppState, setResults, useAppStore } from './index.ts';
import { findPreset } from './presets.ts';
import { countedStatusesOf, effectiveRules } from './rules_slice.ts';

/** Progress is shown only for work that lasts longer than this, ms. */
const PROGRESS_DELAY_MS = 200;

/** Whether the state change touches anything the evaluation depends on. */
function inputsChanged(s: AppState, prev: AppState): boolean {
  return (
    s.facilities !== prev.facilities ||
    s.zonesVersion !== prev.zonesVersion ||
    s.workspace.rules !== prev.workspace.rules
  );
}

/**
 * Keeps the results slice in step with the workspace: whenever zones, the evaluated facilities
 * (active scenario), the preset, a rule override or the counted statuses change, the worker
 * re-evaluates. At most one evaluation is in flight: changes arriving meanwhile (a drag's
 * positions) only mark the inputs dirty, and when the answer comes the newest state is sent
 * next, so intermediate positions are dropped rather than queued. Every answer is shown.
 * Returns a function that stops listening.
 */
export function startEvaluationRunner(client: EngineClient): () => void {
  let runId = 0;
  let inFlight = false;
  let dirty = false;

  const runOnce = async (state: AppState) => {
    const { workspace: ws } = state;
    const myRun = ++runId;
    const ruleList = effectiveRules(findPreset(ws.rules.presetId), ws.rules.overrides);
    const started = performance.now();
    setResults({ busy: true, error: null });
    const timer = setTimeout(() => {
      if (myRun === runId) setResults({ progress: 0 });
    }, PROGRESS_DELAY_MS);
    const outcome = await client.evaluate(
      state.zonesVersion,
      ws.zones,
      state.facilities,
      ruleList,
      [...countedStatusesOf(ws.rules)],
      (fraction) => {
        if (myRun === runId && performance.now() - started > PROGRESS_DELAY_MS)
          setResults({ progress: fraction });
      },
    );
    clearTimeout(timer);
    if ('stale' in outcome && outcome.stale) return;
    if (outcome.ok) {
      setResults({
        evaluation: outcome.evaluation,
        elapsedMs: outcome.elapsedMs,
        requestId: myRun,
        busy: dirty,
        progress: null,
      });
    } else {
      setResults({ error: 'error' in outcome ? outcome.error : 'unknown', busy: false, progress: null });
    }
  };

  const run = async () => {
    if (inFlight) {
      dirty = true;
      return;
    }
    inFlight = true;
    try {
      do {
        dirty = false;
        const state = useAppStore.getState();
        if (state.workspace.zones.length === 0) break;
        await runOnce(state);
      } while (dirty);
    } finally {
      inFlight = false;
    }
  };

  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (inputsChanged(state, prev)) void run();
  });
  void run();
  return unsubscribe;
}
