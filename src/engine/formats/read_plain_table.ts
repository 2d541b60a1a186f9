import Papa from 'papaparse';
import type { Label } from '../../domain/index.ts';
import { decodeText } from './decode_text.ts';
import type { ReadOptions, TextEncodingId } from './read_report.ts';
import { readXlsxSheet, type XlsxSheet } from './read_xlsx.ts';
import { sniffFormat } from './sniff_format.ts';
import { cleanHeaders, isBlank } from './table_to_points.ts';

/** One data row of a plain table: its cells by column name and its row as a spreadsheet shows it. */
export interface PlainTableRow {
  /** Source row, 1-based, header included (the first data row under a header in row 1 is row 2). */
  row: number;
  cells: Record<string, unknown>;
}

/** A table without coordinates (e.g. population by 统计用区划代码), or why it could not be read. */
export type PlainTable =
  | {
      ok: true;
      columns: string[];
      rows: PlainTableRow[];
      encoding?: TextEncodingId;
      /** Excel: the sheet read, and every sheet of the workbook. */
      sheet?: string;
      sheets?: XlsxSheet[];
    }
  | { ok: false; message: Label; sheet?: string; sheets?: XlsxSheet[] };

function toTable(data: unknown[][], encoding?: TextEncodingId): PlainTable {
  const headerIdx = data.findIndex((r) => !isBlank(r));
  const header = data[headerIdx];
  if (!header)
    return { ok: false, message: { zh: '表格为空：没有表头行。', en: 'the table is empty: no header row.' } };
  const columns = cleanHeaders(header);
  const rows: PlainTableRow[] = [];
  data.forEach((r, i) => {
    if (i <= headerIdx || isBlank(r)) return;
    rows.push({ row: i + 1, cells: Object.fromEntries(columns.map((c, j) => [c, r[j] ?? null])) });
  });
  return encoding ? { ok: true, columns, rows, encoding } : { ok: true, columns, rows };
}

const NOT_A_TABLE: Record<string, Label> = {
  old_xls: {
    zh: '这是旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV。',
    en: 'this is an old Excel (.xls) file; save it as .xlsx or CSV.',
  },
  geojson: {
    zh: '这是 GeoJSON，不是表格。人口表请用 CSV 或 .xlsx。',
    en: 'this is GeoJSON, not a table. Give the population table as CSV or .xlsx.',
  },
};

const USE_CSV: Label = {
  zh: '不是表格文件。人口表请用 CSV 或 .xlsx。',
  en: 'not a table file. Give the population table as CSV or .xlsx.',
};

/**
 * Reads a CSV/TSV (UTF-8, UTF-8 with BOM, UTF-16LE or GBK) or `.xlsx` table that has no
 * coordinate columns, for joining values to zones. Excel: `options.sheet` by name or 1-based
 * number, by default the first sheet with data; the result names the sheet read and lists them all. The first non-empty row is the header (names
 * made unique like the layer readers do); blank rows are dropped and every row keeps its number as
 * a spreadsheet shows it. The format is told by the bytes. Never throws.
 *
 * @example await readPlainTable('人口.csv', bytes) // { ok: true, columns: ['统计用区划代码', '常住人口'], rows: [{ row: 2, cells: {…} }] }
 */
export async function readPlainTable(
  fileName: string,
  bytes: Uint8Array,
  options: Pick<ReadOptions, 'encoding' | 'sheet'> = {},
): Promise<PlainTable> {
  if (bytes.length === 0)
    return { ok: false, message: { zh: '文件为空（0 字节）。', en: 'the file is empty (0 bytes).' } };
  const sniffed = sniffFormat(bytes, fileName);
  if (sniffed.format !== 'csv' && sniffed.format !== 'xlsx') {
    const key = sniffed.format === 'unknown' ? sniffed.reason : sniffed.format;
    return { ok: false, message: NOT_A_TABLE[key] ?? USE_CSV };
  }
  try {
    if (sniffed.format === 'xlsx') {
      const read = await readXlsxSheet(bytes, options.sheet);
      if (!read.ok) return { ok: false, message: read.message };
      const table = toTable(read.data);
      return { ...table, sheet: read.sheet, sheets: read.sheets };
    }
    const decoded = decodeText(bytes, options.encoding ?? 'auto');
    if (!decoded.ok) return decoded;
    const delimiter = /\.tsv$|\.tab$/i.test(fileName) ? '\t' : '';
    const { data } = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/, ''), {
      delimiter,
      skipEmptyLines: false,
    });
    return toTable(data, decoded.encoding);
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
