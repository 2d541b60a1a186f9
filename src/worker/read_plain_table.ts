import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import type { Label } from '../domain/index.ts';
import { decodeText } from '../engine/formats/decode_text.ts';
import { cleanHeaders } from '../engine/formats/table_to_points.ts';

/** A table without coordinates (e.g. population by 统计用区划代码): header names and rows as records. */
export type PlainTable =
  | { ok: true; columns: string[]; rows: Record<string, unknown>[] }
  | { ok: false; message: Label };

function toRecords(data: unknown[][]): PlainTable {
  const headerIdx = data.findIndex((r) => r.some((v) => v !== null && String(v ?? '').trim() !== ''));
  const header = data[headerIdx];
  if (!header)
    return { ok: false, message: { zh: '表格为空：没有表头行。', en: 'the table is empty: no header row.' } };
  const columns = cleanHeaders(header);
  const rows = data
    .slice(headerIdx + 1)
    .filter((r) => r.some((v) => v !== null && String(v ?? '').trim() !== ''))
    .map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null])));
  return { ok: true, columns, rows };
}

/**
 * Reads a CSV/TSV (UTF-8 or GBK) or `.xlsx` table that has no coordinate columns, for joining
 * values to zones. Never throws.
 *
 * @example await readPlainTable('人口.csv', bytes) // { ok: true, columns: ['统计用区划代码', '常住人口'], rows }
 */
export async function readPlainTable(fileName: string, bytes: Uint8Array): Promise<PlainTable> {
  if (bytes.length === 0)
    return { ok: false, message: { zh: '文件为空（0 字节）。', en: 'the file is empty (0 bytes).' } };
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      const copy = new ArrayBuffer(bytes.byteLength);
      new Uint8Array(copy).set(bytes);
      return toRecords((await readSheet(copy, 1)) as unknown[][]);
    }
    const decoded = decodeText(bytes, 'auto');
    if (!decoded.ok) return decoded;
    const delimiter = /\.tsv$|\.tab$/i.test(fileName) ? '\t' : '';
    const { data } = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/, ''), { delimiter });
    return toRecords(data);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: {
        zh: `无法读取表格（${detail}）。请使用 CSV 或 .xlsx 文件。`,
        en: `cannot read the table (${detail}). Use a CSV or .xlsx file.`,
      },
    };
  }
}
