import { offerDownload } from '../download.ts';

/** Characters Windows and macOS do not accept in file names. */
const UNSAFE = /[\\/:*?"<>|]+/g;

/** A file name from a workspace or scenario name: unsafe characters become `_`, never empty. */
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
