import type { Facility, Scenario } from '../domain/index.ts';
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
