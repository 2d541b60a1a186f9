import { type CrsId, crsOf, type ReadOptions } from '../engine/index.ts';
import { type ParsedOptions, str } from './args.ts';
import { type CliFailure, failure, type Lang } from './cli_io.ts';

/** How input files are decoded: --crs, --encoding, --lon-field, --lat-field and --sheet. */
export type ImportOptions = Pick<ReadOptions, 'crs' | 'encoding' | 'lonField' | 'latField' | 'sheet'>;

/**
 * Reads and checks the import flags; a bad --crs or --encoding is a usage failure.
 *
 * @example importOptions({ crs: 'gcj02' }, 'en') // { ok: true, options: { crs: 'gcj02' } }
 */
export function importOptions(
  values: ParsedOptions,
  lang: Lang,
): { ok: true; options: ImportOptions } | CliFailure {
  const zh = lang === 'zh';
  const options: ImportOptions = {};
  const crs = str(values, 'crs');
  if (crs !== undefined) {
    const known = crs === 'auto' ? undefined : crsOf(crs);
    if (crs !== 'auto' && !known) {
      return failure(
        zh
          ? `--crs "${crs}"：可用 wgs84、cgcs2000、gcj02、bd09、auto、EPSG:4490、EPSG:4491–4554（CGCS2000 高斯-克吕格）或 EPSG:3857。`
          : `--crs "${crs}": use wgs84, cgcs2000, gcj02, bd09, auto, EPSG:4490, EPSG:4491–4554 (CGCS2000 Gauss-Krüger) or EPSG:3857.`,
      );
    }
    options.crs = known ? (known.id as CrsId) : 'auto';
  }
  const encoding = str(values, 'encoding')?.toLowerCase();
  if (encoding !== undefined) {
    const e = encoding === 'utf8' ? 'utf-8' : encoding;
    if (e !== 'utf-8' && e !== 'gbk' && e !== 'auto') {
      return failure(
        zh
          ? `--encoding "${encoding}"：可用 utf-8、gbk、auto。`
          : `--encoding "${encoding}": use utf-8, gbk or auto.`,
      );
    }
    options.encoding = e;
  }
  const lon = str(values, 'lon-field');
  const lat = str(values, 'lat-field');
  if (lon !== undefined) options.lonField = lon;
  if (lat !== undefined) options.latField = lat;
  const sheet = str(values, 'sheet');
  if (sheet !== undefined) options.sheet = /^\d+$/.test(sheet) ? Number(sheet) : sheet;
  return { ok: true, options };
}
