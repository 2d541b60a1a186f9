import { useEffect } from 'react';
import { redo, undo, useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';

/** True when keys typed now go into a text field (its own undo applies there). */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(type);
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo; not while typing in a field. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingInField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.shiftKey)) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Undo and redo buttons (disabled when there is nothing to do) and their keyboard shortcuts. */
export function UndoRedo() {
  const t = useT();
  const { canUndo, canRedo } = useAppStore((s) => s.history);
  useUndoShortcuts();
  return (
    <div className="undo-redo">
      <button type="button" disabled={!canUndo} title={t('undoShortcut')} onClick={() => undo()}>
        <span aria-hidden="true">↶ </span>
        {t('undo')}
      </button>
      <button type="button" disabled={!canRedo} title={t('redoShortcut')} onClick={() => redo()}>
        <span aria-hidden="true">↷ </span>
        {t('redo')}
      </button>
    </div>
  );
}
