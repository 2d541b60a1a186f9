import { startEvaluationRunner } from '../store/evaluation_runner.ts';
import { setLang, setView } from '../store/index.ts';
import { type DemoSources, loadDemo } from '../store/load_demo.ts';
import { EngineClient } from '../worker/engine_client.ts';
import { defaultLang } from './i18n/strings.ts';

/** Starts the worker, picks the language from the browser, loads the demo district. */
export async function startApp(demo: DemoSources): Promise<void> {
  setLang(defaultLang());
  const client = new EngineClient();
  startEvaluationRunner(client);
  const outcome = await loadDemo(client, demo);
  setView({ loading: false, loadError: outcome.ok ? null : outcome.message });
}
