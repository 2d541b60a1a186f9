import { useEffect, useRef, useState } from 'react';
import type { ReadFileOptions } from '../../worker/io_messages.ts';
import { useT } from '../i18n/use_t.ts';
import { SheetSelect } from './sheet_select.tsx';
import type { ImportSession } from './use_import_session.ts';

const ACCEPT = '.geojson,.json,.csv,.tsv,.txt,.xlsx,.zip,.shp,.dbf,.shx,.prj,.cpg,.kml,.kmz';

interface Props {
  s: ImportSession;
  onFiles: (files: File[]) => void;
  onReread: (patch: ReadFileOptions) => void;
}

/** Drop zone, file picker, reading progress, what was found, and why a file could not be read. */
export function FileStep({ s, onFiles, onReread }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const zone = useRef<HTMLDivElement>(null);
  const onFilesRef = useRef(onFiles);
  onFilesRef.current = onFiles;
  useEffect(() => {
    const el = zone.current;
    if (!el) return;
    const over = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const leave = () => setOver(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) onFilesRef.current(files);
    };
    el.addEventListener('dragover', over);
    el.addEventListener('dragleave', leave);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragover', over);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('drop', drop);
    };
  }, []);
  const { summary } = s;
  const failed = summary && !summary.ok && summary.coordinateIssues.every((i) => i.severity !== 'error');
  return (
    <div className="io-step">
      <div ref={zone} className={`io-drop${over ? ' io-drop-over' : ''}`}>
        <p>{t('io_dropHere')}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {t('io_chooseFiles')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          aria-label={t('io_chooseFiles')}
          className="io-file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      {s.reading && (
        <div className="io-reading" role="status">
          <span>{t('io_reading', { file: s.fileName })}</span>
          {s.progress === null ? (
            <progress aria-label={t('io_readProgress')} />
          ) : (
            <progress max={1} value={s.progress} aria-label={t('io_readProgress')} />
          )}
        </div>
      )}
      {s.fileError && (
        <p className="io-error" role="alert">
          {t.pick(s.fileError)}
        </p>
      )}
      {summary && !s.reading && (
        <p className="io-file-info">
          {t('io_fileInfo', {
            file: summary.fileName,
            format: summary.format ?? '?',
            encoding: summary.encoding ?? '—',
            rows: summary.rowsRead,
          })}
        </p>
      )}
      {summary && !s.reading && (
        <SheetSelect
          sheets={summary.sheets}
          value={summary.sheet}
          // Another sheet has other columns: the coordinate columns chosen for this one do not apply.
          onChange={(sheet) => onReread({ sheet, lonField: undefined, latField: undefined })}
        />
      )}
      {summary && failed && !s.reading && (
        <div className="io-error" role="alert">
          {summary.errors.map((e) => (
            <p key={e.zh}>{t('io_fileFailed', { file: summary.fileName, message: t.pick(e) })}</p>
          ))}
          {summary.columns.length > 0 && summary.featureCount === 0 && (
            <CoordinateColumns columns={summary.columns} onReread={onReread} />
          )}
        </div>
      )}
    </div>
  );
}

function CoordinateColumns({
  columns,
  onReread,
}: {
  columns: string[];
  onReread: (patch: { lonField?: string; latField?: string }) => void;
}) {
  const t = useT();
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  return (
    <div className="io-coord-columns">
      <label>
        {t('io_lonColumn')}
        <select value={lon} onChange={(e) => setLon(e.target.value)}>
          <option value="">{t('io_notMapped')}</option>
          {columns.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        {t('io_latColumn')}
        <select value={lat} onChange={(e) => setLat(e.target.value)}>
          <option value="">{t('io_notMapped')}</option>
          {columns.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!lon || !lat}
        onClick={() => onReread({ lonField: lon, latField: lat })}
      >
        {t('io_rereadWithColumns')}
      </button>
    </div>
  );
}
