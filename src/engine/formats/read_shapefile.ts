import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import type { Label } from '../../domain/index.ts';
import { SOURCE_ROW_KEY } from '../crs/index.ts';
import { encodingOfCpg, isValidUtf8 } from './decode_text.ts';
import type { ReadOptions, TextEncodingId } from './read_report.ts';

export type ShapefileRead =
  | {
      ok: true;
      features: FeatureCollection;
      columns: string[];
      encoding: TextEncodingId | string;
      prj?: string;
      skipped: { row: number; reason: Label }[];
      warnings: Label[];
    }
  | { ok: false; message: Label };

type Parts = Record<string, Uint8Array>;

const SHAPEFILE_PART = /\.(shp|shx|dbf|prj|cpg)$/i;

/** The parts of a zipped Shapefile, keyed by their path inside the zip. */
export function unzipShapefile(
  bytes: Uint8Array,
): { ok: true; parts: Parts } | { ok: false; message: Label } {
  try {
    const parts = unzipSync(bytes, {
      filter: (f) => SHAPEFILE_PART.test(f.name) && !f.name.startsWith('__MACOSX'),
    });
    return { ok: true, parts };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: {
        zh: `ZIP 压缩包损坏或不完整（${detail}），请重新压缩或重新下载。`,
        en: `the ZIP archive is damaged or incomplete (${detail}); zip or download it again.`,
      },
    };
  }
}

const baseOf = (name: string) => name.replace(/\.[^.]+$/, '').toLowerCase();
const textOf = (b: Uint8Array | undefined) =>
  b
    ? new TextDecoder()
        .decode(b)
        .replace(/^\uFEFF/, '')
        .trim()
    : undefined;

/** DBF encoding: option, else `.cpg`, else the DBF language driver byte (0x4D/0x7A = GBK), else UTF-8 if valid, else GBK. */
function dbfEncoding(
  dbf: Uint8Array,
  cpg: string | undefined,
  option: ReadOptions['encoding'],
): TextEncodingId | string {
  if (option && option !== 'auto') return option;
  if (cpg) return encodingOfCpg(cpg) ?? cpg;
  const ldid = dbf[29];
  if (ldid === 0x4d || ldid === 0x7a) return 'gbk';
  const headerBytes = (dbf[8] ?? 0) | ((dbf[9] ?? 0) << 8);
  return isValidUtf8(dbf.subarray(headerBytes)) ? 'utf-8' : 'gbk';
}

function cleanValue(v: unknown): unknown {
  if (typeof v === 'number' && Number.isNaN(v)) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return v;
}

/**
 * Reads a Shapefile from its parts (`.shp` required; `.dbf`, `.prj`, `.cpg`, `.shx` optional, any
 * case): geometries in the file's own coordinates (the caller reprojects using `prj`), DBF
 * attributes as raw properties plus `_row` (record number). When several layers are present the
 * one named by `layer`, else the first, is read and the others are listed in a warning.
 */
export function readShapefileParts(parts: Parts, options: ReadOptions): ShapefileRead {
  const names = Object.keys(parts);
  const shpNames = names.filter((n) => /\.shp$/i.test(n)).sort();
  if (shpNames.length === 0) {
    const dbfOnly = names.some((n) => /\.dbf$/i.test(n));
    return {
      ok: false,
      message: dbfOnly
        ? {
            zh: '缺少 .shp 文件（只有 .dbf）。请同时选择 .shp、.dbf、.shx、.prj 文件，或上传包含它们的 .zip。',
            en: 'the .shp file is missing (only a .dbf). Select the .shp, .dbf, .shx and .prj together, or a .zip holding them.',
          }
        : { zh: '没有找到 .shp 文件。', en: 'no .shp file found.' },
    };
  }
  const wanted = options.layer?.toLowerCase();
  const shpName = shpNames.find((n) => wanted && baseOf(n).endsWith(wanted)) ?? (shpNames[0] as string);
  const base = baseOf(shpName);
  const part = (ext: string) =>
    parts[names.find((n) => baseOf(n) === base && n.toLowerCase().endsWith(ext)) ?? ''];
  const warnings: Label[] = [];
  if (shpNames.length > 1) {
    const others = shpNames.filter((n) => n !== shpName).join(', ');
    warnings.push({
      zh: `压缩包内有多个图层，只读取了 ${shpName}；其他：${others}。`,
      en: `several layers found; read ${shpName} only. Others: ${others}.`,
    });
  }
  const shp = parts[shpName] as Uint8Array;
  let geometries: ReturnType<typeof parseShp>;
  try {
    geometries = parseShp(shp);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: { zh: `.shp 文件无法读取（${detail}）。`, en: `cannot read the .shp file (${detail}).` },
    };
  }
  const dbf = part('.dbf');
  const encoding = dbf ? dbfEncoding(dbf, textOf(part('.cpg')), options.encoding) : 'utf-8';
  let records: Record<string, unknown>[] = [];
  if (dbf) {
    try {
      records = parseDbf(dbf, encoding);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        message: {
          zh: `.dbf 属性表无法读取（${detail}）。`,
          en: `cannot read the .dbf attribute table (${detail}).`,
        },
      };
    }
  } else
    warnings.push({
      zh: '缺少 .dbf 属性表：要素没有属性。',
      en: 'no .dbf attribute table: the features have no attributes.',
    });
  if (dbf && records.length !== geometries.length) {
    warnings.push({
      zh: `.shp 有 ${geometries.length} 个图形，.dbf 有 ${records.length} 条记录，文件可能不完整。`,
      en: `the .shp has ${geometries.length} shapes but the .dbf ${records.length} records; the files may be incomplete.`,
    });
  }
  const skipped: { row: number; reason: Label }[] = [];
  const features: Feature[] = [];
  geometries.forEach((geometry, i) => {
    if (!geometry) {
      skipped.push({ row: i + 1, reason: { zh: '空图形（null shape）', en: 'empty (null) shape' } });
      return;
    }
    const properties: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(records[i] ?? {})) properties[k] = cleanValue(v);
    properties[SOURCE_ROW_KEY] = i + 1;
    features.push({ type: 'Feature', properties, geometry });
  });
  const columns = Object.keys(records[0] ?? {});
  const prj = textOf(part('.prj'));
  return {
    ok: true,
    features: { type: 'FeatureCollection', features },
    columns,
    encoding,
    ...(prj ? { prj } : {}),
    skipped,
    warnings,
  };
}
