import { AREA_CODE, type Rule, type RuleResult } from '../../domain/index.ts';
import { setView, useAppStore } from '../../store/index.ts';
import { int, num, resultValueText, statusText, straightLineNote } from '../format.ts';
import { useResultIndex, useRules, useSelectedRule } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { CoverageChart } from './coverage_chart.tsx';
import { DataIssues } from './data_issues.tsx';

function headline(rule: Rule, results: Map<string, RuleResult> | undefined) {
  const all = [...(results?.values() ?? [])].filter((r) => r.zoneCode !== AREA_CODE);
  const failing = all.filter((r) => r.status === 'fail').length;
  const assessed = all.filter((r) => r.status !== 'na').length;
  const area = results?.get(AREA_CODE);
  const missing = all.reduce((s, r) => s + (r.count?.missing ?? 0), 0);
  return { failing, assessed, area, missing, type: rule.type };
}

/** Headline figures per enabled rule and the coverage chart of the selected rule. */
export function SummaryPanel() {
  const t = useT();
  const rules = useRules().filter((r) => r.enabled);
  const index = useResultIndex();
  const selected = useSelectedRule();
  const elapsedMs = useAppStore((s) => s.results.elapsedMs);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">{t('summary')}</h3>
      <p className="note">{straightLineNote(selected, t.lang)}</p>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col" className="col-head">
              {t('rulesPanel')}
            </th>
            <th scope="col" className="col-head num">
              {t('wholeAreaCol')}
            </th>
            <th scope="col" className="col-head num">
              {t('failingZones')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const h = headline(rule, index.get(rule.id));
            const figure =
              h.area?.reach !== undefined
                ? t('peopleOutsideN', { n: int(h.area.reach.peopleOutside, t.lang) })
                : h.type === 'minCount'
                  ? t('missingN', { n: int(h.missing, t.lang) })
                  : resultValueText(h.area, t.lang);
            return (
              <tr key={rule.id} className={rule.id === selected?.id ? 'selected' : ''}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setView({ selectedRuleId: rule.id })}
                  >
                    {t.pick(rule.title)}
                  </button>
                </th>
                <td className="num">{figure}</td>
                <td className="num">
                  {h.failing}/{h.assessed}{' '}
                  {h.area && (
                    <span className={`badge status-${h.area.status}`}>
                      {statusText(h.area.status, t.lang)}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {elapsedMs !== null && <p className="muted small">{t('elapsed', { ms: num(elapsedMs, 0) })}</p>}
      <DataIssues />
      <CoverageChart rule={selected} results={selected ? index.get(selected.id) : undefined} />
    </section>
  );
}
