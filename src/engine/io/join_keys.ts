/** Digits of a full 统计用区划代码 (province 2, prefecture 2, county 2, township 3, village 3). */
export const CODE_DIGITS = 12;

/** Text Excel shows for a long number it has turned into a float (5.30112E+11): the digits are lost. */
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?e\+?\d+$/i;

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).normalize('NFKC').trim();

/** True when a code cell holds Excel's scientific display of a long number (`5.30112E+11`). */
export function isScientificCode(value: unknown): boolean {
  return typeof value === 'string' && SCIENTIFIC.test(cellText(value));
}

/**
 * A 统计用区划代码 / adcode as a comparable key: non-digits removed, then right-padded with zeros
 * to 12 digits, so that a 9-digit township code equals its 12-digit form and a 6-digit county
 * adcode equals its 12-digit form. Undefined when the value has no digits or is Excel's
 * scientific display of a number (`5.30112E+11`, whose digits are lost).
 *
 * @example codeKey('530112001') === codeKey(530112001000) // both '530112001000'
 */
export function codeKey(value: unknown): string | undefined {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return undefined;
  const text = cellText(value);
  if (SCIENTIFIC.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits === '') return undefined;
  return digits.length >= CODE_DIGITS ? digits : digits.padEnd(CODE_DIGITS, '0');
}

/**
 * A place name as a comparable key: Unicode NFKC (full-width letters and digits become
 * half-width), trimmed, every space removed. Undefined when empty.
 *
 * @example nameKey(' 马街 街道 ') // '马街街道'
 */
export function nameKey(value: unknown): string | undefined {
  const text = cellText(value).replace(/\s+/g, '');
  return text === '' ? undefined : text;
}

/** Endings dropped by {@link nameStem}, longest first. */
export const NAME_SUFFIXES = ['街道办事处', '民族乡', '办事处', '街道', '镇', '乡'] as const;

/**
 * A name key without its administrative ending (街道办事处, 民族乡, 办事处, 街道, 镇, 乡), for the
 * second try of a join by name; undefined when nothing is left or there was no such ending.
 *
 * @example nameStem('马街街道办事处') // '马街'
 */
export function nameStem(key: string): string | undefined {
  const suffix = NAME_SUFFIXES.find((s) => key.endsWith(s));
  if (suffix === undefined || key.length <= suffix.length) return undefined;
  return key.slice(0, -suffix.length);
}

const COLUMN_WORDS = {
  code: ['统计用区划代码', '区划代码', '行政区划代码', 'town_code', 'code', 'adcode', '代码', '编码'],
  name: ['名称', 'name', 'town_name', '乡镇名称', '街道名称', '乡镇（街道）', '乡镇街道', '区划名称', '地名'],
  population: ['常住人口', '人口', 'population', 'pop', '常住人口数', '人口数', '总人口'],
} as const;

const COLUMN_PARTS: Record<keyof typeof COLUMN_WORDS, RegExp> = {
  code: /代码|编码|code/i,
  name: /名称|name/i,
  population: /人口|pop/i,
};

const headerKey = (h: string) => h.normalize('NFKC').trim().toLowerCase();

/**
 * The column of a table that most likely holds a zone code, a zone name or a population: a known
 * header first (统计用区划代码, 区划代码, code, town_code…; 名称, name, town_name…; 常住人口, 人口,
 * population…, case and full-width forms ignored), else the first header containing 代码/code,
 * 名称/name or 人口/pop. Columns in `except` are never chosen.
 *
 * @example guessTableColumn(['统计用区划代码', '常住人口（2023）'], 'population') // '常住人口（2023）'
 */
export function guessTableColumn(
  columns: readonly string[],
  role: 'code' | 'name' | 'population',
  except: readonly string[] = [],
): string | undefined {
  const usable = columns.filter((c) => !except.includes(c));
  for (const word of COLUMN_WORDS[role]) {
    const hit = usable.find((c) => headerKey(c) === headerKey(word));
    if (hit !== undefined) return hit;
  }
  return usable.find((c) => COLUMN_PARTS[role].test(headerKey(c)));
}

/** Join columns guessed from a table's headers. */
export interface JoinColumnGuess {
  by: 'code' | 'name';
  keyColumn?: string;
  valueColumn?: string;
}

/**
 * The join a population table most likely wants: by code when it has a code-like column
 * ({@link guessTableColumn}), else by name; `by` forces the kind. The value column is the
 * population-like column other than the key.
 *
 * @example guessJoinColumns(['统计用区划代码', '名称', '常住人口']) // { by: 'code', keyColumn: '统计用区划代码', valueColumn: '常住人口' }
 */
export function guessJoinColumns(columns: readonly string[], by?: 'code' | 'name'): JoinColumnGuess {
  const code = by === 'name' ? undefined : guessTableColumn(columns, 'code');
  const kind = by ?? (code === undefined ? 'name' : 'code');
  const keyColumn = kind === 'code' ? code : guessTableColumn(columns, 'name');
  const valueColumn = guessTableColumn(columns, 'population', keyColumn === undefined ? [] : [keyColumn]);
  const guess: JoinColumnGuess = { by: kind };
  if (keyColumn !== undefined) guess.keyColumn = keyColumn;
  if (valueColumn !== undefined) guess.valueColumn = valueColumn;
  return guess;
}
