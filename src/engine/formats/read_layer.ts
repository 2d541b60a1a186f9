import type { Label } from '../../domain/index.ts';
import { SOURCE_ROW_KEY } from '../crs/index.ts';
import { parseGeoJson } from '../io/parse_geojson.ts';
import { decodeText } from './decode_text.ts';
import { finalizeLayer, type RawLayer } from './finalize_layer.ts';
import { readCsv } from './read_csv.ts';
import { readKmlText, readKmz } from './read_kml.ts';
import { failedRead, type LayerFormat, type ReadOptions, type ReadReport } from './read_report.ts';
import { readShapefileParts, unzipShapefile } from './read_shapefile.ts';
import { readXlsx } from './read_xlsx.ts';
import { formatOfName, type Sniffed, sniffFormat } from './sniff_format.ts';

type Input = Uint8Array | ArrayBuffer | Record<string, Uint8Array>;
type Step =
  | { ok: true; raw: RawLayer }
  | { ok: false; message: Label; detected?: ReadReport['detected']; columns?: string[]; rowsRead?: number };

const FORMAT_NAMES: Record<LayerFormat, string> = {
  geojson: 'GeoJSON',
  csv: 'CSV',
  xlsx: 'Excel (.xlsx)',
  shapefile: 'Shapefile',
  kml: 'KML',
  kmz: 'KMZ',
};

function unknownFormat(s: Extract<Sniffed, { format: 'unknown' }>): Label {
  if (s.reason === 'old_xls') {
    return {
      zh: '这是旧版 Excel（.xls）文件，请在 Excel/WPS 中另存为 .xlsx 或 CSV 后再导入。',
      en: 'this is an old Excel (.xls) file; save it as .xlsx or CSV in Excel/WPS, then import it.',
    };
  }
  if (s.reason === 'xml_not_kml') return { zh: '是 XML 文件但不是 KML。', en: 'is an XML file but not KML.' };
  return {
    zh: 'ZIP 压缩包中没有 .shp、.kml 或 Excel 内容。',
    en: 'the ZIP archive holds no .shp, .kml or Excel content.',
  };
}

const emptyRaw = (format: LayerFormat): Omit<RawLayer, 'features'> => ({
  rowsRead: 0,
  skipped: [],
  detected: { format },
  warnings: [],
});

async function readBytes(
  fileName: string,
  bytes: Uint8Array,
  format: LayerFormat,
  options: ReadOptions,
): Promise<Step> {
  if (format === 'geojson') {
    const decoded = decodeText(bytes, options.encoding ?? 'auto');
    if (!decoded.ok) return decoded;
    const parsed = parseGeoJson(decoded.text, fileName);
    if (!parsed.ok)
      return {
        ok: false,
        message: parsed.errors[0]?.message ?? { zh: '无法读取 GeoJSON。', en: 'cannot read the GeoJSON.' },
      };
    const features = parsed.collection.features.map((f, i) => ({
      ...f,
      properties: { ...f.properties, [SOURCE_ROW_KEY]: i + 1 },
    }));
    const named = /"crs"\s*:\s*\{[^}]*"name"\s*:\s*"[^"]*?EPSG:{1,2}(\d+)"/i.exec(
      decoded.text.slice(0, 4096),
    )?.[1];
    const raw: RawLayer = {
      ...emptyRaw('geojson'),
      features: { type: 'FeatureCollection', features },
      rowsRead: features.length,
    };
    raw.detected.encoding = decoded.encoding;
    if (named) raw.namedCrs = `EPSG:${named}`;
    return { ok: true, raw };
  }
  if (format === 'csv') {
    const r = readCsv(bytes, fileName, options);
    if (!r.ok) return r;
    const detected = { format, encoding: r.encoding };
    if (r.errors?.[0])
      return {
        ok: false,
        message: r.errors[0].message,
        detected,
        columns: r.columns ?? [],
        rowsRead: r.rowsRead,
      };
    return { ok: true, raw: { ...emptyRaw(format), ...r, columns: r.columns ?? [], detected } };
  }
  if (format === 'xlsx') {
    const { sheet, sheets, ...r } = await readXlsx(bytes, options);
    const detected = { format, ...(sheet === undefined ? {} : { sheet }), ...(sheets ? { sheets } : {}) };
    if (!r.ok) return { ...r, detected };
    if (r.errors?.[0]) {
      return {
        ok: false,
        message: r.errors[0].message,
        detected,
        columns: r.columns ?? [],
        rowsRead: r.rowsRead,
      };
    }
    return { ok: true, raw: { ...emptyRaw(format), ...r, columns: r.columns ?? [], detected } };
  }
  if (format === 'kml' || format === 'kmz') {
    const decode = (b: Uint8Array) => {
      const d = decodeText(b, 'utf-8');
      return d.ok ? d.text : '';
    };
    const r = format === 'kml' ? readKmlText(decode(bytes)) : readKmz(bytes, decode);
    if (!r.ok) return r;
    const raw: RawLayer = {
      ...emptyRaw(format),
      features: r.features,
      rowsRead: r.features.features.length,
      alwaysWgs84: true,
    };
    return { ok: true, raw };
  }
  const unzipped =
    bytes[0] === 0x50 ? unzipShapefile(bytes) : { ok: true as const, parts: { [fileName]: bytes } };
  if (!unzipped.ok) return unzipped;
  return readParts(unzipped.parts, options);
}

