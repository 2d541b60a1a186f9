import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Facility, Zone } from '../domain/index.ts';
import {
  chooseFields,
  type FieldMapping,
  featuresToFacilities,
  featuresToZones,
  formatImportIssue,
  type ImportIssue,
  joinPopulation,
  type PopulationTable,
} from '../engine/io/index.ts';
import type { ConvertIssue, ConvertReply, IoRequest, PopulationJoin } from './io_messages.ts';

type Collection = FeatureCollection<Geometry | null>;
type ConvertRequest = Extract<IoRequest, { type: 'convertLayer' }>;

const tables = new Map<number, { fileName: string; table: PopulationTable }>();

/** Keeps a population table for a later join (only the newest two are kept). */
export function keepTable(handle: number, fileName: string, table: PopulationTable): void {
  tables.set(handle, { fileName, table });
  while (tables.size > 2) {
    const oldest = tables.keys().next().value;
    if (oldest === undefined) break;
    tables.delete(oldest);
  }
}

function toIssues(list: readonly ImportIssue[], severity: ConvertIssue['severity']): ConvertIssue[] {
  return list.map((i) => {
    const issue: ConvertIssue = {
      message: { zh: formatImportIssue(i, 'zh'), en: formatImportIssue(i, 'en') },
      severity,
    };
    if (i.row !== undefined) issue.row = i.row;
    return issue;
  });
}

const keyText = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Adds the joined population to each zone feature with the engine's `joinPopulation` (as the CLI). */
function withPopulation(
  fc: Collection,
  fileName: string,
  join: PopulationJoin,
  mapping: FieldMapping,
  issues: ConvertIssue[],
): { fc: Collection; mapping: FieldMapping } {
  const kept = tables.get(join.tableHandle);
  if (!kept) {
    issues.push({
      severity: 'error',
      message: { zh: '人口表已失效，请重新选择。', en: 'the population table is gone; choose it again.' },
    });
    return { fc, mapping };
  }
  const r = joinPopulation(fc, kept.table, {
    by: join.zoneKey,
    keyColumn: join.keyColumn,
    valueColumn: join.valueColumn,
    zonesFile: fileName,
    tableFile: kept.fileName,
    mapping,
  });
  issues.push(...r.issues.map((i): ConvertIssue => ({ severity: i.severity, message: i.message })));
  return { fc: r.features, mapping: { ...mapping, populationField: r.populationField } };
}

function outsideEveryZone(
  facilities: Facility[],
  zones: Zone[],
  rows: number[],
): ConvertReply['outsideZones'] {
  // Geometry only: a stale `bbox` member (e.g. from an older import) would mislead Turf.
  const boxes = zones.map((z) => {
    const geometry = { type: z.geometry.type, coordinates: z.geometry.coordinates } as Zone['geometry'];
    return { z: { ...z, geometry }, b: bbox(geometry, { recompute: true }) };
  });
  const out: ConvertReply['outsideZones'] = [];
  facilities.forEach((f, i) => {
    const inside = boxes.some(
      ({ z, b }) =>
        f.lon >= b[0] &&
        f.lon <= b[2] &&
        f.lat >= b[1] &&
        f.lat <= b[3] &&
        booleanPointInPolygon([f.lon, f.lat], z.geometry),
    );
    if (!inside) out.push({ row: rows[i] ?? i + 1, name: f.name });
  });
  return out;
}

/** Drops the rows whose kind the planner chose to leave out; they are listed in `reply.leftOut`. */
function leaveOutKinds(
  fc: Collection,
  mapping: FieldMapping,
  values: string[],
  reply: ConvertReply,
): Collection {
  if (values.length === 0) return fc;
  const props = fc.features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const field = chooseFields(props, ['kind'], mapping).keys.kind;
  if (field === undefined) return fc;
  const skip = new Set(values);
  const features = fc.features.filter((f, i) => {
    const v = keyText(props[i]?.[field]);
    if (!skip.has(v)) return true;
    reply.leftOut.push({ row: Number(f.properties?._row ?? i + 1), value: v });
    return false;
  });
  return { ...fc, features };
}

