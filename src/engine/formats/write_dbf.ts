import { type DbfField, structure } from 'dbf';
import type { Label } from '../../domain/index.ts';
import { truncateUtf8 } from './field_names.ts';

/** One attribute column: full property name, short DBF name and dBase type. */
export interface DbfColumn {
  full: string;
  short: string;
  type: 'C' | 'N' | 'L';
  /** Field width in bytes. */
  size: number;
  /** Decimal places of an `N` field. */
  decimals: number;
}

const MAX_C_BYTES = 254;
const N_SIZE = 18;
const MAX_DECIMALS = 6;

/** The bytes of `s` as a "binary string" (one char per byte): the `dbf` library writes charCodeAt per char. */
function byteString(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  const s = v.toFixed(MAX_DECIMALS).replace(/0+$/, '');
  return Math.max(0, s.length - s.indexOf('.') - 1);
}

/** Value as text for the DBF: objects as JSON, the rest as strings. */
function textOf(v: unknown): string {
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Chooses each column's dBase type and width from the values (numbers → N, booleans → L, else C). */
export function dbfColumns(
  rows: Record<string, unknown>[],
  full: string[],
  short: string[],
  encode: (s: string) => Uint8Array,
): DbfColumn[] {
  return full.map((name, i) => {
    const values = rows
      .map((r) => r[name])
      .filter((v) => v !== null && v !== undefined && !(typeof v === 'number' && !Number.isFinite(v)));
    const base = { full: name, short: short[i] ?? name };
    if (values.length > 0 && values.every((v) => typeof v === 'number')) {
      const numbers = values as number[];
      let decimals = Math.max(0, ...numbers.map(decimalsOf));
      // Fewer decimals until every value fits the 18-character field; text when even integers do not.
      while (decimals > 0 && numbers.some((v) => v.toFixed(decimals).length > N_SIZE)) decimals--;
      if (numbers.every((v) => v.toFixed(decimals).length <= N_SIZE))
        return { ...base, type: 'N', size: N_SIZE, decimals };
    }
    if (values.length > 0 && values.every((v) => typeof v === 'boolean'))
      return { ...base, type: 'L', size: 1, decimals: 0 };
    const widest = Math.max(1, ...values.map((v) => encode(textOf(v)).length));
    return { ...base, type: 'C', size: Math.min(MAX_C_BYTES, widest), decimals: 0 };
  });
}

/**
 * A dBase III table written by the `dbf` library, text encoded by `encode` (UTF-8 for export; tests
 * pass a GBK encoder). Text longer than 254 bytes is cut at a character boundary and reported.
 */
export function writeDbf(
  rows: Record<string, unknown>[],
  columns: DbfColumn[],
  encode: (s: string) => Uint8Array,
): { view: DataView; warnings: Label[] } {
  const warnings: Label[] = [];
  const meta: DbfField[] = columns.map((c) => ({
    name: byteString(encode(c.short)),
    type: c.type,
    size: c.size,
  }));
  const encoded = rows.map((row) => {
    const out: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const key = meta[i]?.name ?? c.short;
      const v = row[c.full];
      if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) out[key] = null;
      else if (c.type === 'N') out[key] = (v as number).toFixed(c.decimals);
      else if (c.type === 'L') out[key] = v;
      else {
        let text = textOf(v);
        if (encode(text).length > c.size) {
          text = truncateUtf8(text, c.size, (t) => encode(t).length);
          warnings.push({
            zh: `字段“${c.full}”的值超过 254 字节，已截断。`,
            en: `a value of field "${c.full}" exceeds 254 bytes and was cut.`,
          });
        }
        out[key] = byteString(encode(text));
      }
    });
    return out;
  });
  const view = structure(encoded, meta);
  // The library writes 3 decimals for every N field; set each field's own.
  columns.forEach((c, i) => {
    view.setUint8(32 + i * 32 + 17, c.type === 'N' ? c.decimals : 0);
  });
  return { view, warnings: dedupe(warnings) };
}

function dedupe(labels: Label[]): Label[] {
  const seen = new Set<string>();
  return labels.filter((l) => !seen.has(l.en) && seen.add(l.en));
}
