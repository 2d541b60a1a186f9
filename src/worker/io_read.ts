import { unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import type { Label } from '../domain/index.ts';
import { applyCoordinateFix, type CoordinateFix, diagnoseCoordinates } from '../engine/crs/index.ts';
import { type ReadProgress, type ReadReport, readLayer } from '../engine/formats/index.ts';
import { chooseFields, type FieldRole } from '../engine/io/index.ts';
import type { FileInput, LayerSummary, LayerTarget, ReadFileOptions } from './io_messages.ts';

/** Layers read and not yet converted, by handle. Only the newest few are kept. */
const layers = new Map<number, { report: ReadReport; fromPrj: boolean }>();
const KEEP_LAYERS = 4;

const ROLES: FieldRole[] = [
  'name',
  'code',
  'id',
  'kind',
  'status',
  'level',
  'class',
  'population',
  'parentCode',
  'beds',
  'doctors',
  'nurses',
  'ambulances',
  'address',
];
const MAX_VALUES = 60;

/** The features of a layer read earlier, or undefined when the handle is unknown. */
export function layerFeatures(handle: number): ReadReport | undefined {
  return layers.get(handle)?.report;
}

function keep(handle: number, report: ReadReport, fromPrj: boolean): void {
  layers.delete(handle);
  layers.set(handle, { report, fromPrj });
  while (layers.size > KEEP_LAYERS) {
    const oldest = layers.keys().next().value;
    if (oldest === undefined) break;
    layers.delete(oldest);
  }
}

function hasPrj(file: FileInput): boolean {
  if ('parts' in file) return Object.keys(file.parts).some((n) => /\.prj$/i.test(n));
  const bytes = new Uint8Array(file.bytes);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (/\.prj$/i.test(f.name)) found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

function distinctValues(fc: FeatureCollection, columns: string[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const c of columns) out[c] = new Set();
  for (const f of fc.features) {
    const p = f.properties ?? {};
    for (const c of columns) {
      const set = out[c] as Set<string>;
      const v = p[c];
      if (set.size >= MAX_VALUES || v === null || v === undefined || typeof v === 'object') continue;
      const text = String(v).trim();
      if (text !== '') set.add(text);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}

function suggestTarget(report: ReadReport, points: number, polygons: number): LayerTarget {
  const layersSeen = new Set(report.features.features.map((f) => f.properties?.layer));
  if (layersSeen.has('zone') && layersSeen.has('facility')) return 'both';
  return polygons > points ? 'zones' : 'facilities';
}

/** A summary of a read layer for the dialog (counts, columns, values, issues); features stay here. */
export function summarise(handle: number, report: ReadReport, crsFromPrj: boolean): LayerSummary {
  const fc = report.features;
  let points = 0;
  let polygons = 0;
  let others = 0;
  for (const f of fc.features) {
    const t = f.geometry?.type;
    if (t === 'Point' || t === 'MultiPoint') points++;
    else if (t === 'Polygon' || t === 'MultiPolygon') polygons++;
    else others++;
  }
  const keys = new Set<string>(report.columns ?? []);
  for (const f of fc.features.slice(0, 500)) for (const k of Object.keys(f.properties ?? {})) keys.add(k);
  keys.delete('_row');
  const columns = [...keys];
  const props = fc.features.slice(0, 500).map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const summary: LayerSummary = {
    handle,
    ok: report.ok,
    fileName: report.fileName,
    crsFromPrj,
    rowsRead: report.rowsRead,
    featureCount: fc.features.length,
    points,
    polygons,
    others,
    skipped: report.skipped,
    columns,
    values: distinctValues(fc, columns),
    errors: (report.errors ?? []).map((e) => e.message),
    warnings: (report.warnings ?? []).map((w) => w.message),
    coordinateIssues: report.coordinateIssues ?? [],
    suggested: suggestTarget(report, points, polygons),
    guessedFields: chooseFields(props, ROLES).keys,
  };
  if (report.detected.format) summary.format = report.detected.format;
  if (report.detected.encoding) summary.encoding = report.detected.encoding;
  if (report.detected.crs) summary.crs = report.detected.crs;
  return summary;
}

function inputOf(file: FileInput): Uint8Array | Record<string, Uint8Array> {
  if ('bytes' in file) return new Uint8Array(file.bytes);
  return Object.fromEntries(Object.entries(file.parts).map(([k, v]) => [k, new Uint8Array(v)]));
}

const CRASH: (detail: string) => Label = (detail) => ({
  zh: `读取时出错（${detail}）。文件可能已损坏，请检查后重试。`,
  en: `reading failed (${detail}). The file may be damaged; check it and try again.`,
});

/**
 * Reads a file with the engine's `readLayer` (same code as the CLI), keeps the features under
 * `handle` and returns a summary. Never throws.
 */
export async function readFileLayer(
  handle: number,
  file: FileInput,
  options: ReadFileOptions,
  onProgress: (fraction: number) => void,
): Promise<LayerSummary> {
  const readOptions: Parameters<typeof readLayer>[2] = {
    onProgress: (p: ReadProgress) => onProgress(p.fraction),
  };
  if (options.crs) readOptions.crs = options.crs as never;
  if (options.encoding) readOptions.encoding = options.encoding;
  if (options.lonField) readOptions.lonField = options.lonField;
  if (options.latField) readOptions.latField = options.latField;
  // Excel: the sheet chosen, else the first with data; the report lists every sheet for the dialog.
  if (options.sheet !== undefined) readOptions.sheet = options.sheet;
  let report: ReadReport;
  try {
    report = await readLayer(file.name, inputOf(file), readOptions);
  } catch (e) {
    report = {
      ok: false,
      fileName: file.name,
      features: { type: 'FeatureCollection', features: [] },
      rowsRead: 0,
      skipped: [],
      detected: {},
      errors: [{ message: CRASH(e instanceof Error ? e.message : String(e)) }],
    };
  }
  const geographic = ['wgs84', 'cgcs2000', 'EPSG:4326', 'EPSG:4490'];
  const fromPrj =
    report.detected.format === 'shapefile' &&
    !geographic.includes(report.detected.crs ?? 'wgs84') &&
    hasPrj(file);
  keep(handle, report, fromPrj);
  const summary = summarise(handle, report, fromPrj);
  const { sheets } = report.detected;
  const sheet = report.detected.sheet ?? options.sheet;
  return sheets && sheet !== undefined ? { ...summary, sheets, sheet } : summary;
}

/** Applies a one-click coordinate fix to a kept layer and checks the coordinates again. */
export function fixLayer(handle: number, fix: CoordinateFix): LayerSummary | undefined {
  const kept = layers.get(handle);
  if (!kept) return undefined;
  const { report, fromPrj } = kept;
  const features = applyCoordinateFix(report.features, fix);
  const { issues } = diagnoseCoordinates(features);
  const blocking = issues.filter((i) => i.severity === 'error');
  const fixed: ReadReport = {
    ...report,
    features,
    ok: blocking.length === 0,
    coordinateIssues: issues,
    errors: blocking.map((i) => ({ message: i.message })),
    detected: { ...report.detected, crs: fix.kind === 'assume_crs' ? fix.crs : report.detected.crs },
  };
  keep(handle, fixed, fromPrj);
  return summarise(handle, fixed, fromPrj);
}
