import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlainTableRow } from '../formats/read_plain_table.ts';
import { chooseFields, type FieldMapping } from './field_mapping.ts';
import { codeKey, isScientificCode, nameKey, nameStem } from './join_keys.ts';
import {
  type JoinIssue,
  type JoinReport,
  joinIssues,
  missingColumnIssue,
  missingZoneFieldIssue,
  type ZoneRef,
} from './population_join_issues.ts';
import { parseAmount } from './values.ts';

export type { JoinIssue, JoinIssueCode, JoinReport, ZoneRef } from './population_join_issues.ts';

/** The zone property that receives the joined population (used as the zones' population field). */
export const JOINED_POPULATION_FIELD = '人口（联接）';

/** How to join a population table to zones. */
export interface PopulationJoinOptions {
  /** Compare 统计用区划代码 (`code`) or names (`name`). */
  by: 'code' | 'name';
  /** Column of the table holding the code or name. */
  keyColumn: string;
  /** Column of the table holding the population. */
  valueColumn: string;
  /** File names for the messages. */
  zonesFile: string;
  tableFile: string;
  /** Where the zones keep their code or name when not under a recognised name (`codeField`, `nameField`). */
  mapping?: FieldMapping;
}

/** A population table as read by `readPlainTable`. */
export interface PopulationTable {
  columns: readonly string[];
  rows: readonly PlainTableRow[];
}

export type PopulationJoinResult = JoinReport & {
  /** False when a column or the zones' key field is missing, or no zone matched any row. */
  ok: boolean;
  /** The zones with {@link JOINED_POPULATION_FIELD} set on each zone that found a usable value. */
  features: FeatureCollection<Geometry | null>;
  /** The population field to give `featuresToZones` (as `mapping.populationField`). */
  populationField: string;
  issues: JoinIssue[];
};

interface Entry {
  rows: number[];
  /** The key as written in each row. */
  texts: string[];
  values: (number | undefined)[];
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

const findColumn = (columns: readonly string[], wanted: string) =>
  columns.find((c) => c === wanted) ??
  columns.find((c) => c.trim().toLowerCase() === wanted.trim().toLowerCase());

function emptyReport(): JoinReport {
  return {
    matched: 0,
    zoneCount: 0,
    unmatchedZones: [],
    unmatchedRows: [],
    badKeys: [],
    duplicateKeys: [],
    badValues: [],
    looseMatches: [],
    withoutValue: [],
  };
}

/** The value both rows agree on; undefined when any row lacks one or they differ. */
function agreedValue(entry: Entry): number | undefined {
  const first = entry.values[0];
  return entry.values.every((v) => v !== undefined && v === first) ? first : undefined;
}

/** Table keys per stem (names without 街道/镇/乡…), for the second try of a join by name. */
function stemIndex(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const stem = nameStem(key) ?? key;
    out.set(stem, [...(out.get(stem) ?? []), key]);
  }
  return out;
}

/**
 * Joins a population table to zone features by 统计用区划代码 or by name, as the app's import dialog
 * and `covplan evaluate --population-table` do. Codes are compared as digits right-padded to 12
 * (530112001 = 530112001000); names after NFKC, trimming and removing spaces, and, when not found,
 * without a trailing 街道办事处/民族乡/办事处/街道/镇/乡 if that gives a single row and a single zone.
 * Values are read with `parseAmount` (`12,345`, `1.2万`). Reports, each naming the file and rows:
 * zones not in the table, rows matching no zone, duplicate keys (rows that disagree give no value),
 * values that are not non-negative numbers, and names matched without their ending. Zones without
 * a usable value get no population. Does not mutate its inputs.
 *
 * @example joinPopulation(zonesFc, table, { by: 'code', keyColumn: '统计用区划代码', valueColumn: '常住人口', zonesFile: 'z.shp', tableFile: '人口.csv' })
 */
