import { useState } from 'react';
import { AREA_CODE, type Label, type RuleStatus } from '../../domain/index.ts';
import type { Comparison, RuleComparison } from '../../engine/workflow.ts';
import type { WT } from '../workspace/workflow_strings.ts';

const EPS = 1e-9;

/** Whether a row shows any change: a status, people covered (whole people), a count or a ratio. */
export function rowChanged(r: RuleComparison): boolean {
  if (r.statusBefore !== r.statusAfter) return true;
  if (Math.round(r.populationCovered?.change ?? 0) !== 0) return true;
  if (Math.abs(r.count?.change ?? 0) > EPS) return true;
  return Math.abs(r.ratio?.change ?? 0) > EPS;
}

function people(x: number | null | undefined, lang: 'zh' | 'en'): string {
  return x === null || x === undefined ? '' : Math.round(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
}

function signed(x: number | null | undefined, lang: 'zh' | 'en'): string {
  if (x === null || x === undefined) return '';
  const n = Math.round(x);
  return n > 0 ? `+${people(n, lang)}` : people(n, lang);
}

function statusText(s: RuleStatus | null, t: WT): string {
  if (s === 'pass') return t('statusPass');
  if (s === 'fail') return t('statusFail');
  if (s === 'na') return t('statusNa');
  return t('statusNone');
}

function otherMeasure(r: RuleComparison, t: WT): string {
  const f = (x: number | null | undefined, digits: number) =>
    x === null || x === undefined ? '—' : String(Number(x.toFixed(digits)));
  if (r.count) return t('countMeasure', { before: f(r.count.before, 0), after: f(r.count.after, 0) });
  if (r.ratio) return t('ratioMeasure', { before: f(r.ratio.before, 3), after: f(r.ratio.after, 3) });
  return '';
}

/** The comparison per rule and zone (then the whole area), by default only the rows that change. */
export function CompareTable({
  comparison,
  titles,
  t,
}: {
  comparison: Comparison;
  titles: Record<string, Label>;
  t: WT;
}) {
  const [onlyChanged, setOnlyChanged] = useState(true);
  const all = [...comparison.zones, ...comparison.area];
  const rows = onlyChanged ? all.filter(rowChanged) : all;
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={onlyChanged}
          onChange={(e) => setOnlyChanged(e.currentTarget.checked)}
        />{' '}
        {t('onlyChanged')}
      </label>
      <table className="compare-table" aria-label={t('compareTable')}>
        <thead>
          <tr>
            <th scope="col">{t('colRule')}</th>
            <th scope="col">{t('colZone')}</th>
            <th scope="col">{t('colCoveredBefore')}</th>
            <th scope="col">{t('colCoveredAfter')}</th>
            <th scope="col">{t('colCoveredChange')}</th>
            <th scope="col">{t('colOther')}</th>
            <th scope="col">{t('colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const change = Math.round(r.populationCovered?.change ?? 0);
            const flip = r.flip ? t(r.flip === 'fixed' ? 'flipFixed' : 'flipBroken') : '';
            return (
              <tr key={`${r.ruleId}\u0000${r.zoneCode}`} data-zone={r.zoneCode} data-rule={r.ruleId}>
                <td>{t.pick(titles[r.ruleId]) || r.ruleId}</td>
                <th scope="row">{r.zoneCode === AREA_CODE ? t('wholeArea') : r.zoneName}</th>
                <td className="num">{people(r.populationCovered?.before, t.lang)}</td>
                <td className="num">{people(r.populationCovered?.after, t.lang)}</td>
                <td className={`num${change > 0 ? ' up' : change < 0 ? ' down' : ''}`} data-change={change}>
                  {signed(r.populationCovered?.change, t.lang)}
                </td>
                <td>{otherMeasure(r, t)}</td>
                <td data-flip={r.flip ?? undefined}>
                  {statusText(r.statusBefore, t)} → {statusText(r.statusAfter, t)}
                  {flip && ` （${flip}）`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {onlyChanged && all.length > rows.length && (
        <p>{t('unchangedRows', { count: all.length - rows.length })}</p>
      )}
    </>
  );
}
