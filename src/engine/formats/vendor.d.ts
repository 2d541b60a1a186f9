// Minimal types for the parts of untyped libraries the formats module uses.

declare module 'shpjs' {
  type Bytes = ArrayBuffer | ArrayBufferView | DataView;
  /** Geometries of a `.shp`, null for null shapes; reprojected only when `prj` is given. */
  export function parseShp(shp: Bytes, prj?: string | false): (import('geojson').Geometry | null)[];
  /** Records of a `.dbf`, decoded with the TextDecoder label `cpg` (default UTF-8). */
  export function parseDbf(dbf: Bytes, cpg?: string): Record<string, unknown>[];
}

declare module '@mapbox/shp-write/src/write.js' {
  type Files = { shp: DataView; shx: DataView; dbf: DataView; prj: string };
  /** Writes one layer: `type` is POINT, POLYLINE or POLYGON; geometries are coordinate arrays. */
  export default function write(
    rows: Record<string, unknown>[],
    type: 'POINT' | 'POLYLINE' | 'POLYGON',
    geometries: unknown[],
    callback: (err: unknown, files: Files) => void,
  ): void;
}

declare module 'dbf' {
  export interface DbfField {
    name: string;
    type: 'C' | 'N' | 'L' | 'D';
    size: number;
  }
  /** A dBase III table; each character of a string value becomes one byte (charCodeAt). */
  export function structure(rows: Record<string, unknown>[], meta?: DbfField[]): DataView;
}
