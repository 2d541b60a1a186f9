import Papa from 'papaparse';
import type { Label } from '../../domain/index.ts';
import { decodeText } from './decode_text.ts';
import type { ReadOptions, TextEncodingId } from './read_report.ts';
import { cleanHeaders, type TablePoints, tableToPoints } from './table_to_points.ts';

export type CsvRead =
  | ({ ok: true } & TablePoints & { encoding: TextEncodingId })
  | { ok: false; message: Label };

/**
 * Reads CSV or TSV bytes (UTF-8, UTF-8 with BOM, UTF-16LE or GBK) into point features. The
 * delimiter is detected (comma, tab, semicolon, pipe); the first non-empty row is the header;
 * rows are numbered as a spreadsheet shows them (header = row 1).
 */
export function readCsv(bytes: Uint8Array, fileName: string, options: ReadOptions): CsvRead {
  const decoded = decodeText(bytes, options.encoding ?? 'auto');
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '');
  const delimiter = /\.tsv$|\.tab$/i.test(fileName) ? '\t' : '';
  const { data } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const headerIdx = data.findIndex((r) => r.some((h) => h.trim() !== ''));
  const header = data[headerIdx];
  if (!header)
    return { ok: false, message: { zh: '表格为空：没有表头行。', en: 'the table is empty: no header row.' } };
  // Records are numbered as a spreadsheet shows them: the header is row headerIdx + 1.
  const table = {
    headers: cleanHeaders(header),
    rows: data.slice(headerIdx + 1),
    firstRowNumber: headerIdx + 2,
  };
  return { ok: true, ...tableToPoints(table, options), encoding: decoded.encoding };
}
