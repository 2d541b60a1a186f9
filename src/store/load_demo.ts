import { emptyWorkspace, parseWorkspace, type Workspace } from '../domain/index.ts';
import type { EngineClient } from '../worker/engine_client.ts';
import { demoScenarios } from './demo_scenarios.ts';
import { getWorkspace, replaceWorkspace, setView, useAppStore } from './index.ts';
import { DEFAULT_PRESET_ID, PRESETS } from './presets.ts';

/** URLs of the shipped demo district (illustrative data). */
export interface DemoSources {
  zonesUrl: string;
  facilitiesUrl: string;
  /** Named scenarios of the demo (seeds/demo/scenarios.json); added, not made active. */
  scenariosUrl?: string;
}

export type LoadOutcome = { ok: true } | { ok: false; message: { zh: string; en: string } };

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/** The demo's scenarios, or none when the file is missing or unreadable (the demo still loads). */
async function fetchScenarios(url: string | undefined): Promise<unknown> {
  if (!url) return null;
  try {
    return await fetchJson(url);
  } catch (e) {
    console.warn('demo scenarios not loaded:', e instanceof Error ? e.message : e);
    return null;
  }
}

/** `ws` with the demo's scenarios when the result is a valid workspace; otherwise `ws` as is. */
function withScenarios(ws: Workspace, json: unknown): Workspace {
  const scenarios = demoScenarios(json, useAppStore.getState().view.lang);
  if (scenarios.length === 0) return ws;
  const checked = parseWorkspace({ ...ws, scenarios });
  if (checked.ok) return { ...ws, scenarios: checked.workspace.scenarios };
  console.warn(
    'demo scenarios left out:',
    checked.errors.map((e) => `${e.path}: ${e.message.en}`).join('; '),
  );
  return ws;
}

function isIllustrative(json: unknown): boolean {
  const meta = (json as { metadata?: { illustrative?: unknown } } | null)?.metadata;
  return meta?.illustrative === true;
}

/** Every item flagged `illustrative` when its file says it is invented (the banner follows the items). */
function flagged<T extends { illustrative?: boolean }>(items: T[], fileIllustrative: boolean): T[] {
  return fileIllustrative ? items.map((x) => (x.illustrative ? x : { ...x, illustrative: true })) : items;
}

/**
 * Loads the demo district and its facilities through the worker's importers into a fresh
 * workspace (default preset) with the demo's named scenarios added but the baseline active, and
 * shows its first rule. Not recorded for undo: the history is cleared.
 */
export async function loadDemo(client: EngineClient, sources: DemoSources): Promise<LoadOutcome> {
  try {
    const [zonesJson, facilitiesJson, scenariosJson] = await Promise.all([
      fetchJson(sources.zonesUrl),
      fetchJson(sources.facilitiesUrl),
      fetchScenarios(sources.scenariosUrl),
    ]);
    const [zones, facilities] = await Promise.all([
      client.importZones(zonesJson, 'xishan_demo_zones.geojson'),
      client.importFacilities(facilitiesJson, 'facilities.geojson'),
    ]);
    if (!zones.ok || !facilities.ok) {
      const issue = [...zones.issues, ...facilities.issues].find((i) => i.severity === 'error');
      return {
        ok: false,
        message: issue?.message ?? { zh: '无法读取示例数据', en: 'Could not read the demo data' },
      };
    }
    const demoZones = flagged(zones.data, isIllustrative(zonesJson));
    const demoFacilities = flagged(facilities.data, isIllustrative(facilitiesJson));
    const illustrative = demoZones.some((z) => z.illustrative) || demoFacilities.some((f) => f.illustrative);
    const preset = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID) ?? PRESETS[0];
    const ws = emptyWorkspace({ id: getWorkspace().id, name: '西山区（示意）', presetId: preset?.id ?? '' });
    const demo = { ...ws, zones: demoZones, baseline: demoFacilities, illustrative, sourceName: 'demo' };
    replaceWorkspace(withScenarios(demo, scenariosJson), { record: false });
    if (!useAppStore.getState().view.selectedRuleId) {
      const first = preset?.rules.find((r) => r.enabled && r.type === 'reach') ?? preset?.rules[0];
      setView({ selectedRuleId: first?.id ?? null });
    }
    return { ok: true };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { zh: msg, en: msg } };
  }
}
