import type { CoordinateFix } from '../../engine/crs/index.ts';
import { useT } from '../i18n/use_t.ts';
import type { ImportSession } from './use_import_session.ts';

interface Props {
  s: ImportSession;
  onFix: (handle: number, fix: CoordinateFix) => void;
}

const MAX_LISTED = 50;

function rowList(rows: number[]): string {
  const head = rows.slice(0, 20).join(', ');
  return rows.length > 20 ? `${head} … (+${rows.length - 20})` : head;
}

/**
 * Step 4, shown every time: rows read, what would be imported, every skipped row with its number
 * and reason, coordinate problems with one-click fixes, facilities outside every zone, and the
 * engine's errors and notes.
 */
export function ImportReport({ s, onFix }: Props) {
  const t = useT();
  const { summary, preview, choices } = s;
  if (!summary) return null;
  const what = t(
    choices.target === 'zones'
      ? 'io_whatZones'
      : choices.target === 'facilities'
        ? 'io_whatFacilities'
        : 'io_whatBoth',
  );
  const count = preview?.ok
    ? (preview.zones?.length ?? 0) + (choices.target === 'zones' ? 0 : (preview.facilities?.length ?? 0))
    : 0;
  const skipped = summary.skipped.length + (preview?.leftOut.length ?? 0);
  const keyed = <T extends { message: { zh: string } }>(list: T[]) =>
    list.map((x, n) => ({ ...x, key: `${n}:${x.message.zh}` }));
  const errors = keyed(preview?.issues.filter((i) => i.severity === 'error') ?? []);
  const notes = keyed([
    ...summary.warnings.map((w) => ({ message: w, severity: 'warning' as const })),
    ...(preview?.issues.filter((i) => i.severity === 'warning') ?? []),
  ]);
  return (
    <section className="io-step io-report" aria-labelledby="io-step-report" aria-busy={s.checking}>
      <h3 id="io-step-report">{t('io_stepReport')}</h3>
      <p className="io-counts" data-testid="io-counts">
        {t('io_reportCounts', { rows: summary.rowsRead, count, what, skipped })}
        {s.checking && <span className="io-muted"> {t('io_checking')}</span>}
      </p>
      {summary.coordinateIssues.length > 0 && (
        <div className="io-coords">
          <h4>{t('io_coordinateProblems')}</h4>
          <ul>
            {summary.coordinateIssues.map((issue) => (
              <li key={issue.code} className={issue.severity === 'error' ? 'io-error' : 'io-warning'}>
                <p>{t.pick(issue.message)}</p>
                <p className="io-muted">{t('io_rows', { rows: rowList(issue.rows) })}</p>
                {issue.fixes.slice(0, 6).map((fix) => (
                  <button key={t.pick(fix.label)} type="button" onClick={() => onFix(summary.handle, fix)}>
                    {t.pick(fix.label)}
                  </button>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {errors.length > 0 && (
        <div className="io-error" role="alert">
          <h4>{t('io_problems')}</h4>
          <ul>
            {errors.slice(0, MAX_LISTED).map((e) => (
              <li key={e.key}>{t.pick(e.message)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && preview.outsideZones.length > 0 && (
        <div className="io-warning">
          <h4>{t('io_outsideZones', { count: preview.outsideZones.length })}</h4>
          <ul>
            {preview.outsideZones.slice(0, MAX_LISTED).map((o) => (
              <li key={o.row}>{t('io_outsideRow', { row: o.row, name: o.name })}</li>
            ))}
          </ul>
          {(s.options.crs ?? 'auto') === 'auto' && <p>{t('io_outsideGcjHint')}</p>}
        </div>
      )}
      {skipped > 0 && (
        <details className="io-skipped" open={skipped <= 10}>
          <summary>
            {t('io_skippedRows')} ({skipped})
          </summary>
          <ul>
            {summary.skipped.slice(0, MAX_LISTED).map((r) => (
              <li key={`s${r.row}`}>{t('io_rowReason', { row: r.row, reason: t.pick(r.reason) })}</li>
            ))}
            {(preview?.leftOut ?? []).slice(0, MAX_LISTED).map((r) => (
              <li key={`l${r.row}`}>{t('io_leftOutRow', { row: r.row, value: r.value })}</li>
            ))}
          </ul>
        </details>
      )}
      {notes.length > 0 && (
        <details className="io-notes" open>
          <summary>
            {t('io_warnings')} ({notes.length})
          </summary>
          <ul>
            {notes.slice(0, MAX_LISTED).map((n) => (
              <li key={n.key}>{t.pick(n.message)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
