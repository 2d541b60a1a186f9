import type { Lang } from '../../store/index.ts';
import type { ExportFormat } from '../../worker/io_messages.ts';
import { offerDownload, safeFileName } from '../download.ts';
import { translate } from '../i18n/strings.ts';

const EXT: Record<ExportFormat, string> = { geojson: 'geojson', csv: 'csv', shp: 'zip', shp_gk3: 'zip' };

/**
 * A download name the planner recognises: what it is, which data, the date, e.g.
 * `覆盖评估_乡镇_20260330.geojson` or `zone_report_townships_20260330.csv`.
 *
 * @example exportFileName('csv', '乡镇边界.zip', 'zh', new Date('2026-03-30')) // '分区报表_乡镇边界_20260330.csv'
 */
export function exportFileName(
  format: ExportFormat,
  sourceName: string,
  lang: Lang,
  date = new Date(),
): string {
  const stem =
    format === 'csv' ? 'io_fileStemReport' : format === 'geojson' ? 'io_fileStemResult' : 'io_fileStemShp';
  const source =
    sourceName === '' || sourceName === 'demo'
      ? translate('io_demoName', lang)
      : safeFileName(sourceName.replace(/\.[^.]+$/, ''), '');
  const ymd = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  const gk = format === 'shp_gk3' ? (lang === 'zh' ? '_高斯3度带' : '_gk3') : '';
  return `${translate(stem, lang)}${gk}_${source}_${ymd}.${EXT[format]}`;
}

/** Offers bytes to the browser as a file download. */
export function downloadBytes(bytes: ArrayBuffer, mime: string, fileName: string): void {
  offerDownload(new Blob([bytes], { type: mime }), fileName);
}
