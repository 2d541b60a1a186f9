import { emptyWorkspace } from '../domain/index.ts';
import type { EngineClient } from '../worker/engine_client.ts';
import { getWorkspace, replaceWorkspace, setView, useAppStore } from './index.ts';
import { DEFAULT_PRESET_ID, PRESETS } from './presets.ts';

/** URLs of the shipped demo district (illustrative data). */
export interface DemoSources {
  zonesUrl: string;
  facilitiesUrl: string;
}

export type LoadOutcome = { ok: true } | { ok: false; message: { zh: string; en: string } };

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

function isIllustrative(json: unknown): boolean {
  const meta = (json as { metadata?: { illustrative?: unknown } } | null)?.metadata;
  return meta?.illustrative === true;
}

/**
 * Loads the demo district and its facilities through the worker's importers into a fresh
 * workspace (baseline only, default preset) and shows its first rule. Not recorded for undo:
 * the history is cleared.
 */
export async function loadDemo(client: EngineClient, sources: DemoSources): Promise<LoadOutcome> {
  try {
    const [zonesJson, facilitiesJson] = await Promise.all([
      fetchJson(sources.zonesUrl),
      fetchJson(sources.facilitiesUrl),
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
    const illustrative =
      isIllustrative(zonesJson) ||
      isIllustrative(facilitiesJson) ||
      zones.data.some((z) => z.illustrative) ||
      facilities.data.some((f) => f.illustrative);
    const preset = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID) ?? PRESETS[0];
    const ws = emptyWorkspace({ id: getWorkspace().id, name: '西山区（示意）', presetId: preset?.id ?? '' });
    replaceWorkspace(
      { ...ws, zones: zones.data, baseline: facilities.data, illustrative, sourceName: 'demo' },
      { record: false },
    );
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
