import type { Label } from '../../domain/index.ts';

export type ImportIssueCode =
  | 'not_json'
  | 'not_geojson'
  | 'empty'
  | 'field_not_found'
  | 'wrong_geometry'
  | 'bad_coordinates'
  | 'projected_coordinates'
  | 'swapped_coordinates'
  | 'unknown_kind'
  | 'unknown_status'
  | 'unknown_class'
  | 'unknown_level'
  | 'bad_number'
  | 'missing_population'
  | 'missing_name'
  | 'guessed_value'
  | 'duplicate_id';

/** A problem found while reading one input file; errors stop the import, warnings do not. */
export interface ImportIssue {
  code: ImportIssueCode;
  /** File name as the user gave it. */
  file: string;
  /** 0-based index of the feature in the FeatureCollection; absent for file-level issues. */
  featureIndex?: number;
  /** The feature's name, id or code as found in the file, when it has one. */
  featureName?: string;
  /** Source row or record (1-based) of a table or Shapefile, from the readers' `_row` property. */
  row?: number;
  /** What is wrong and what to do, in both languages. */
  message: Label;
}

/** Outcome of an import: data plus warnings, or the errors that stopped it (warnings kept too). */
export type ImportResult<K extends string, T> =
  | ({ ok: true; warnings: ImportIssue[] } & Record<K, T>)
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

/**
 * One line for a terminal or a log: file, feature (index and name) and the message.
 *
 * Tables and Shapefiles are located by source row, GeoJSON by feature index.
 *
 * @example formatImportIssue(issue, 'en') // 'zones.geojson, feature index 2 (马街): …'
 */
export function formatImportIssue(issue: ImportIssue, lang: 'zh' | 'en'): string {
  const { featureIndex: i, featureName: name, row } = issue;
  if (lang === 'zh') {
    if (i === undefined) return `${issue.file}：${issue.message.zh}`;
    const where =
      row === undefined
        ? `第 ${i + 1} 个要素（索引 ${i}${name ? `，"${name}"` : ''}）`
        : `第 ${row} 行${name ? `（"${name}"）` : ''}`;
    return `${issue.file}，${where}：${issue.message.zh}`;
  }
  if (i === undefined) return `${issue.file}: ${issue.message.en}`;
  const where = row === undefined ? `feature index ${i}` : `row ${row}`;
  return `${issue.file}, ${where}${name ? ` (${name})` : ''}: ${issue.message.en}`;
}
