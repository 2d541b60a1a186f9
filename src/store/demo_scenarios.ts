import type { Facility, Scenario, Workspace } from '../domain/index.ts';
import type { Lang } from './view_slice.ts';

interface RawScenario {
  id?: unknown;
  name?: unknown;
  name_en?: unknown;
  createdAt?: unknown;
  illustrative?: unknown;
  facilities?: unknown;
  removedBaselineIds?: unknown;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The named scenarios of the demo (seeds/demo/scenarios.json) as workspace scenarios, named in
 * `lang` (`name_en` in English when given). Every facility of an illustrative file or scenario is
 * flagged `illustrative`, like the demo's baseline. Entries without an id or a facility list are
 * left out; the caller validates the workspace they end up in.
 *
 * @example demoScenarios(await (await fetch(url)).json(), 'zh')[0]?.name // '示意方案：增设海口急救站'
 */
export function demoScenarios(json: unknown, lang: Lang): Scenario[] {
  const file = json as { metadata?: { illustrative?: unknown }; scenarios?: unknown } | null;
  if (!file || !Array.isArray(file.scenarios)) return [];
  const fileIllustrative = file.metadata?.illustrative === true;
  const out: Scenario[] = [];
  for (const raw of file.scenarios as RawScenario[]) {
    const id = text(raw?.id);
    if (!id || !Array.isArray(raw.facilities)) continue;
    const illustrative = fileIllustrative || raw.illustrative === true;
    const name = (lang === 'en' ? text(raw.name_en) : undefined) ?? text(raw.name) ?? id;
    const facilities = (raw.facilities as Facility[]).map((f) => (illustrative ? { ...f, illustrative } : f));
    const removed = Array.isArray(raw.removedBaselineIds)
      ? raw.removedBaselineIds.filter((x): x is string => typeof x === 'string').sort()
      : [];
    out.push({
      id,
      name,
      createdAt: text(raw.createdAt) ?? new Date(0).toISOString(),
      facilities,
      removedBaselineIds: removed,
    });
  }
  return out;
}

/**
 * True for a scenario made of invented data, such as the demo's proposal scenario
 * (seeds/demo/scenarios.json): it has facilities and every one is flagged `illustrative`.
 */
export function isIllustrativeScenario(s: Scenario): boolean {
  return s.facilities.length > 0 && s.facilities.every((f) => f.illustrative);
}

/** What `withoutIllustrativeScenarios` took out. */
export interface IllustrativeRemoval {
  /** Names of the scenarios removed, in list order. */
  scenarios: string[];
  /** Illustrative facilities taken out of the scenarios that stay. */
  facilities: number;
}

/**
 * The workspace without invented scenario data, for when real data replaces the illustrative demo:
 * illustrative scenarios (`isIllustrativeScenario`) are removed (the baseline becomes active when
 * the active one goes) and illustrative facilities are taken out of the other scenarios. Returns
 * `ws` itself when there is nothing to remove. Never mutates `ws`.
 *
 * @example withoutIllustrativeScenarios(demo).removed.scenarios // ['示意方案：增设海口急救站']
 */
export function withoutIllustrativeScenarios(ws: Workspace): {
  workspace: Workspace;
  removed: IllustrativeRemoval;
} {
  const removed: IllustrativeRemoval = { scenarios: [], facilities: 0 };
  const scenarios: Scenario[] = [];
  for (const s of ws.scenarios) {
    if (isIllustrativeScenario(s)) {
      removed.scenarios.push(s.name);
      continue;
    }
    const facilities = s.facilities.filter((f) => !f.illustrative);
    removed.facilities += s.facilities.length - facilities.length;
    scenarios.push(facilities.length === s.facilities.length ? s : { ...s, facilities });
  }
  if (removed.scenarios.length === 0 && removed.facilities === 0) return { workspace: ws, removed };
  const active = ws.activeScenarioId;
  const activeScenarioId = active !== null && scenarios.some((s) => s.id === active) ? active : null;
  return { workspace: { ...ws, scenarios, activeScenarioId }, removed };
}
