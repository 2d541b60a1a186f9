import type { Evaluation, Rule, RuleResult, Zone } from '../../domain/index.ts';
import type { TextTable } from './text_table.ts';

type Lang = 'zh' | 'en';

const SYMBOL = { pass: '✓', fail: '✗', na: '—' } as const;

const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** "✓ 97.3%", "✗ 0/1", "✓ 1.25/1": a result's status symbol and its key figure. */
export function resultCell(r: RuleResult | undefined): string {
  if (!r) return '';
  if (r.status === 'na') return SYMBOL.na;
  const s = SYMBOL[r.status];
  if (r.reach) return `${s} ${(r.reach.populationShare * 100).toFixed(1)}%`;
  if (r.count) return `${s} ${r.count.count}/${r.count.required}`;
  if (r.ratio) return `${s} ${r.ratio.value.toFixed(2)}/${r.ratio.target}`;
  return s;
}

const CLASS_LABEL: Record<Lang, Record<Zone['class'], string>> = {
  zh: { urban: '城市', rural: '农村' },
  en: { urban: 'urban', rural: 'rural' },
};

/**
 * The per-zone, per-rule table: one row per zone (name, class, population, then for each enabled
 * rule `✓`/`✗`/`—` with the population share, count/required or value/target), and a footer row
 * with the whole-area results. A cell is empty when the rule is not assessed per zone (e.g. a
 * whole-area ratio). Column headers for rules are rule ids, which name the GeoJSON properties too.
 *
 * @example renderTextTable(evaluationToTable(zones, rules, evaluation, 'zh'))
 */
export function evaluationToTable(
  zones: readonly Zone[],
  rules: readonly Rule[],
  evaluation: Evaluation,
  lang: Lang,
): TextTable {
  const enabled = rules.filter((r) => r.enabled);
  const byKey = new Map<string, RuleResult>();
  for (const r of evaluation.results) byKey.set(`${r.zoneCode}\u0000${r.ruleId}`, r);
  const areaByRule = new Map(evaluation.area.map((r) => [r.ruleId, r]));
  const zh = lang === 'zh';
  const header = [
    zh ? '区划' : 'Zone',
    zh ? '城乡' : 'Class',
    zh ? '人口' : 'Population',
    ...enabled.map((r) => r.id),
  ];
  const rows = zones.map((z) => [
    zh ? z.name : (z.nameEn ?? z.name),
    CLASS_LABEL[lang][z.class],
    z.population === null ? '—' : int(z.population),
    ...enabled.map((rule) => resultCell(byKey.get(`${z.code}\u0000${rule.id}`))),
  ]);
  const known = zones.filter((z) => z.population !== null);
  const total = known.reduce((a, z) => a + (z.population ?? 0), 0);
  const footer = [
    zh ? '全区' : 'Whole area',
    '',
    known.length === 0 ? '—' : int(total),
    ...enabled.map((rule) => resultCell(areaByRule.get(rule.id))),
  ];
  return { header, rows, footer: [footer] };
}
