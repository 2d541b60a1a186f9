import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/** A leading =, +, @ (or - before a non-number) makes spreadsheets run a formula; prefix a quote. */
function defuse(v: CsvCell): CsvCell {
  if (typeof v !== 'string') return v;
  return /^[=+@\t\r]/.test(v) || (/^-/.test(v) && Number.isNaN(Number(v))) ? `'${v}` : v;
}

/** CSV bytes in UTF-8 with a BOM (so Excel on Chinese Windows opens it correctly), CRLF lines. */
export function toCsvBytes(rows: Record<string, CsvCell>[], columns?: string[]): Uint8Array {
  const fields = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const data = rows.map((r) => fields.map((f) => defuse(r[f])));
  const text = Papa.unparse({ fields, data }, { newline: '\r\n' });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

/**
 * The per-zone report as CSV bytes: UTF-8 with BOM, one row per object, columns in first-seen order
 * (or as given), numbers unformatted, formula-like text defused.
 *
 * @example toZoneReportCsv([{ 街道: '马街', 人口: 80000 }]) // bytes of "\uFEFF街道,人口\r\n马街,80000\r\n"
 */
export function toZoneReportCsv(
  rows: Record<string, CsvCell>[],
  options: { columns?: string[] } = {},
): Uint8Array {
  return toCsvBytes(rows, options.columns);
}
