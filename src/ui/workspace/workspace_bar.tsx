import { useRef, useState } from 'react';
import { keepAsCopy, reloadStored, usePersistStatus } from '../../store/persist_runner.ts';
import { getWorkspace, replaceWorkspace } from '../../store/workspace_access.ts';
import {
  formatWorkspaceFileError,
  WORKSPACE_FILE_EXTENSION,
  workspaceFromFile,
  workspaceToFile,
} from '../../store/workspace_file.ts';
import { downloadText, safeFileName } from '../download.ts';
import { useWT, type WT } from './workflow_strings.ts';
import { WorkspaceName } from './workspace_name.tsx';
import './workflow.css';

const clock = (iso: string | null, lang: 'zh' | 'en') =>
  iso ? new Date(iso).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '';

type Notice = { kind: 'error'; file: string; lines: string[] } | { kind: 'ok'; text: string };

/** The planner's save status, storage and tab-conflict alerts, and saving to / opening a workspace file. */
export function WorkspaceBar() {
  const t = useWT();
  const [notice, setNotice] = useState<Notice | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const saveToFile = () => {
    const ws = getWorkspace();
    const name = `${safeFileName(ws.name, 'workspace')}${WORKSPACE_FILE_EXTENSION}`;
    downloadText(workspaceToFile(ws), name, 'application/json;charset=utf-8');
  };

  const openFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setNotice({ kind: 'error', file: file.name, lines: [t('fileReadFailed', { message })] });
      return;
    }
    const result = workspaceFromFile(text, file.name);
    if (!result.ok) {
      const lines = result.errors.slice(0, 8).map((e) => formatWorkspaceFileError(e, t.lang));
      if (result.errors.length > 8) lines.push(`… (${result.errors.length - 8})`);
      setNotice({ kind: 'error', file: file.name, lines });
      return;
    }
    replaceWorkspace(result.workspace, { record: true });
    const text2 =
      result.migratedFrom === undefined
        ? t('fileOpened', { file: file.name })
        : t('fileMigrated', { file: file.name, from: result.migratedFrom });
    setNotice({ kind: 'ok', text: text2 });
  };

  return (
    <>
      <StorageAlerts t={t} />
      {notice?.kind === 'error' && (
        <div className="banner banner-error workflow-banner" role="alert">
          <div>
            <p>{t('fileRejected', { file: notice.file })}</p>
            <ul>
              {notice.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={() => setNotice(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <section className="workspace-bar" aria-label={t('workspaceActions')}>
        <WorkspaceName t={t} />
        <button type="button" onClick={saveToFile}>
          {t('saveToFile')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('openFile')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label={t('openFile')}
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void openFile(file);
          }}
        />
        <SaveStatus t={t} />
        {notice?.kind === 'ok' && <span className="workspace-notice">{notice.text}</span>}
      </section>
    </>
  );
}

function SaveStatus({ t }: { t: WT }) {
  const { phase, savedAt, restoredAt, otherTabs } = usePersistStatus();
  let text = '';
  if (phase === 'pending') text = t('saving');
  else if (phase === 'failed') text = t('notSaved');
  else if (savedAt && savedAt === restoredAt) text = t('restoredFrom', { time: clock(restoredAt, t.lang) });
  else if (savedAt) text = t('savedAt', { time: clock(savedAt, t.lang) });
  return (
    <>
      <span className={`save-status save-${phase}`} role="status" data-phase={phase}>
        {text}
      </span>
      {otherTabs > 0 && (
        <span className="workspace-notice" role="status">
          {t('otherTabs', { count: otherTabs })}
        </span>
      )}
    </>
  );
}

function StorageAlerts({ t }: { t: WT }) {
  const storageError = usePersistStatus((s) => s.storageError);
  const conflict = usePersistStatus((s) => s.conflict);
  const [busy, setBusy] = useState(false);
  const choose = (action: () => Promise<boolean>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <>
      {storageError && (
        <div className="banner banner-error workflow-banner" role="alert">
          {t('storageFailed', { message: t.pick(storageError.message) })}
        </div>
      )}
      {conflict && (
        <div className="banner banner-warning workflow-banner" role="alert">
          <p>{t('conflictTitle', { time: clock(conflict.savedAt, t.lang) })}</p>
          <div className="banner-actions">
            <button type="button" disabled={busy} onClick={() => choose(reloadStored)}>
              {t('reloadNewer')}
            </button>
            <button type="button" disabled={busy} onClick={() => choose(() => keepAsCopy(t.lang))}>
              {t('keepAsCopy')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
