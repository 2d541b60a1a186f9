import type { Label } from './facility_kinds.ts';
import { WORKSPACE_SCHEMA_VERSION } from './workspace.ts';

type Json = Record<string, unknown>;

/** One problem found in a workspace: the field path (e.g. `baseline[2].lon`) and what is wrong. */
export interface WorkspaceError {
  path: string;
  message: Label;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const EPOCH = '1970-01-01T00:00:00.000Z';

/**
 * Version 0, the pre-release shape: one flat facility list where `status: 'proposed'` marked the
 * proposals, a `title`, `disabledRules` and a `map` view. Becomes the baseline plus one scenario.
 */
function from0(v0: Json): Json {
  const facilities = Array.isArray(v0.facilities) ? v0.facilities : [];
  const proposed = (f: unknown) => isObject(f) && f.status === 'proposed';
  const proposals = facilities.filter(proposed);
  const savedAt = typeof v0.savedAt === 'string' ? v0.savedAt : undefined;
  const scenarios =
    proposals.length === 0
      ? []
      : [
          {
            id: 'scenario-1',
            name: '方案 1',
            createdAt: savedAt ?? EPOCH,
            facilities: proposals,
            removedBaselineIds: [],
          },
        ];
  const disabled = Array.isArray(v0.disabledRules)
    ? v0.disabledRules.filter((r) => typeof r === 'string')
    : [];
  const map = isObject(v0.map) ? v0.map : {};
  const { version: _v, title, facilities: _f, presetId, disabledRules: _d, map: _m, ...rest } = v0;
  return {
    ...rest,
    schemaVersion: 1,
    id: typeof v0.id === 'string' ? v0.id : 'workspace-1',
    name: title,
    baseline: facilities.filter((f) => !proposed(f)),
    scenarios,
    activeScenarioId: scenarios[0]?.id ?? null,
    rules: { presetId, overrides: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])) },
    view: { center: map.center ?? [102.63, 24.97], zoom: map.zoom ?? 10 },
  };
}

/** Migration from version n to n + 1, keyed by n. Add one entry per schema change; never edit old ones. */
const MIGRATIONS: Record<number, (json: Json) => Json> = { 0: from0 };

function versionOf(json: Json): number | undefined {
  if (typeof json.schemaVersion === 'number') return json.schemaVersion;
  if (json.version === 0) return 0;
  return undefined;
}

/**
 * Bring a stored or exported workspace of any older schema version up to the current version,
 * one step at a time. Does not validate the result (parseWorkspace does) and never mutates `json`.
 *
 * @example migrateWorkspace({ version: 0, title: '西山区', facilities: [], zones: [], presetId: 'default' })
 * // { ok: true, json: { schemaVersion: 1, name: '西山区', … }, fromVersion: 0 }
 */
export function migrateWorkspace(
  json: unknown,
): { ok: true; json: Json; fromVersion: number } | { ok: false; errors: WorkspaceError[] } {
  if (!isObject(json)) {
    return {
      ok: false,
      errors: [{ path: '(root)', message: { zh: '不是工作区对象', en: 'not a workspace object' } }],
    };
  }
  const fromVersion = versionOf(json);
  if (fromVersion === undefined || !Number.isInteger(fromVersion) || fromVersion < 0) {
    const message = { zh: '缺少有效的 schemaVersion 版本号', en: 'missing or invalid schemaVersion' };
    return { ok: false, errors: [{ path: 'schemaVersion', message }] };
  }
  if (fromVersion > WORKSPACE_SCHEMA_VERSION) {
    const message = {
      zh: `工作区版本 ${fromVersion} 由更新的软件版本保存，本版本只支持到 ${WORKSPACE_SCHEMA_VERSION}，请更新软件`,
      en: `workspace version ${fromVersion} was saved by a newer app; this one reads up to ${WORKSPACE_SCHEMA_VERSION}: update the app`,
    };
    return { ok: false, errors: [{ path: 'schemaVersion', message }] };
  }
  let current = json;
  for (let v = fromVersion; v < WORKSPACE_SCHEMA_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) {
      const message = { zh: `无法从版本 ${v} 迁移`, en: `no migration from version ${v}` };
      return { ok: false, errors: [{ path: 'schemaVersion', message }] };
    }
    current = step(current);
  }
  return { ok: true, json: current, fromVersion };
}
