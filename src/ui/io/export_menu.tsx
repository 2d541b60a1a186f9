import { useEffect, useRef, useState } from 'react';
import type { Label } from '../../domain/index.ts';
import { countedStatusesOf, shownIllustrative, useAppStore } from '../../store/index.ts';
import { ioClient } from '../../worker/io_client.ts';
import type { ExportFormat } from '../../worker/io_messages.ts';
import { useRules } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { downloadBytes, exportFileName } from './export_files.ts';

const FORMATS: ExportFormat[] = ['geojson', 'csv', 'shp', 'shp_gk3'];

type Status = { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: Label } | null;

/**
 * The export menu: the current results as GeoJSON (with the metadata block and 示意数据 flag), the
 * per-zone CSV report (UTF-8 with BOM) or a Shapefile zip (CGCS2000 degrees or the 3°
 * Gauss-Krüger zone of the data). Files are built in the worker and downloaded.
 */
export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const root = useRef<HTMLDivElement>(null);
  const evaluation = useAppStore((s) => s.results.evaluation);
  const busy = useAppStore((s) => s.results.busy);
  const rules = useRules();
  const ready = evaluation !== null && !busy;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    const state = useAppStore.getState();
    const ev = state.results.evaluation;
    if (!ev) return;
    const ws = state.workspace;
    setStatus({ kind: 'busy' });
    const source = ws.sourceName ?? '';
    const reply = await ioClient().exportResults({
      format,
      zones: ws.zones,
      facilities: state.facilities,
      rules,
      evaluation: ev,
      statuses: [...countedStatusesOf(ws.rules)],
      inputs: { zones: source, facilities: source, rules: ws.rules.presetId },
      lang: t.lang,
      illustrative: shownIllustrative(ws),
    });
    if (!reply.ok) {
      setStatus({ kind: 'failed', message: reply.message });
      return;
    }
    const file = exportFileName(format, source, t.lang);
    downloadBytes(reply.bytes, reply.mime, file);
    setStatus({ kind: 'done', file });
  };

  return (
    <div className="io-export" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!ready}
        title={ready ? t('io_exportMenu') : t('io_exportWait')}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {t('io_export')}
      </button>
      {open && (
        <div
          className="io-menu"
          role="menu"
          aria-label={t('io_exportMenu')}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          {FORMATS.map((f) => (
            <button key={f} type="button" role="menuitem" onClick={() => void run(f)}>
              {t(`io_export_${f}`)}
            </button>
          ))}
        </div>
      )}
      <span className="io-export-status" role="status">
        {status?.kind === 'busy' && t('io_exporting')}
        {status?.kind === 'done' && t('io_exported', { file: status.file })}
        {status?.kind === 'failed' && t('io_exportFailed', { message: t.pick(status.message) })}
      </span>
    </div>
  );
}
