import { useEffect, useId, useState } from 'react';
import { renameWorkspace } from '../../domain/index.ts';
import { applyChange, getWorkspace, useWorkspace } from '../../store/workspace_access.ts';
import type { WT } from './workflow_strings.ts';

/**
 * The workspace's name, editable: it commits on blur or Enter as one undoable rename
 * (`renameWorkspace`); Escape puts the current name back; an empty name is marked and not applied.
 */
export function WorkspaceName({ t }: { t: WT }) {
  const id = useId();
  const name = useWorkspace((w) => w.name);
  const [text, setText] = useState(name);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(name);
    setInvalid(false);
  }, [name]);

  const commit = () => {
    const next = text.trim();
    setInvalid(next === '');
    if (next === '') return;
    if (next !== text) setText(next);
    const change = renameWorkspace(getWorkspace(), next);
    if (change) applyChange(change);
  };

  return (
    <span className="workspace-name">
      <label htmlFor={id}>{t('workspaceName')}</label>
      <input
        id={id}
        type="text"
        value={text}
        size={Math.min(40, Math.max(12, [...text].length + 2))}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-err` : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(name);
            setInvalid(false);
          }
        }}
      />
      {invalid && (
        <span id={`${id}-err`} className="field-error">
          {t('workspaceNameEmpty')}
        </span>
      )}
    </span>
  );
}