function zonesOf(fc: Collection, fileName: string, mapping: FieldMapping, issues: ConvertIssue[]) {
  const r = featuresToZones(fc, fileName, mapping);
  if (!r.ok) {
    issues.push(...toIssues(r.errors, 'error'), ...toIssues(r.warnings, 'warning'));
    return undefined;
  }
  issues.push(...toIssues(r.warnings, 'warning'));
  return r.zones;
}

function facilitiesOf(fc: Collection, fileName: string, mapping: FieldMapping, issues: ConvertIssue[]) {
  const r = featuresToFacilities(fc, fileName, mapping);
  if (!r.ok) {
    issues.push(...toIssues(r.errors, 'error'), ...toIssues(r.warnings, 'warning'));
    return undefined;
  }
  issues.push(...toIssues(r.warnings, 'warning'));
  return r.facilities;
}

/** Copies each chosen column into its canonical property (null when the planner chose none). */
function withColumns(fc: Collection, columns: Record<string, string | null> | undefined): Collection {
  const entries = Object.entries(columns ?? {});
  if (entries.length === 0) return fc;
  const features = fc.features.map((f) => {
    const p = { ...(f.properties ?? {}) } as Record<string, unknown>;
    const values = entries.map(([, column]) => (column === null ? null : (p[column] ?? null)));
    entries.forEach(([canonical], i) => {
      p[canonical] = values[i];
    });
    return { ...f, properties: p };
  });
  return { ...fc, features };
}

/**
 * Turns a read layer into zones, facilities or both (a GeoJSON exported by this app, split by
 * its `layer` property) with the engine's `featuresToZones` / `featuresToFacilities` and the
 * planner's field mapping. Facilities are checked against `zones` (outside every zone).
 */
export function convertLayer(source: Collection, fileName: string, req: ConvertRequest): ConvertReply {
  const { target, mapping, population, zones } = req;
  const fc = target === 'both' ? source : withColumns(source, req.columns);
  const issues: ConvertIssue[] = [];
  const reply: ConvertReply = { ok: false, issues, outsideZones: [], leftOut: [] };
  const rowsOf = (c: Collection) => c.features.map((f, i) => Number(f.properties?._row ?? i + 1));
  if (target === 'both') {
    const part = (layer: string): Collection => ({
      type: 'FeatureCollection',
      features: fc.features.filter((f) => f.properties?.layer === layer),
    });
    const gaps = fc.features.filter((f) => f.properties?.layer === 'gap').length;
    if (gaps > 0)
      issues.push({
        severity: 'warning',
        message: {
          zh: `${fileName}：${gaps} 个未覆盖区域要素（layer = gap）是计算结果，未导入，将重新计算。`,
          en: `${fileName}: ${gaps} uncovered-area features (layer = gap) are results; not imported, they are recomputed.`,
        },
      });
    const z = zonesOf(part('zone'), fileName, {}, issues);
    const f = facilitiesOf(part('facility'), fileName, {}, issues);
    if (z && f) Object.assign(reply, { ok: true, zones: z, facilities: f });
    if (z && f) reply.outsideZones = outsideEveryZone(f, z, rowsOf(part('facility')));
    return reply;
  }
  if (target === 'zones') {
    const joined = population ? withPopulation(fc, fileName, population, mapping, issues) : { fc, mapping };
    const z = zonesOf(joined.fc, fileName, joined.mapping, issues);
    if (z && !issues.some((i) => i.severity === 'error')) Object.assign(reply, { ok: true, zones: z });
    return reply;
  }
  const kept = leaveOutKinds(fc, mapping, req.skipKindValues ?? [], reply);
  const f = facilitiesOf(kept, fileName, mapping, issues);
  if (!f) return reply;
  reply.ok = true;
  reply.facilities = f;
  if (zones && zones.length > 0) reply.outsideZones = outsideEveryZone(f, zones, rowsOf(kept));
  return reply;
}
