import { AREA_CODE, type Evaluation, type Rule, type RuleResult, type Zone } from '../../domain/index.ts';
import { floorTo } from './flatten_result.ts';
import type { TextTable } from './text_table.ts';
import { usedPopulation } from './used_population.ts';

type Lang = 'zh' | 'en';

const SYMBOL = { pass: '✓', fail: '✗', na: '—' } as const;

const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** "✓ 97.3%", "✗ 0/1", "✓ 1.25/1": a result's status symbol and its key figure. */
export function resultCell(r: RuleResult | undefined): string {
  if (!r) return '';
  if (r.status === 'na') return SYMBOL.na;
  const s = SYMBOL[r.status];
  // Rounded down: a failing zone at 99.96 % shows 99.9 %, never 100.0 %.
  if (r.reach) return `${s} ${(floorTo(r.reach.populationShare * 100, 1)).toFixed(1)}%`;
  if (r.count) return `${s} ${r.count.count}/${r.count.required}`;
  if (r.ratio) return `${s} ${r.ratio.value.toFixed(2)}/${r.ratio.target}`;
  return s;
}

const CLASS_LABEL: Record<Lang, Record<Zone['class'], string>> = {
  zh: { urban: '城市', rural: '农村' },
  en: { urban: 'urban', rural: 'rural' },
};

/** Zones with each village (or any zone whose parent is loaded) placed after its parent. */
function nested(zones: readonly Zone[]): { zone: Zone; depth: number }[] {
  const codes = new Set(zones.map((z) => z.code));
  const children = new Map<string, Zone[]>();
  for (const z of zones) {
    if (z.parentCode !== undefined && z.parentCode !== z.code && codes.has(z.parentCode))
      children.set(z.parentCode, [...(children.get(z.parentCode) ?? []), z]);
  }
  const out: { zone: Zone; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (z: Zone, depth: number) => {
    if (seen.has(z.code)) return;
    seen.add(z.code);
    out.push({ zone: z, depth });
    for (const c of children.get(z.code) ?? []) visit(c, depth + 1);
  };
  for (const z of zones) if (z.parentCode === undefined || !codes.has(z.parentCode)) visit(z, 0);
  for (const z of zones) visit(z, 0);
  return out;
}

/**
 * The per-zone, per-rule table: one row per zone (name, class, population, then for each enabled
 * rule `✓`/`✗`/`—` with the population share, count/required or value/target), and a footer row
 * with the whole-area results. Population is what the evaluation used (a population layer overrides
 * the zones' figures). Zones whose parent is loaded follow it, indented. A cell is empty
 * when the rule gave no per-zone result; a rule that is n/a for every zone and the whole area is
 * left out (the report lists it). Rule column headers are rule ids, which also name the GeoJSON
 * properties.
 *
 * @example renderTextTable(evaluationToTable(zones, rules, evaluation, 'zh'))
 */
export function evaluationToTable(
  zones: readonly Zone[],
  rules: readonly Rule[],
  evaluation: Evaluation,
  lang: Lang,
): TextTable {
  const byKey = new Map<string, RuleResult>();
  for (const r of evaluation.results) byKey.set(`${r.zoneCode}\u0000${r.ruleId}`, r);
  const areaByRule = new Map(evaluation.area.map((r) => [r.ruleId, r]));
  const applies = (rule: Rule) =>
    areaByRule.get(rule.id)?.status !== 'na' ||
    zones.some((z) => {
      const s = byKey.get(`${z.code}\u0000${rule.id}`)?.status;
      return s !== undefined && s !== 'na';
    });
  const shown = rules.filter((r) => r.enabled && applies(r));
  const zh = lang === 'zh';
  const header = [
    zh ? '区划' : 'Zone',
    zh ? '城乡' : 'Class',
    zh ? '人口' : 'Population',
    ...shown.map((r) => r.id),
  ];
  const used = usedPopulation(zones, evaluation);
  const people = (n: number | null | undefined) => (n === null || n === undefined ? '—' : int(n));
  const rows = nested(zones).map(({ zone: z, depth }) => [
    '  '.repeat(depth) + (zh ? z.name : (z.nameEn ?? z.name)),
    CLASS_LABEL[lang][z.class],
    people(used.get(z.code)),
    ...shown.map((rule) => resultCell(byKey.get(`${z.code}\u0000${rule.id}`))),
  ]);
  // Villages lie inside their street: without an area figure, count zones whose parent is not loaded.
  const codes = new Set(zones.map((z) => z.code));
  const top = zones.filter((z) => z.parentCode === undefined || !codes.has(z.parentCode));
  const known = top.map((z) => used.get(z.code)).filter((n): n is number => typeof n === 'number');
  const total = used.get(AREA_CODE) ?? (known.length === 0 ? null : known.reduce((a, n) => a + n, 0));
  const footer = [
    zh ? '全区' : 'Whole area',
    '',
    people(total),
    ...shown.map((rule) => resultCell(areaByRule.get(rule.id))),
  ];
  return { header, rows, footer: [footer] };
}
