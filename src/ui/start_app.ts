import { startEvaluationRunner } from '../store/evaluation_runner.ts';
import { setLang, setView } from '../store/index.ts';
import { type DemoSources, loadDemo } from '../store/load_demo.ts';
import { startPersistence } from '../store/persist_runner.ts';
import { EngineClient } from '../worker/engine_client.ts';
import { startLang, storedLang } from './i18n/lang_choice.ts';
import { setCompareClient } from './scenarios/compare_client.ts';

/**
 * Starts the worker, picks the language (the planner's stored choice, else the browser's),
 * restores the workspace this browser had open (IndexedDB) or else loads the demo district, then
 * saves every change (persist_runner.ts).
 */
export async function startApp(demo: DemoSources): Promise<void> {
  setLang(startLang(storedLang()));
  const client = new EngineClient();
  startEvaluationRunner(client);
  setCompareClient(client);
  const outcome = await startPersistence(() => loadDemo(client, demo));
  setView({ loading: false, loadError: outcome.ok ? null : outcome.message });
}
