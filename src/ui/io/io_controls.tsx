import { useEffect, useState } from 'react';
import { useT } from '../i18n/use_t.ts';
import { ExportMenu } from './export_menu.tsx';
import { ImportDialog } from './import_dialog.tsx';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/**
 * The top bar's data controls: "导入数据" (opens the import dialog; files dropped anywhere on the
 * page open it too) and the export menu.
 */
export function IoControls() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File[] | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      setDropped(files);
      setOpen(true);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="io-controls">
      <button
        type="button"
        className="io-primary"
        onClick={() => {
          setDropped(null);
          setOpen(true);
        }}
      >
        {t('io_import')}
      </button>
      <ExportMenu />
      <ImportDialog
        open={open}
        dropped={dropped}
        onClose={() => {
          setOpen(false);
          setDropped(null);
        }}
      />
      {dragging && !open && (
        <div className="io-page-drop" aria-hidden="true">
          {t('io_dropPage')}
        </div>
      )}
    </div>
  );
}
