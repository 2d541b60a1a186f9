/**
 * Offers a blob to the browser as a file download named `fileName`; the object URL is revoked
 * once the click has been handled.
 *
 * @example offerDownload(new Blob([csv], { type: 'text/csv;charset=utf-8' }), '对比.csv')
 */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Characters Windows, macOS and zip tools refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|]+/g;

/** A file name from a workspace, scenario or source name: unsafe characters become `_`, never empty. */
export function safeFileName(name: string, fallback: string): string {
  const printable = [...name].filter((c) => c.charCodeAt(0) >= 32).join('');
  const cleaned = printable.replace(UNSAFE, '_').trim();
  return cleaned === '' ? fallback : cleaned;
}

/**
 * Offers `text` as a download named `fileName` (UTF-8). The object URL is revoked after the click.
 *
 * @example downloadText(csv, '对比.csv', 'text/csv;charset=utf-8')
 */
export function downloadText(text: string, fileName: string, type: string): void {
  offerDownload(new Blob([text], { type }), fileName);
}
