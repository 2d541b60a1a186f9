import type {
  Evaluation,
  Facility,
  FacilityKind,
  FacilityStatus,
  Label,
  Rule,
  Zone,
} from '../domain/index.ts';
import type { CoordinateFix, CoordinateIssue } from '../engine/crs/index.ts';
import type { XlsxSheet } from '../engine/formats/read_xlsx.ts';
import type { FieldMapping, FieldRole } from '../engine/io/index.ts';

/** Bytes of one file, or the parts of a Shapefile chosen together (`x.shp`, `x.dbf`, …). */
export type FileInput =
  | { name: string; bytes: ArrayBuffer }
  | { name: string; parts: Record<string, ArrayBuffer> };

/** Reader options the dialog can set (see `ReadOptions` of src/engine/formats). */
export interface ReadFileOptions {
  crs?: string;
  encoding?: 'utf-8' | 'gbk' | 'auto';
  lonField?: string;
  latField?: string;
  /** Excel sheet to read (default: the first with data). */
  sheet?: string;
}

/** An Excel sheet: its name and how many non-blank rows it has (header included). */
export type SheetInfo = XlsxSheet;

export type LayerTarget = 'zones' | 'facilities' | 'both';

/** What the dialog needs to know about a file read in the worker; the features stay in the worker. */
export interface LayerSummary {
  /** Handle of the features kept in the worker (for fixes and conversion). */
  handle: number;
  ok: boolean;
  fileName: string;
  format?: string;
  encoding?: string;
  /** Source coordinate system as used (e.g. `wgs84`, `EPSG:4545`). */
  crs?: string;
  /** True when a `.prj` decided the system (shown read-only). */
  crsFromPrj: boolean;
  rowsRead: number;
  featureCount: number;
  points: number;
  polygons: number;
  others: number;
  skipped: { row: number; reason: Label }[];
  columns: string[];
  /** Up to 60 distinct values of each column, in first-seen order (for category mapping). */
  values: Record<string, string[]>;
  errors: Label[];
  warnings: Label[];
  coordinateIssues: CoordinateIssue[];
  /** Guessed layer kind: polygons → zones, points → facilities, an export of this app → both. */
  suggested: LayerTarget;
  /** Field per role found automatically (名称 → name, 类型 → kind, 常住人口 → population…). */
  guessedFields: Partial<Record<FieldRole, string>>;
  /** Excel: every sheet of the workbook, and the one read. */
  sheets?: SheetInfo[];
  sheet?: string;
}

/** A population table joined to zones by name or code. */
export interface PopulationJoin {
  tableHandle: number;
  /** Column of the table holding the zone name or code. */
  keyColumn: string;
  valueColumn: string;
  /** What the key matches on the zones. */
  zoneKey: 'name' | 'code';
}

export interface TableSummary {
  handle: number;
  ok: boolean;
  fileName: string;
  rows: number;
  columns: string[];
  /** The join the engine guesses from the headers (`guessJoinColumns`, as the CLI's defaults). */
  guessed: { by: 'code' | 'name'; keyColumn?: string; valueColumn?: string };
  errors: Label[];
  /** Excel: every sheet of the workbook, and the one read. */
  sheets?: SheetInfo[];
  sheet?: string;
}

export interface ConvertIssue {
  message: Label;
  severity: 'error' | 'warning';
  row?: number;
}

export interface ConvertReply {
  ok: boolean;
  zones?: Zone[];
  facilities?: Facility[];
  issues: ConvertIssue[];
  /** Facilities outside every zone given (source rows). */
  outsideZones: { row: number; name: string }[];
  /** Rows left out because the planner chose to skip their kind value. */
  leftOut: { row: number; value: string }[];
}

export type ExportFormat = 'geojson' | 'csv' | 'shp' | 'shp_gk3';

export interface ExportRequestBody {
  format: ExportFormat;
  zones: Zone[];
  facilities: Facility[];
  rules: Rule[];
  evaluation: Evaluation;
  statuses: FacilityStatus[];
  inputs: { zones?: string; facilities?: string; rules?: string };
  lang: 'zh' | 'en';
  /** The workspace shows invented data (示意数据) even if no exported zone or facility is flagged. */
  illustrative?: boolean;
}

export type ExportReply =
  | { ok: true; bytes: ArrayBuffer; mime: string; crs?: string; warnings: Label[] }
  | { ok: false; message: Label };

/** Import and export requests (handled by worker/io_bridge.ts). */
export type IoRequest =
  | { type: 'readFile'; id: number; file: FileInput; options: ReadFileOptions }
  | { type: 'fixCoordinates'; id: number; handle: number; fix: CoordinateFix }
  | { type: 'readTable'; id: number; file: FileInput; sheet?: string }
  | {
      type: 'convertLayer';
      id: number;
      handle: number;
      target: LayerTarget;
      mapping: FieldMapping & { kindValues?: Record<string, FacilityKind> };
      population?: PopulationJoin;
      /**
       * The planner's column per property, by canonical name (`name`, `kind`, `beds`, `population`…):
       * the column's values are used under that name; null: the property is left empty.
       */
      columns?: Record<string, string | null>;
      /** Values of the kind field whose rows the planner chose to leave out (e.g. 诊所, 药店). */
      skipKindValues?: string[];
      /** Zones to check facility positions against (outside every zone). */
      zones?: Zone[];
    }
  | ({ type: 'exportResults'; id: number } & ExportRequestBody);

export type IoResponse =
  | { type: 'readFile'; id: number; reply: LayerSummary }
  | { type: 'fixCoordinates'; id: number; reply: LayerSummary | null }
  | { type: 'readTable'; id: number; reply: TableSummary }
  | { type: 'convertLayer'; id: number; reply: ConvertReply }
  | { type: 'exportResults'; id: number; reply: ExportReply };
