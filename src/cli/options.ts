import { FACILITY_STATUSES, type FacilityStatus } from '../domain/index.ts';
import type { FieldMapping } from '../engine/io/index.ts';
import { resolveStatus } from '../engine/io/index.ts';
import { type ParsedOptions, str } from './args.ts';
import { type CliFailure, failure, type Lang } from './cli_io.ts';

export const FORMATS = ['table', 'json', 'geojson'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Output settings shared by `evaluate` and `demo`. */
export interface OutputOptions {
  /** Format of --out, or of stdout when there is no --out. */
  format: OutputFormat;
  out?: string;
  cellSizeM?: number;
  statuses?: FacilityStatus[];
  rules?: string;
}

/** The format a file name implies: .json → json, .txt/.md → table, anything else → geojson. */
export function formatFromExtension(path: string): OutputFormat {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.(txt|md)$/i.test(path)) return 'table';
  return 'geojson';
}

/**
 * Reads --format, --out, --cell-size, --statuses and --rules; a bad value is a usage failure.
 *
 * @example outputOptions({ out: 'r.geojson' }, 'en') // { ok: true, options: { format: 'geojson', out: 'r.geojson' } }
 */
export function outputOptions(
  values: ParsedOptions,
  lang: Lang,
): { ok: true; options: OutputOptions } | CliFailure {
  const zh = lang === 'zh';
  const out = str(values, 'out');
  const formatText = str(values, 'format');
  if (formatText !== undefined && !(FORMATS as readonly string[]).includes(formatText)) {
    return failure(
      zh
        ? `--format "${formatText}"：可用 table、json、geojson。`
        : `--format "${formatText}": use table, json or geojson.`,
    );
  }
  const options: OutputOptions = {
    format:
      (formatText as OutputFormat | undefined) ?? (out === undefined ? 'table' : formatFromExtension(out)),
  };
  if (out !== undefined) options.out = out;
  const rules = str(values, 'rules');
  if (rules !== undefined) options.rules = rules;
  const cell = str(values, 'cell-size');
  if (cell !== undefined) {
    const cellSizeM = Number(cell);
    if (!Number.isFinite(cellSizeM) || cellSizeM < 5 || cellSizeM > 10_000) {
      return failure(
        zh
          ? `--cell-size "${cell}"：网格边长须为 5–10000 米之间的数字（默认 100）。`
          : `--cell-size "${cell}": give the grid cell size in metres, 5–10000 (default 100).`,
      );
    }
    options.cellSizeM = cellSizeM;
  }
  const statusText = str(values, 'statuses');
  if (statusText !== undefined) {
    const words = statusText
      .split(/[,，、]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const statuses = words.map((w) => resolveStatus(w));
    const bad = words.find((_, i) => statuses[i] === undefined);
    if (bad !== undefined || words.length === 0) {
      const list = FACILITY_STATUSES.join(',');
      return failure(
        zh
          ? `--statuses "${statusText}"：可用 ${list}（逗号分隔）。`
          : `--statuses "${statusText}": use ${list} (comma-separated).`,
      );
    }
    options.statuses = [...new Set(statuses as FacilityStatus[])];
  }
  return { ok: true, options };
}

/** The --*-field options as a field mapping. */
export function fieldMapping(values: ParsedOptions): FieldMapping {
  const mapping: FieldMapping = {};
  const pairs: [string, keyof FieldMapping][] = [
    ['name-field', 'nameField'],
    ['kind-field', 'kindField'],
    ['population-field', 'populationField'],
    ['class-field', 'classField'],
    ['code-field', 'codeField'],
    ['level-field', 'levelField'],
    ['status-field', 'statusField'],
  ];
  for (const [flag, key] of pairs) {
    const v = str(values, flag);
    if (v !== undefined) (mapping as Record<string, string>)[key] = v;
  }
  return mapping;
}
