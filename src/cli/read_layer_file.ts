import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { type CrsId, formatOfName, type ReadReport, readLayer, SOURCE_ROW_KEY } from '../engine/index.ts';
import { type CliFailure, failure, type Lang } from './cli_io.ts';
import type { ImportOptions } from './import_options.ts';

/** A layer read from disk: features in WGS-84 with raw properties, plus messages for stderr. */
export interface LayerFile {
  ok: true;
  collection: FeatureCollection<Geometry | null>;
  warnings: string[];
  /** Coordinate problems the reader found, with `--crs` suggestions; printed when conversion fails. */
  coordinateHints: string[];
  /** The reader's own blocking errors (e.g. projected coordinates), when any. */
  blocking: string[];
}

/** The file's bytes, or for a `.shp` the bytes of its sibling .dbf/.shx/.prj/.cpg parts too. */
function inputOf(path: string): Uint8Array | Record<string, Uint8Array> {
  if (!/\.shp$/i.test(path)) return new Uint8Array(readFileSync(path));
  const stem = basename(path)
    .replace(/\.shp$/i, '')
    .toLowerCase();
  const parts: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dirname(path))) {
    const m = /^(.*)\.(shp|shx|dbf|prj|cpg)$/i.exec(name);
    if (m && m[1]?.toLowerCase() === stem)
      parts[name] = new Uint8Array(readFileSync(join(dirname(path), name)));
  }
  return parts;
}

function hints(report: ReadReport, lang: Lang): string[] {
  const zh = lang === 'zh';
  return (report.coordinateIssues ?? []).map((issue) => {
    const rows = issue.rows.slice(0, 8).join(', ') + (issue.rows.length > 8 ? ' …' : '');
    const crsFixes = issue.fixes
      .flatMap((f) => (f.kind === 'assume_crs' ? [f.crs as CrsId] : []))
      .slice(0, 3);
    const fix =
      crsFixes.length > 0
        ? zh
          ? ` 可尝试：${crsFixes.map((c) => `--crs ${c}`).join(' 或 ')}。`
          : ` Try ${crsFixes.map((c) => `--crs ${c}`).join(' or ')}.`
        : '';
    return zh
      ? `${report.fileName}：${issue.message.zh}（行/要素 ${rows}）${fix}`
      : `${report.fileName}: ${issue.message.en} (rows/features ${rows})${fix}`;
  });
}

/**
 * Reads GeoJSON, CSV, Excel .xlsx, Shapefile (.shp with its siblings, or .zip), KML or KMZ through the
 * engine's `readLayer` with the --crs/--encoding/--lon-field/--lat-field/--sheet options (default crs:
 * the .prj, else WGS-84). Fails with a message
 * naming the file when it is missing, a folder, or unreadable.
 */
export async function readLayerFile(
  path: string,
  lang: Lang,
  options: ImportOptions = {},
): Promise<LayerFile | CliFailure> {
  const zh = lang === 'zh';
  if (!existsSync(path)) return failure(zh ? `${path}：文件不存在。` : `${path}: no such file.`);
  if (statSync(path).isDirectory())
    return failure(zh ? `${path}：是文件夹，请给出文件。` : `${path}: is a folder; give a file.`);
  const report = await readLayer(path, inputOf(path), options);
  const messages = (list: { message: { zh: string; en: string } }[] | undefined) =>
    (list ?? []).map((m) => `${path}: ${m.message[lang]}`);
  if (report.features.features.length === 0) {
    // The reader's warnings explain a failure too (e.g. a .geojson file whose content is not JSON).
    const lines = [...messages(report.warnings), ...messages(report.errors)];
    if (formatOfName(path) === 'geojson' && report.detected.format !== 'geojson')
      lines.unshift(
        zh
          ? `${path}：扩展名是 GeoJSON，但内容不是 JSON（已尝试按 ${report.detected.format ?? '文本'} 读取）。`
          : `${path}: the name says GeoJSON but the content is not JSON (tried reading it as ${report.detected.format ?? 'text'}).`,
      );
    return failure(
      lines.length > 0
        ? lines.join('\n')
        : zh
          ? `${path}：没有可读的要素。`
          : `${path}: no features could be read.`,
    );
  }
  const warnings = [
    ...messages(report.warnings),
    ...report.skipped
      .slice(0, 10)
      .map((s) => `${path}: ${zh ? `第 ${s.row} 行已跳过` : `row ${s.row} skipped`}: ${s.reason[lang]}`),
  ];
  if (report.skipped.length > 10)
    warnings.push(
      zh
        ? `${path}：另有 ${report.skipped.length - 10} 行被跳过。`
        : `${path}: ${report.skipped.length - 10} more rows skipped.`,
    );
  // GeoJSON features are located by index; only tables and Shapefiles keep their source row.
  const keepRows = report.detected.format !== 'geojson';
  const features = report.features.features.map((f) => {
    if (keepRows || !f.properties || !(SOURCE_ROW_KEY in f.properties)) return f;
    const { [SOURCE_ROW_KEY]: _row, ...properties } = f.properties;
    return { ...f, properties };
  });
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    warnings,
    coordinateHints: hints(report, lang),
    blocking: report.ok ? [] : messages(report.errors),
  };
}