export function joinPopulation(
  fc: FeatureCollection<Geometry | null>,
  table: PopulationTable,
  options: PopulationJoinOptions,
): PopulationJoinResult {
  const { by, tableFile, zonesFile } = options;
  const report = emptyReport();
  const fail = (issues: JoinIssue[]): PopulationJoinResult => ({
    ...report,
    ok: false,
    features: fc,
    populationField: JOINED_POPULATION_FIELD,
    issues,
  });
  const keyColumn = findColumn(table.columns, options.keyColumn);
  const valueColumn = findColumn(table.columns, options.valueColumn);
  const missing = [
    ...(keyColumn === undefined ? [options.keyColumn] : []),
    ...(valueColumn === undefined ? [options.valueColumn] : []),
  ];
  if (keyColumn === undefined || valueColumn === undefined)
    return fail(missing.map((c) => missingColumnIssue(tableFile, c, table.columns)));
  const props = fc.features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const choice = chooseFields(props, [by, 'name'], options.mapping ?? {});
  const zoneField = choice.keys[by];
  const nameField = choice.keys.name;
  if (zoneField === undefined) return fail([missingZoneFieldIssue(zonesFile, by, choice.available)]);
  const keyOf = by === 'code' ? codeKey : nameKey;

  const entries = new Map<string, Entry>();
  for (const { row, cells } of table.rows) {
    const raw = cells[keyColumn];
    const key = keyOf(raw);
    const text = cellText(raw);
    if (key === undefined) {
      if (by === 'code' && isScientificCode(raw)) report.badKeys.push({ row, text });
      else report.unmatchedRows.push({ row, key: text });
      continue;
    }
    const rawValue = cells[valueColumn];
    const amount = parseAmount(rawValue);
    const usable = amount !== undefined && Number.isFinite(amount) && amount >= 0;
    if (!usable) report.badValues.push({ row, text: rawValue === null ? '' : String(rawValue ?? '') });
    const entry = entries.get(key) ?? { rows: [], texts: [], values: [] };
    entry.rows.push(row);
    entry.texts.push(text);
    entry.values.push(usable ? amount : undefined);
    entries.set(key, entry);
  }
  for (const e of entries.values())
    if (e.rows.length > 1) {
      const distinct = new Set(e.values.filter((v) => v !== undefined));
      report.duplicateKeys.push({ key: e.texts[0] ?? '', rows: e.rows, conflicting: distinct.size > 1 });
    }

  const zoneKeys = props.map((p) => keyOf(p[zoneField]));
  const tableStems = by === 'name' ? stemIndex(entries.keys()) : new Map<string, string[]>();
  const zoneStems = by === 'name' ? stemIndex(zoneKeys.filter((k) => k !== undefined)) : tableStems;
  const used = new Set<string>();
  const features = fc.features.map((f, i): Feature<Geometry | null> => {
    const p = props[i] ?? {};
    const zoneKey = zoneKeys[i];
    const rowOf = p._row;
    const ref: ZoneRef = {
      index: i,
      key: cellText(p[zoneField]),
      name: nameField === undefined ? '' : cellText(p[nameField]),
    };
    if (typeof rowOf === 'number') ref.row = rowOf;
    let found = zoneKey === undefined ? undefined : entries.has(zoneKey) ? zoneKey : undefined;
    if (found === undefined && zoneKey !== undefined && by === 'name') {
      const stem = nameStem(zoneKey) ?? zoneKey;
      const rows = tableStems.get(stem) ?? [];
      if (rows.length === 1 && (zoneStems.get(stem) ?? []).length === 1 && rows[0] !== undefined) {
        found = rows[0];
        const entry = entries.get(found);
        report.looseMatches.push({ zone: ref, tableKey: entry?.texts[0] ?? found, row: entry?.rows[0] ?? 0 });
      }
    }
    if (found === undefined) {
      report.unmatchedZones.push(ref);
      return f;
    }
    used.add(found);
    const entry = entries.get(found) as Entry;
    const value = agreedValue(entry);
    const { [JOINED_POPULATION_FIELD]: _old, ...rest } = p;
    if (value === undefined) {
      report.withoutValue.push({ zone: ref, rows: entry.rows });
      return { ...f, properties: rest };
    }
    report.matched++;
    return { ...f, properties: { ...rest, [JOINED_POPULATION_FIELD]: value } };
  });
  report.zoneCount = fc.features.length;
  for (const [key, e] of entries)
    if (!used.has(key))
      for (const [j, row] of e.rows.entries()) report.unmatchedRows.push({ row, key: e.texts[j] ?? key });
  report.unmatchedRows.sort((a, b) => a.row - b.row);

  const samples = [...entries.values()].map((e) => e.texts[0] ?? '');
  const zoneSamples = props.map((p) => cellText(p[zoneField])).filter((k) => k !== '');
  const issues = joinIssues(report, { ...options, keyColumn, valueColumn }, zoneSamples, samples);
  const ok = !issues.some((i) => i.severity === 'error');
  return { ...report, ok, features: { ...fc, features }, populationField: JOINED_POPULATION_FIELD, issues };
}
