import { useEffect, useRef, useState } from 'react';
import type { Label } from '../../domain/index.ts';
import type { IllustrativeRemoval } from '../../store/demo_scenarios.ts';
import { getWorkspace, useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';
import { applyImport, planImport } from './apply_import.ts';
import { ColumnsStep } from './columns_step.tsx';
import { CrsStep } from './crs_step.tsx';
import { FileStep } from './file_step.tsx';
import { ImportReport } from './import_report.tsx';
import { type ImportSession, useImportSession } from './use_import_session.ts';

interface Props {
  open: boolean;
  /** Files dropped on the page before the dialog opened. */
  dropped: File[] | null;
  onClose: () => void;
}

interface Done {
  count: number;
  what: 'io_whatZones' | 'io_whatFacilities' | 'io_whatBoth';
  file: string;
  rowsRead: number;
  skipped: { row: number; reason: Label }[];
  leftOut: { row: number; value: string }[];
  removed: IllustrativeRemoval;
}

function canImport(s: ImportSession): boolean {
  if (!s.summary?.ok || !s.preview?.ok || s.checking || s.reading) return false;
  return !Object.values(s.choices.kindValues).includes('') || s.choices.target !== 'facilities';
}

/** Names of the illustrative scenarios the import as now chosen would remove. */
function scenariosToRemove(s: ImportSession): string[] {
  if (!s.preview?.ok || s.choices.target === 'facilities') return [];
  const { target, keepFacilities, facilityMode } = s.choices;
  const plan = planImport(getWorkspace(), s.preview, {
    target,
    fileName: s.fileName,
    keepFacilities,
    facilityMode,
  });
  return plan?.removed.scenarios ?? [];
}

/**
 * The import dialog: choose or drop a file, say what it is, map its columns and categories, pick
 * the coordinate system, read the report, then import as one undoable step. A file that cannot be
 * imported leaves the workspace as it was.
 */
export function ImportDialog({ open, dropped, onClose }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const session = useImportSession();
  const { s, chooseFiles, reread, setChoices, fix, choosePopulationTable, choosePopulationSheet, reset } =
    session;
  const [done, setDone] = useState<Done | null>(null);
  const baselineCount = useAppStore((st) => st.workspace.baseline.length);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    if (open && dropped && dropped.length > 0) {
      setDone(null);
      chooseFiles(dropped);
    }
  }, [open, dropped, chooseFiles]);

  const close = () => {
    reset();
    setDone(null);
    onClose();
  };

  const doImport = () => {
    if (!s.preview) return;
    const { target, keepFacilities, facilityMode } = s.choices;
    const applied = applyImport(s.preview, {
      target,
      fileName: s.fileName,
      keepFacilities,
      facilityMode,
    });
    if (applied === null) return;
    const what =
      target === 'zones' ? 'io_whatZones' : target === 'facilities' ? 'io_whatFacilities' : 'io_whatBoth';
    setDone({
      count: applied.count,
      what,
      file: s.fileName,
      rowsRead: s.summary?.rowsRead ?? 0,
      skipped: s.summary?.skipped ?? [],
      leftOut: s.preview.leftOut,
      removed: applied.removed,
    });
    reset();
  };

  const { summary, choices } = s;
  const willRemove = scenariosToRemove(s);
  const showSteps =
    summary && !s.reading && (summary.ok || summary.coordinateIssues.some((i) => i.severity === 'error'));
  return (
    <dialog ref={ref} className="io-dialog" aria-labelledby="io-dialog-title" onCancel={close}>
      <header className="io-dialog-head">
        <h2 id="io-dialog-title">{t('io_importTitle')}</h2>
        <button type="button" onClick={close} aria-label={t('io_close')}>
          ×
        </button>
      </header>
      <div className="io-dialog-body">
        {done && (
          <div className="io-done" role="status">
            <p>{t('io_imported', { count: done.count, what: t(done.what), file: done.file })}</p>
            <p>
              {t('io_doneCounts', {
                rows: done.rowsRead,
                skipped: done.skipped.length + done.leftOut.length,
              })}
            </p>
            {done.removed.scenarios.length > 0 && (
              <p>{t('io_removedScenarios', { names: done.removed.scenarios.join('、') })}</p>
            )}
            {done.removed.facilities > 0 && (
              <p>{t('io_removedScenarioFacilities', { count: done.removed.facilities })}</p>
            )}
            {done.skipped.length + done.leftOut.length > 0 && (
              <ul>
                {done.skipped.slice(0, 50).map((r) => (
                  <li key={`s${r.row}`}>{t('io_rowReason', { row: r.row, reason: t.pick(r.reason) })}</li>
                ))}
                {done.leftOut.slice(0, 50).map((r) => (
                  <li key={`l${r.row}`}>{t('io_leftOutRow', { row: r.row, value: r.value })}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <FileStep
          s={s}
          onFiles={(files) => {
            setDone(null);
            chooseFiles(files);
          }}
          onReread={reread}
        />
        {showSteps && (
          <>
            <ColumnsStep
              s={s}
              setChoices={setChoices}
              onPopulationTable={(f) => void choosePopulationTable(f)}
              onPopulationSheet={choosePopulationSheet}
            />
            {choices.target === 'zones' && baselineCount > 0 && (
              <fieldset className="io-step">
                <legend>{t('io_existingFacilities')}</legend>
                <label>
                  <input
                    type="radio"
                    name="io-keep"
                    checked={choices.keepFacilities}
                    onChange={() => setChoices({ keepFacilities: true })}
                  />
                  {t('io_keepFacilities', { count: baselineCount })}
                </label>
                <label>
                  <input
                    type="radio"
                    name="io-keep"
                    checked={!choices.keepFacilities}
                    onChange={() => setChoices({ keepFacilities: false })}
                  />
                  {t('io_clearFacilities')}
                </label>
              </fieldset>
            )}
            {choices.target === 'facilities' && baselineCount > 0 && (
              <fieldset className="io-step">
                <legend>{t('io_facilityMode')}</legend>
                <label>
                  <input
                    type="radio"
                    name="io-mode"
                    checked={choices.facilityMode === 'append'}
                    onChange={() => setChoices({ facilityMode: 'append' })}
                  />
                  {t('io_appendFacilities', { count: baselineCount })}
                </label>
                <label>
                  <input
                    type="radio"
                    name="io-mode"
                    checked={choices.facilityMode === 'replace'}
                    onChange={() => setChoices({ facilityMode: 'replace' })}
                  />
                  {t('io_replaceFacilities')}
                </label>
              </fieldset>
            )}
            {willRemove.length > 0 && (
              <p className="io-warning" role="note">
                {t('io_willRemoveScenarios', { names: willRemove.join('、') })}
              </p>
            )}
            <CrsStep s={s} onReread={reread} />
            <ImportReport s={s} onFix={(h, f) => void fix(h, f)} />
          </>
        )}
      </div>
      <footer className="io-dialog-foot">
        {showSteps && !canImport(s) && !s.checking && (
          <span className="io-muted">{t('io_importBlocked')}</span>
        )}
        <button type="button" onClick={close}>
          {done ? t('io_close') : t('io_cancel')}
        </button>
        <button type="button" className="io-primary" disabled={!canImport(s)} onClick={doImport}>
          {t('io_doImport')}
        </button>
      </footer>
    </dialog>
  );
}
