/** Full-width digits and signs (０-９ ． － ，) to ASCII. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Reads one coordinate value in degrees (or metres): a number, a number cell, or degrees-minutes-
 * seconds such as `102°42′30″E` / `25度2分24秒`; `S`/`W` make it negative. Undefined when unreadable.
 *
 * @example parseCoordinate('102°42′30″') // 102.708333…
 */
export function parseCoordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = halfWidth(value)
    .trim()
    .replace(/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, (n) => n.replace(/,/g, ''));
  if (s === '') return undefined;
  const plain = Number(s.replace(/[°度]$/, ''));
  if (Number.isFinite(plain)) return plain;
  const m =
    /^([-+]?\d+(?:\.\d+)?)\s*[°度]\s*(?:(\d+(?:\.\d+)?)\s*['′分]\s*)?(?:(\d+(?:\.\d+)?)\s*["″秒]\s*)?([NSEW东西南北])?$/i.exec(
      s,
    );
  if (!m) return undefined;
  const deg = Math.abs(Number(m[1])) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
  const negative = (m[1] ?? '').startsWith('-') || /^[SW西南]$/i.test(m[4] ?? '');
  return negative ? -deg : deg;
}

/**
 * Splits one "lon,lat" cell (comma, Chinese comma, semicolon or space separated) into two numbers.
 *
 * @example parseLonLatPair('102.7，25.04') // [102.7, 25.04]
 */
export function parseLonLatPair(value: unknown): [number, number] | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value
    .replace(/[，；;]/g, ',')
    .replace(/[()（）[\]]/g, '')
    .split(/\s*,\s*|\s+/)
    .filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  const a = parseCoordinate(parts[0]);
  const b = parseCoordinate(parts[1]);
  return a === undefined || b === undefined ? undefined : [a, b];
}
