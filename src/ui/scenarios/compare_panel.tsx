import { useEffect, useState } from 'react';
import { type Label, scenarioFacilities, type Workspace } from '../../domain/index.ts';
import { type Comparison, comparisonToCsv, facilityDiffToCsv } from '../../engine/workflow.ts';
import { countedStatusesOf } from '../../store/index.ts';
import { useWorkspace } from '../../store/workspace_access.ts';
import { downloadText, safeFileName } from '../download.ts';
import { useRules } from '../hooks.ts';
import { useWT, type WT } from '../workspace/workflow_strings.ts';
import { compareClient } from './compare_client.ts';
import { closeComparison, existingSide, useCompareState } from './compare_state.ts';
import { CompareTable } from './compare_table.tsx';
import '../workspace/workflow.css';

type Outcome = { comparison: Comparison } | { error: string } | null;

function sideName(ws: Pick<Workspace, 'scenarios'>, side: string | null, t: WT): string {
  return side === null ? t('baseline') : (ws.scenarios.find((s) => s.id === side)?.name ?? t('baseline'));
}

/**
 * Two sides (baseline or scenarios; default the active scenario against the baseline) evaluated
 * in the worker and compared per zone and rule: people covered, pass/fail flips, and the
 * facilities that differ. Exports the comparison as CSV (UTF-8 with BOM).
 */
export function ComparePanel() {
  const t = useWT();
  const { open, from: rawFrom, to: rawTo } = useCompareState();
  const zones = useWorkspace((w) => w.zones);
  const population = useWorkspace((w) => w.populationPoints);
  const rulesState = useWorkspace((w) => w.rules);
  const baseline = useWorkspace((w) => w.baseline);
  const scenarios = useWorkspace((w) => w.scenarios);
  const ws = { baseline, scenarios } as Workspace;
  const from = existingSide(ws, rawFrom);
  const to = existingSide(ws, rawTo);
  const rules = useRules();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const client = compareClient();
    if (!open || !client || zones.length === 0) return;
    let live = true;
    const sides = { baseline, scenarios } as Workspace;
    setBusy(true);
    void client
      .compare({
        zones,
        ...(population ? { population } : {}),
        rules,
        statuses: [...countedStatusesOf(rulesState)],
        facilitiesA: scenarioFacilities(sides, from),
        facilitiesB: scenarioFacilities(sides, to),
      })
      .then((r) => {
        if (!live || ('stale' in r && r.stale)) return;
        setBusy(false);
        setOutcome(r.ok ? { comparison: r.comparison } : { error: 'error' in r ? r.error : 'unknown' });
      });
    return () => {
      live = false;
    };
  }, [open, zones, population, rules, rulesState, baseline, scenarios, from, to]);

  if (!open) return null;
  const titles: Record<string, Label> = Object.fromEntries(rules.map((r) => [r.id, r.title]));
  const comparison = outcome && 'comparison' in outcome ? outcome.comparison : null;
  const fileBase = safeFileName(`${sideName(ws, from, t)}-${sideName(ws, to, t)}`, 'comparison');
  const sideOptions = [
    { value: '', label: t('baseline') },
    ...scenarios.map((s) => ({ value: s.id, label: s.name })),
  ];
  const choose = (key: 'from' | 'to') => (side: string | null) => useCompareState.setState({ [key]: side });
  const exportCsv = (toCsv: (c: Comparison) => string, suffix: string) => {
    if (comparison) downloadText(toCsv(comparison), `${fileBase}${suffix}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <section className="compare-panel" aria-label={t('compare')} aria-busy={busy}>
      <div className="compare-head">
        <h2>{t('compare')}</h2>
        <SidePicker label={t('compareFrom')} side={from} options={sideOptions} onPick={choose('from')} />
        <span aria-hidden="true">→</span>
        <SidePicker label={t('compareTo')} side={to} options={sideOptions} onPick={choose('to')} />
        <button
          type="button"
          disabled={!comparison || busy}
          onClick={() => exportCsv((c) => comparisonToCsv(c, t.lang, { ruleTitles: titles }), '')}
        >
          {t('exportCompareCsv')}
        </button>
        <button
          type="button"
          disabled={!comparison || busy}
          onClick={() => exportCsv((c) => facilityDiffToCsv(c, t.lang), '-facilities')}
        >
          {t('exportFacilityCsv')}
        </button>
        <button type="button" onClick={closeComparison}>
          {t('compareClose')}
        </button>
      </div>
      {busy && <p role="status">{t('compareBusy')}</p>}
      {outcome && 'error' in outcome && (
        <p className="banner banner-error" role="alert">
          {t('compareFailed', { message: outcome.error })}
        </p>
      )}
      {comparison && !busy && (
        <CompareBody comparison={comparison} titles={titles} same={from === to} t={t} />
      )}
    </section>
  );
}

/** A labelled choice of one side of the comparison: '' stands for the baseline (null). */
function SidePicker({
  label,
  side,
  options,
  onPick,
}: {
  label: string;
  side: string | null;
  options: { value: string; label: string }[];
  onPick: (side: string | null) => void;
}) {
  return (
    <label>
      {label}
      <select
        value={side ?? ''}
        onChange={(e) => onPick(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function CompareBody({
  comparison: c,
  titles,
  same,
  t,
}: {
  comparison: Comparison;
  titles: Record<string, Label>;
  same: boolean;
  t: WT;
}) {
  const d = c.facilities;
  const items = [
    ...d.added.map((f) => t('facAdded', { name: f.name })),
    ...d.removed.map((f) => t('facRemoved', { name: f.name })),
    ...d.moved.map((m) => t('facMoved', { name: m.name, m: Math.round(m.distanceM) })),
    ...d.changed.map((x) =>
      t('facChanged', { name: x.name, fields: x.fields.map((f) => f.field).join(', ') }),
    ),
  ];
  return (
    <>
      {same && <p>{t('compareSame')}</p>}
      <p className="compare-summary">{t('compareSummary', { fixed: c.fixed, broken: c.broken })}</p>
      <h3>{t('facilityChanges')}</h3>
      {items.length === 0 ? (
        <p>{t('noFacilityChanges')}</p>
      ) : (
        <ul className="compare-facilities" aria-label={t('facilityChanges')}>
          {items.map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rebuilt per comparison
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
      <CompareTable comparison={c} titles={titles} t={t} />
    </>
  );
}
