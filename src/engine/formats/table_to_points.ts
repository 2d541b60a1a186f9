import type { Feature, Point } from 'geojson';
import type { Label } from '../../domain/index.ts';
import { SOURCE_ROW_KEY } from '../crs/index.ts';
import { type ColumnGuess, guessColumns } from './guess_columns.ts';
import { parseCoordinate, parseLonLatPair } from './parse_coordinate.ts';
import type { ReadOptions, ReadReport } from './read_report.ts';

/** A decoded table: header names and data rows; `firstRowNumber` is the source row of `rows[0]`. */
export interface Table {
  headers: string[];
  rows: unknown[][];
  firstRowNumber: number;
}

export type TablePoints = Pick<ReadReport, 'features' | 'rowsRead' | 'skipped' | 'columns' | 'errors'> & {
  guess: ColumnGuess;
};

const PROGRESS_EVERY_ROWS = 10_000;

/** Header names made unique and non-empty ("列3"/"column 3" for blanks, "名称_2" for repeats). */
export function cleanHeaders(raw: unknown[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = String(h ?? '').trim() || `column_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

/** True when every cell of a table row is empty (null, undefined or only spaces). */
export function isBlank(row: readonly unknown[]): boolean {
  return row.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

function noCoordinates(headers: string[], guess: ColumnGuess): Label {
  const list = headers.join('、');
  const tied = guess.ambiguous.map((a) => a.headers.join(' / ')).join('; ');
  const hint = tied
    ? { zh: `（多个候选列：${tied}）`, en: ` (several candidates: ${tied})` }
    : { zh: '', en: '' };
  return {
    zh: `找不到经纬度列${hint.zh}。现有列：${list}。请指定经度列和纬度列（如“经度”“纬度”或 lng/lat）。`,
    en: `no longitude/latitude columns found${hint.en}. Columns: ${headers.join(', ')}. Choose the longitude and latitude columns (e.g. 经度/纬度 or lng/lat).`,
  };
}

/**
 * Turns table rows into point features with the raw row as properties plus `_row`. Coordinate
 * columns come from `options.lonField/latField` or {@link guessColumns}; rows with missing or
 * unreadable coordinates are skipped with a reason.
 */
export function tableToPoints(table: Table, options: ReadOptions): TablePoints {
  const { headers } = table;
  const guess = guessColumns(headers);
  const lonField = options.lonField ?? guess.lon;
  const latField = options.latField ?? guess.lat;
  const pairField = options.lonField || options.latField ? undefined : guess.lonLat;
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const rowsRead = table.rows.filter((r) => !isBlank(r)).length;
  const base = { features: empty, rowsRead, skipped: [], columns: headers, guess };
  for (const f of [options.lonField, options.latField]) {
    if (f !== undefined && !headers.includes(f)) {
      const message = {
        zh: `没有名为“${f}”的列。现有列：${headers.join('、')}。`,
        en: `there is no column "${f}". Columns: ${headers.join(', ')}.`,
      };
      return { ...base, errors: [{ message }] };
    }
  }
  const lonIdx = lonField === undefined ? -1 : headers.indexOf(lonField);
  const latIdx = latField === undefined ? -1 : headers.indexOf(latField);
  const pairIdx = pairField === undefined ? -1 : headers.indexOf(pairField);
  if (pairIdx < 0 && (lonIdx < 0 || latIdx < 0))
    return { ...base, errors: [{ message: noCoordinates(headers, guess) }] };

  const features: Feature<Point>[] = [];
  const skipped: TablePoints['skipped'] = [];
  const total = table.rows.length;
  table.rows.forEach((row, i) => {
    const rowNo = table.firstRowNumber + i;
    if (i % PROGRESS_EVERY_ROWS === 0 && i > 0)
      options.onProgress?.({ rowsDone: i, rowsTotal: total, fraction: i / total });
    if (isBlank(row)) return;
    let xy: [number, number] | undefined;
    if (pairIdx >= 0) xy = parseLonLatPair(row[pairIdx]);
    else {
      const x = parseCoordinate(row[lonIdx]);
      const y = parseCoordinate(row[latIdx]);
      if (x !== undefined && y !== undefined) xy = [x, y];
    }
    if (!xy) {
      const shown = pairIdx >= 0 ? String(row[pairIdx] ?? '') : `${row[lonIdx] ?? ''}, ${row[latIdx] ?? ''}`;
      const reason =
        shown.replace(/[, ]/g, '') === ''
          ? { zh: '缺少坐标', en: 'no coordinates' }
          : {
              zh: `坐标无法识别：“${shown}”`,
              en: `unreadable coordinates: "${shown}"`,
            };
      skipped.push({ row: rowNo, reason });
      return;
    }
    const properties: Record<string, unknown> = {};
    headers.forEach((h, c) => {
      const v = row[c];
      properties[h] = v instanceof Date ? v.toISOString() : (v ?? null);
    });
    properties[SOURCE_ROW_KEY] = rowNo;
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: xy } });
  });
  options.onProgress?.({ rowsDone: total, rowsTotal: total, fraction: 1 });
  return { ...base, features: { type: 'FeatureCollection', features }, skipped };
}
