import type { EngineClient } from '../worker/engine_client.ts';
import { type AppState, setResults, useAppStore } from './index.ts';
import { findPreset } from './presets.ts';
import { effectiveRules } from './rules_slice.ts';

/** Progress is shown only for work that lasts longer than this, ms. */
const PROGRESS_DELAY_MS = 200;

/**
 * Keeps the results slice in step with the document: whenever zones, facilities, the preset
 * or a rule edit changes, the worker re-evaluates; results of superseded requests are dropped.
 * Returns a function that stops listening.
 */
export function startEvaluationRunner(client: EngineClient): () => void {
  let runId = 0;
  const run = async (state: AppState) => {
    const { document: doc, rules } = state;
    if (doc.zones.length === 0) return;
    const myRun = ++runId;
    const ruleList = effectiveRules(findPreset(rules.presetId), rules.overrides);
    const started = performance.now();
    setResults({ busy: true, error: null });
    const timer = setTimeout(() => {
      if (myRun === runId) setResults({ progress: 0 });
    }, PROGRESS_DELAY_MS);
    const outcome = await client.evaluate(
      doc.zonesVersion,
      doc.zones,
      doc.facilities,
      ruleList,
      rules.statuses,
      (fraction) => {
        if (myRun === runId && performance.now() - started > PROGRESS_DELAY_MS)
          setResults({ progress: fraction });
      },
    );
    clearTimeout(timer);
    if (myRun !== runId || ('stale' in outcome && outcome.stale)) return;
    if (outcome.ok) {
      setResults({
        evaluation: outcome.evaluation,
        elapsedMs: outcome.elapsedMs,
        requestId: myRun,
        busy: false,
        progress: null,
      });
    } else {
      setResults({ error: 'error' in outcome ? outcome.error : 'unknown', busy: false, progress: null });
    }
  };
  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (state.document === prev.document && state.rules === prev.rules) return;
    void run(state);
  });
  void run(useAppStore.getState());
  return unsubscribe;
}
