import stringWidth from 'string-width';

/** A plain-text table: header, body rows and optional footer rows, all cells as text. */
export interface TextTable {
  header: string[];
  rows: string[][];
  footer?: string[][];
}

const NUMERIC = /^[-+]?[\d,.]+%?$|^—$/;

/** Pads `text` to `width` terminal columns, counting East-Asian wide characters (汉字) as 2. */
export function padCell(text: string, width: number, align: 'left' | 'right'): string {
  const pad = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? pad + text : text + pad;
}

/**
 * Renders a table with columns aligned for a terminal: widths are measured with `string-width`
 * (Chinese characters count as 2 columns), columns whose body cells are all numbers are
 * right-aligned, and a dashed line separates header, body and footer. Trailing spaces are trimmed.
 *
 * @example renderTextTable({ header: ['街道', 'pop'], rows: [['马街', '1,200']] })
 */
export function renderTextTable(table: TextTable, gap = '  '): string {
  const all = [table.header, ...table.rows, ...(table.footer ?? [])];
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...all.map((r) => stringWidth(r[c] ?? ''))),
  );
  const align = widths.map((_, c) => {
    const body = [...table.rows, ...(table.footer ?? [])].map((r) => r[c] ?? '').filter((t) => t !== '');
    return body.length > 0 && body.every((t) => NUMERIC.test(t)) ? 'right' : 'left';
  });
  const line = (r: readonly string[]) =>
    widths
      .map((w, c) => padCell(r[c] ?? '', w, align[c] as 'left' | 'right'))
      .join(gap)
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, w) => a + w, 0) + gap.length * (columns - 1));
  const parts = [line(table.header), rule, ...table.rows.map(line)];
  if (table.footer && table.footer.length > 0) parts.push(rule, ...table.footer.map(line));
  return parts.join('\n');
}
