import { existsSync, readFileSync, statSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { readPlainTable } from '../engine/formats/index.ts';
import { type FieldMapping, guessJoinColumns, joinPopulation } from '../engine/io/index.ts';
import { type CliFailure, failure, type Lang } from './cli_io.ts';

/**
 * `--population-table FILE [--join-by code|name] [--join-column COL] [--population-column COL]
 * [--population-sheet NAME|N]`.
 */
export interface PopulationTableOption {
  path: string;
  by?: 'code' | 'name';
  keyColumn?: string;
  valueColumn?: string;
  encoding?: 'utf-8' | 'gbk' | 'auto';
  /** Excel sheet by name or 1-based number (default: the first with data). */
  sheet?: string | number;
}

/** Zones with the joined population, the mapping that points at it, and the join's warnings. */
export interface JoinedZones {
  ok: true;
  collection: FeatureCollection<Geometry | null>;
  mapping: FieldMapping;
  /** What was joined, e.g. `人口.csv: joined by code ("统计用区划代码" → "常住人口"); 14 of 14 zones…`. */
  note: string;
  warnings: string[];
}

/** The join kind a column name suggests when --join-by is not given: 代码/code → code, else name. */
const byOfColumn = (column: string): 'code' | 'name' => (/代码|编码|code/i.test(column) ? 'code' : 'name');

/**
 * Reads the population table and joins it to the zones with the engine's `joinPopulation` (the
 * same code as the app's import dialog). Columns not given are guessed (`guessJoinColumns`). A
 * missing file, a column the table lacks or a join that matches nothing is a failure naming the
 * file and column; unmatched zones, unmatched rows, duplicates and bad values are warnings.
 */
export async function joinPopulationTable(
  zones: FeatureCollection<Geometry | null>,
  zonesPath: string,
  mapping: FieldMapping,
  option: PopulationTableOption,
  lang: Lang,
): Promise<JoinedZones | CliFailure> {
  const zh = lang === 'zh';
  const { path } = option;
  if (!existsSync(path))
    return failure(
      zh ? `${path}：文件不存在（--population-table）。` : `${path}: no such file (--population-table).`,
    );
  if (statSync(path).isDirectory())
    return failure(
      zh ? `${path}：是文件夹，请给出人口表文件。` : `${path}: is a folder; give the population table file.`,
    );
  const table = await readPlainTable(path, new Uint8Array(readFileSync(path)), {
    ...(option.encoding ? { encoding: option.encoding } : {}),
    ...(option.sheet === undefined ? {} : { sheet: option.sheet }),
  });
  // An Excel table is named with its sheet in every message: 人口.xlsx[人口].
  const name =
    table.sheet === undefined || (table.sheets?.length ?? 0) < 2 ? path : `${path}[${table.sheet}]`;
  if (!table.ok) return failure(`${name}${zh ? '：' : ': '}${table.message[lang]}`);
  const by = option.by ?? (option.keyColumn === undefined ? undefined : byOfColumn(option.keyColumn));
  const guess = guessJoinColumns(table.columns, by);
  const keyColumn = option.keyColumn ?? guess.keyColumn;
  const valueColumn = option.valueColumn ?? guess.valueColumn;
  const columns = table.columns.join(zh ? '、' : ', ');
  if (keyColumn === undefined)
    return failure(
      zh
        ? `${name}：找不到用于联接的${guess.by === 'code' ? '区划代码' : '名称'}列（如 统计用区划代码、区划代码、code；名称、name）。表中的列有：${columns}。请用 --join-column 指定。`
        : `${name}: no ${guess.by === 'code' ? 'code' : 'name'} column to join on (such as 统计用区划代码, 区划代码, code; 名称, name). Columns: ${columns}. Name it with --join-column.`,
    );
  if (valueColumn === undefined)
    return failure(
      zh
        ? `${name}：找不到人口列（如 常住人口、人口、population）。表中的列有：${columns}。请用 --population-column 指定。`
        : `${name}: no population column (such as 常住人口, 人口, population). Columns: ${columns}. Name it with --population-column.`,
    );
  const r = joinPopulation(zones, table, {
    by: guess.by,
    keyColumn,
    valueColumn,
    zonesFile: zonesPath,
    tableFile: name,
    mapping,
  });
  const lines = (severity: 'error' | 'warning') =>
    r.issues.filter((i) => i.severity === severity).map((i) => i.message[lang]);
  if (!r.ok) return failure(lines('error').join('\n'));
  const summary = zh
    ? `${name}：按${guess.by === 'code' ? '区划代码' : '名称'}联接（“${keyColumn}”列 → “${valueColumn}”），${r.zoneCount} 个区划中 ${r.matched} 个得到人口。`
    : `${name}: joined by ${guess.by} ("${keyColumn}" → "${valueColumn}"); ${r.matched} of ${r.zoneCount} zones got a population.`;
  return {
    ok: true,
    collection: r.features,
    mapping: { ...mapping, populationField: r.populationField },
    note: summary,
    warnings: lines('warning'),
  };
}
