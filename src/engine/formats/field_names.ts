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
 * A readable short form of a long ASCII `<group>__<metric>` name: the group's initials and the
 * metric's words (each cut to 3 letters when needed), e.g. `ems_reach__pop_covered` → `er_popcov`.
 */
function abbreviate(name: string, byteLength: (s: string) => number): string {
  const m = /^([A-Za-z0-9_]+?)__([A-Za-z0-9_]+)$/.exec(name);
  if (!m || byteLength(name) <= DBF_FIELD_NAME_BYTES) return name;
  const initials = (m[1] ?? '')
    .split('_')
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
  const words = (m[2] ?? '').split('_').filter(Boolean);
  const room = DBF_FIELD_NAME_BYTES - initials.length - 1;
  const whole = words.join('');
  return `${initials}_${whole.length <= room ? whole : words.map((w) => w.slice(0, 3)).join('')}`;
}

/**
 * Short DBF field names (≤ 10 bytes in the DBF's encoding, UTF-8 by default; unique ignoring case,
 * no spaces) for full property names, in order; in UTF-8 a Chinese name keeps its first three
 * characters. Repeats get `_2`, `_3`…
 *
 * @example shortFieldNames(['populationCovered', 'ems_reach__pop_covered']) // ['population', 'er_popcov']
 */
export function shortFieldNames(
  fullNames: string[],
  byteLength: (s: string) => number = utf8Length,
): string[] {
  const taken = new Set<string>();
  return fullNames.map((full) => {
    const clean = abbreviate(full.replace(/[\s,;'"()]+/g, '_') || 'field', byteLength);
    let name = truncateUtf8(clean, DBF_FIELD_NAME_BYTES, byteLength);
    for (let i = 2; taken.has(name.toLowerCase()); i++) {
      const suffix = `_${i}`;
      name = truncateUtf8(clean, DBF_FIELD_NAME_BYTES - suffix.length, byteLength) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