function readParts(parts: Record<string, Uint8Array>, options: ReadOptions): Step {
  const r = readShapefileParts(parts, options);
  if (!r.ok) return r;
  const raw: RawLayer = {
    ...emptyRaw('shapefile'),
    features: r.features,
    rowsRead: r.features.features.length + r.skipped.length,
    skipped: r.skipped,
    columns: r.columns,
    warnings: r.warnings,
    detected: { format: 'shapefile', encoding: r.encoding === 'gbk' ? 'gbk' : 'utf-8' },
  };
  if (r.prj !== undefined) raw.prj = r.prj;
  return { ok: true, raw };
}

/**
 * Reads a layer file (bytes as a Uint8Array or ArrayBuffer) into WGS-84 GeoJSON with raw properties: GeoJSON, CSV/TSV (UTF-8 or GBK),
 * Excel .xlsx, Shapefile (.zip, or the .shp/.dbf/.prj/.cpg parts as a record), KML or KMZ. The
 * format is told by the bytes (a misnamed file is still read, with a warning). Never throws:
 * problems come back in `errors`, `skipped`, `warnings` and `coordinateIssues`.
 *
 * @example await readLayer('设施.csv', bytes, { crs: 'gcj02' }) // { ok: true, features, detected: { format: 'csv', encoding: 'gbk', crs: 'gcj02' }, … }
 */
export async function readLayer(
  fileName: string,
  input: Input,
  options: ReadOptions = {},
): Promise<ReadReport> {
  let step: Step;
  const warnings: Label[] = [];
  if (input instanceof ArrayBuffer) return readLayer(fileName, new Uint8Array(input), options);
  if (!(input instanceof Uint8Array)) {
    const entries = Object.entries(input);
    if (entries.length === 1 && entries[0]) return readLayer(entries[0][0], entries[0][1], options);
    step = readParts(input, options);
  } else if (input.length === 0) {
    return failedRead(fileName, { zh: '文件为空（0 字节）。', en: 'the file is empty (0 bytes).' });
  } else {
    const sniffed = sniffFormat(input, fileName);
    if (sniffed.format === 'unknown') return failedRead(fileName, unknownFormat(sniffed));
    const named = formatOfName(fileName);
    // Text that is neither JSON nor XML but named .geojson/.kml is a broken file of that kind, not a CSV.
    if (sniffed.format === 'csv' && (named === 'geojson' || named === 'kml')) sniffed.format = named;
    if (named && named !== sniffed.format) {
      const is = FORMAT_NAMES[sniffed.format];
      warnings.push({
        zh: `文件扩展名与内容不符：内容是 ${is}，已按 ${is} 读取。`,
        en: `the file extension does not match its content: it is ${is} and was read as such.`,
      });
    }
    try {
      step = await readBytes(fileName, input, sniffed.format, options);
      if (!step.ok && !step.detected) step = { ...step, detected: { format: sniffed.format } };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      step = {
        ok: false,
        message: { zh: `读取失败（${detail}）。`, en: `reading failed (${detail}).` },
        detected: { format: sniffed.format },
      };
    }
  }
  if (!step.ok) {
    const failed = failedRead(fileName, step.message, step.detected);
    return { ...failed, rowsRead: step.rowsRead ?? 0, ...(step.columns ? { columns: step.columns } : {}) };
  }
  options.onProgress?.({ rowsDone: step.raw.rowsRead, rowsTotal: step.raw.rowsRead, fraction: 1 });
  return finalizeLayer(fileName, { ...step.raw, warnings: [...warnings, ...step.raw.warnings] }, options);
}
