/** dBase field names hold at most 10 bytes. */
export const DBF_FIELD_NAME_BYTES = 10;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** The longest prefix of `s` (whole characters) whose UTF-8 form fits in `maxBytes`. */
export function truncateUtf8(
  s: string,
  maxBytes: number,
  byteLength: (s: string) => number = utf8Length,
): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = byteLength(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * Short DBF field names (≤ 10 bytes in the DBF's encoding, UTF-8 by default; unique ignoring case,
 * no spaces) for full property names, in order; in UTF-8 a Chinese name keeps its first three
 * characters. Repeats get `_2`, `_3`…
 *
 * @example shortFieldNames(['populationCovered', 'populationShare']) // ['population', 'populati_2']
 */
export function shortFieldNames(
  fullNames: string[],
  byteLength: (s: string) => number = utf8Length,
): string[] {
  const taken = new Set<string>();
  return fullNames.map((full) => {
    const clean = full.replace(/[\s,;'"()]+/g, '_') || 'field';
    let name = truncateUtf8(clean, DBF_FIELD_NAME_BYTES, byteLength);
    for (let i = 2; taken.has(name.toLowerCase()); i++) {
      const suffix = `_${i}`;
      name = truncateUtf8(clean, DBF_FIELD_NAME_BYTES - suffix.length, byteLength) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
