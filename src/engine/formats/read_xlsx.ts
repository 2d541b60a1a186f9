import { readSheet } from 'read-excel-file/universal';
import type { Label } from '../../domain/index.ts';
import type { ReadOptions } from './read_report.ts';
import { cleanHeaders, type TablePoints, tableToPoints } from './table_to_points.ts';

export type XlsxRead = ({ ok: true } & TablePoints) | { ok: false; message: Label };

/** A copy of the bytes as a standalone ArrayBuffer (the reader wants an ArrayBuffer, not a view). */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

/**
 * Reads one sheet of an `.xlsx` workbook (default: the first) into point features; the first
 * non-empty row is the header and rows are numbered as Excel shows them.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadOptions): Promise<XlsxRead> {
  let data: unknown[][];
  try {
    data = (await readSheet(toArrayBuffer(bytes), options.sheet ?? 1)) as unknown[][];
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const sheet = options.sheet === undefined ? '' : `“${options.sheet}”`;
    return {
      ok: false,
      message: {
        zh: `无法读取 Excel 工作表${sheet}（${detail}）。请确认是 .xlsx 文件（旧版 .xls 请另存为 .xlsx 或 CSV）。`,
        en: `cannot read the Excel sheet${sheet ? ` ${options.sheet}` : ''} (${detail}). Check that it is an .xlsx file (save old .xls files as .xlsx or CSV).`,
      },
    };
  }
  const headerIdx = data.findIndex((r) => r.some((v) => v !== null && String(v).trim() !== ''));
  const header = data[headerIdx];
  if (!header) return { ok: false, message: { zh: '工作表为空。', en: 'the sheet is empty.' } };
  const table = {
    headers: cleanHeaders(header),
    rows: data.slice(headerIdx + 1),
    firstRowNumber: headerIdx + 2,
  };
  return { ok: true, ...tableToPoints(table, options) };
}
