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
