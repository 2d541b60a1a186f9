import type { FeatureCollection } from 'geojson';
import type { Label } from '../../domain/index.ts';
import type { CoordinateIssue, CrsId } from '../crs/index.ts';

export type LayerFormat = 'geojson' | 'csv' | 'xlsx' | 'shapefile' | 'kml' | 'kmz';
export type TextEncodingId = 'utf-8' | 'gbk' | 'utf-16le';

/** Progress of a long read: rows (or features) done so far, and the total when known. */
export interface ReadProgress {
  rowsDone: number;
  rowsTotal?: number;
  /** 0–1. */
  fraction: number;
}

export interface ReadOptions {
  /** Coordinate system of the file's coordinates; `auto` (default) trusts a `.prj`, else assumes WGS-84. */
  crs?: CrsId | 'auto';
  /** Text encoding of CSV and DBF text; `auto` (default): a BOM or `.cpg` decides, else valid UTF-8, else GBK. */
  encoding?: 'utf-8' | 'gbk' | 'auto';
  /** Column (CSV/Excel) holding longitude (or x), overriding the guess. */
  lonField?: string;
  latField?: string;
  /** Excel sheet name or 1-based number (default: the first sheet). */
  sheet?: string | number;
  /** Shapefile layer (file stem) to read when a zip holds several (default: the first by name). */
  layer?: string;
  onProgress?: (p: ReadProgress) => void;
}

/**
 * What a reader produced: features in WGS-84 lon/lat with the file's raw properties plus `_row`
 * (source row or record number, 1-based), what was skipped and why, and what was detected.
 */
export interface ReadReport {
  ok: boolean;
  fileName: string;
  features: FeatureCollection;
  /** Data rows or records read, including skipped ones. */
  rowsRead: number;
  skipped: { row: number; reason: Label }[];
  /** Column or field names in file order (CSV, Excel, DBF). */
  columns?: string[];
  detected: {
    format?: LayerFormat;
    encoding?: TextEncodingId;
    crs?: string;
    /** Excel: the sheet read (when found) and every sheet of the workbook with its non-blank rows. */
    sheet?: string;
    sheets?: { name: string; rows: number }[];
  };
  errors?: { message: Label }[];
  warnings?: { message: Label }[];
  /** Coordinates that look wrong, with one-click fixes (see `applyCoordinateFix`). */
  coordinateIssues?: CoordinateIssue[];
}

/** A failed read naming the file, with one bilingual message. */
export function failedRead(
  fileName: string,
  message: Label,
  detected: ReadReport['detected'] = {},
): ReadReport {
  return {
    ok: false,
    fileName,
    features: { type: 'FeatureCollection', features: [] },
    rowsRead: 0,
    skipped: [],
    detected,
    errors: [{ message }],
  };
}
