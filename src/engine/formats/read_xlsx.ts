import readXlsxFile from 'read-excel-file/universal';
import type { Label } from '../../domain/index.ts';
import type { ReadOptions } from './read_report.ts';
import { cleanHeaders, isBlank, type TablePoints, tableToPoints } from './table_to_points.ts';

/** A sheet read into points, or why not; both name the workbook's sheets when it could be opened. */
export type XlsxRead =
  | ({ ok: true; sheet: string; sheets: XlsxSheet[] } & TablePoints)
  | { ok: false; message: Label; sheet?: string; sheets?: XlsxSheet[] };

/** One sheet of a workbook: its name and how many rows hold something (the header included). */
export interface XlsxSheet {
  name: string;
  rows: number;
}

/** A copy of the bytes as a standalone ArrayBuffer (the reader wants an ArrayBuffer, not a view). */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

function unreadable(detail: string, sheet?: string | number): { ok: false; message: Label } {
  const named = sheet === undefined ? '' : `“${sheet}”`;
  return {
    ok: false,
    message: {
      zh: `无法读取 Excel 工作表${named}（${detail}）。请确认是 .xlsx 文件（旧版 .xls 请另存为 .xlsx 或 CSV）。`,
      en: `cannot read the Excel sheet${sheet === undefined ? '' : ` ${sheet}`} (${detail}). Check that it is an .xlsx file (save old .xls files as .xlsx or CSV).`,
    },
  };
}

type Book = { sheet: string; data: unknown[][] }[];

async function readBook(
  bytes: Uint8Array,
): Promise<{ ok: true; book: Book } | { ok: false; detail: string }> {
  try {
    return { ok: true, book: (await readXlsxFile(toArrayBuffer(bytes))) as Book };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

const sheetsOf = (book: Book): XlsxSheet[] =>
  book.map((s) => ({ name: s.sheet, rows: s.data.filter((r) => !isBlank(r)).length }));

/**
 * The sheets of an `.xlsx` workbook in workbook order, with the number of non-blank rows of each.
 * Never throws.
 *
 * @example await xlsxSheets(bytes) // { ok: true, sheets: [{ name: '说明', rows: 0 }, { name: '设施', rows: 7 }] }
 */
export async function xlsxSheets(
  bytes: Uint8Array,
): Promise<{ ok: true; sheets: XlsxSheet[] } | { ok: false; message: Label }> {
  const read = await readBook(bytes);
  return read.ok ? { ok: true, sheets: sheetsOf(read.book) } : unreadable(read.detail);
}

/**
 * The sheet read when none is named: the first with a header and at least one data row, else the
 * first with anything in it, else the first.
 */
export function defaultSheet(sheets: readonly XlsxSheet[]): string | undefined {
  return (sheets.find((s) => s.rows >= 2) ?? sheets.find((s) => s.rows >= 1) ?? sheets[0])?.name;
}

/** One sheet's cells, which sheet it was and every sheet of the workbook. */
export interface XlsxSheetRead {
  ok: true;
  sheet: string;
  sheets: XlsxSheet[];
  data: unknown[][];
}

/**
 * The cells of one sheet of an `.xlsx` workbook: `sheet` by name or 1-based number, or by default
 * the first with data (`defaultSheet`). A sheet that does not exist is an error naming the sheets
 * there are. Never throws.
 *
 * @example await readXlsxSheet(bytes, '人口') // { ok: true, sheet: '人口', sheets: [...], data: [['代码', '人口'], ...] }
 */
export async function readXlsxSheet(
  bytes: Uint8Array,
  sheet?: string | number,
): Promise<XlsxSheetRead | { ok: false; message: Label; sheets?: XlsxSheet[] }> {
  const read = await readBook(bytes);
  if (!read.ok) return unreadable(read.detail, sheet);
  const { book } = read;
  const sheets = sheetsOf(book);
  const wanted =
    sheet === undefined
      ? book.find((s) => s.sheet === defaultSheet(sheets))
      : typeof sheet === 'number'
        ? book[sheet - 1]
        : book.find((s) => s.sheet === sheet);
  if (wanted) return { ok: true, sheet: wanted.sheet, sheets, data: wanted.data };
  const names = sheets.map((s) => s.name);
  return {
    ok: false,
    sheets,
    message: {
      zh: `无法读取 Excel 工作表“${sheet}”：工作簿中没有这个工作表；有的工作表：${names.join('、')}。`,
      en: `cannot read the Excel sheet "${sheet}": the workbook has no such sheet; its sheets: ${names.join(', ')}.`,
    },
  };
}

/**
 * Reads one sheet of an `.xlsx` workbook (`options.sheet` by name or 1-based number; default: the
 * first sheet with data) into point features; the first non-empty row is the header and rows are
 * numbered as Excel shows them.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadOptions): Promise<XlsxRead> {
  const read = await readXlsxSheet(bytes, options.sheet);
  if (!read.ok) return read;
  const { data, sheet, sheets } = read;
  const headerIdx = data.findIndex((r) => !isBlank(r));
  const header = data[headerIdx];
  if (!header)
    return { ok: false, message: { zh: '工作表为空。', en: 'the sheet is empty.' }, sheet, sheets };
  const table = {
    headers: cleanHeaders(header),
    rows: data.slice(headerIdx + 1),
    firstRowNumber: headerIdx + 2,
  };
  return { ok: true, sheet, sheets, ...tableToPoints(table, options) };
}
