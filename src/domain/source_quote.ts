/**
 * Separators inside `RuleSource.quoteZh`: ` | ` between the cells of a table row (tables are
 * flattened one cell per line or tab-separated in the seed files) and `…` where words are left out.
 */
export const QUOTE_SEPARATOR = /\s*(?:\||…)\s*/;

/** The pieces of a quote that must each appear verbatim in the cited lines, in order. */
export function quoteFragments(quoteZh: string): string[] {
  return quoteZh
    .split(QUOTE_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Why a quote does not match its cited lines, or null when it does. */
export type QuoteMismatch =
  | { fragment: string; reason: 'not_found' }
  | { lineIndex: number; reason: 'line_unused' };

/**
 * Checks a source quote against the text of its cited lines (in the order of `RuleSource.lines`):
 * every fragment must be an exact substring of a cited line, fragments appear in order, and every
 * cited line holds at least one fragment.
 *
 * @example quoteMismatch('每千人口注册护士数 | 4.76', ['\t每千人口注册护士数', '\t4.76']) // null
 */
export function quoteMismatch(quoteZh: string, lineTexts: readonly string[]): QuoteMismatch | null {
  const used = lineTexts.map(() => false);
  let line = 0;
  let offset = 0;
  for (const fragment of quoteFragments(quoteZh)) {
    let found = false;
    while (line < lineTexts.length && !found) {
      const at = (lineTexts[line] ?? '').indexOf(fragment, offset);
      if (at >= 0) {
        found = true;
        used[line] = true;
        offset = at + fragment.length;
      } else {
        line += 1;
        offset = 0;
      }
    }
    if (!found) return { fragment, reason: 'not_found' };
  }
  const unused = used.indexOf(false);
  return unused >= 0 ? { lineIndex: unused, reason: 'line_unused' } : null;
}
