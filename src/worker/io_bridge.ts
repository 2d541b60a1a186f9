import { readPlainTable } from '../engine/formats/index.ts';
import { guessJoinColumns } from '../engine/io/index.ts';
import { convertLayer, keepTable } from './io_convert.ts';
import { exportResults } from './io_export.ts';
import type { IoRequest, IoResponse, TableSummary } from './io_messages.ts';
import { fixLayer, layerFeatures, readFileLayer } from './io_read.ts';

const IO_TYPES = new Set<string>([
  'readFile',
  'fixCoordinates',
  'readTable',
  'convertLayer',
  'exportResults',
]);

/** True for the import/export requests this module answers. */
export function isIoRequest(req: { type: string }): req is IoRequest {
  return IO_TYPES.has(req.type);
}

const GONE = {
  zh: '读取的数据已失效，请重新选择文件。',
  en: 'the data read earlier is gone; choose the file again.',
};

/**
 * Answers one import/export request. Replies carry the request id; transferable buffers are
 * listed for export replies. Never throws.
 */
export async function handleIo(
  req: IoRequest,
  post: (
    msg: IoResponse | { type: 'progress'; id: number; fraction: number },
    transfer?: Transferable[],
  ) => void,
): Promise<void> {
  switch (req.type) {
    case 'readFile': {
      const reply = await readFileLayer(req.id, req.file, req.options, (fraction) =>
        post({ type: 'progress', id: req.id, fraction }),
      );
      post({ type: 'readFile', id: req.id, reply });
      return;
    }
    case 'fixCoordinates': {
      post({ type: 'fixCoordinates', id: req.id, reply: fixLayer(req.handle, req.fix) ?? null });
      return;
    }
    case 'readTable': {
      const bytes = 'bytes' in req.file ? new Uint8Array(req.file.bytes) : new Uint8Array();
      const t = await readPlainTable(req.file.name, bytes, req.sheet ? { sheet: req.sheet } : {});
      const reply: TableSummary = t.ok
        ? {
            handle: req.id,
            ok: true,
            fileName: req.file.name,
            rows: t.rows.length,
            columns: t.columns,
            guessed: guessJoinColumns(t.columns),
            errors: [],
            ...(t.sheets ? { sheets: t.sheets } : {}),
            ...(t.sheet ? { sheet: t.sheet } : {}),
          }
        : {
            handle: req.id,
            ok: false,
            fileName: req.file.name,
            rows: 0,
            columns: [],
            guessed: { by: 'name' },
            errors: [t.message],
            ...(t.sheets ? { sheets: t.sheets } : {}),
            ...(t.sheet ? { sheet: t.sheet } : {}),
          };
      if (t.ok) keepTable(req.id, req.file.name, t);
      post({ type: 'readTable', id: req.id, reply });
      return;
    }
    case 'convertLayer': {
      const report = layerFeatures(req.handle);
      const reply = report
        ? convertLayer(report.features, report.fileName, req)
        : {
            ok: false,
            issues: [{ severity: 'error' as const, message: GONE }],
            outsideZones: [],
            leftOut: [],
          };
      post({ type: 'convertLayer', id: req.id, reply });
      return;
    }
    case 'exportResults': {
      const { type: _t, id: _id, ...body } = req;
      const reply = exportResults(body);
      post({ type: 'exportResults', id: req.id, reply }, reply.ok ? [reply.bytes] : []);
      return;
    }
  }
}
