import write from '@mapbox/shp-write/src/write.js';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Label } from '../../domain/index.ts';
import {
  CGCS2000_ESRI_WKT,
  crsOf,
  fromWgs84Transform,
  gk3ZoneForLon,
  gkEsriWkt,
  type PositionTransform,
  positionsIn,
  transformFeatures,
} from '../crs/index.ts';
import { shortFieldNames } from './field_names.ts';
import { toCsvBytes } from './write_csv.ts';
import { dbfColumns, writeDbf } from './write_dbf.ts';

export interface ShapefileLayer {
  /** File name stem inside the zip, e.g. `zones`. */
  name: string;
  /** WGS-84 lon/lat features. */
  features: FeatureCollection;
}

export interface ShapefileZipOptions {
  /** `gk3`: project to the CGCS2000 3° Gauss-Krüger zone of the data's centre (metres). Default: degrees. */
  project?: 'gk3';
  /** Text encoder for DBF text and the `.cpg` it implies (default UTF-8). */
  encoding?: { cpg: string; encode: (s: string) => Uint8Array };
  /** More files to put in the zip (e.g. `metadata.json`), by name. */
  extraFiles?: Record<string, Uint8Array>;
}

export interface FieldNameRow {
  layer: string;
  short: string;
  full: string;
}

export type ShapefileZip =
  | {
      ok: true;
      bytes: Uint8Array;
      fieldNames: FieldNameRow[];
      crs: string;
      files: string[];
      warnings: Label[];
    }
  | { ok: false; message: Label };

/** Name of the field-name table inside the zip. */
export const FIELD_NAME_TABLE = 'field_names.csv';

/** Signed area of a ring (shoelace); positive when counter-clockwise. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    s += ((a[0] as number) - (b[0] as number)) * ((a[1] as number) + (b[1] as number));
  }
  return s / 2;
}

/** Shapefile winding: outer rings clockwise, holes counter-clockwise (GeoJSON uses the opposite). */
function shapefileRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? [...ring].reverse() : ring;
  });
}

function polygonsOf(f: Feature): Position[][][] | undefined {
  const g = f.geometry;
  if (g?.type === 'Polygon') return [shapefileRings(g.coordinates)];
  if (g?.type === 'MultiPolygon') return g.coordinates.map(shapefileRings);
  return undefined;
}

type Kind = 'POINT' | 'POLYGON';

function geometryOf(f: Feature, kind: Kind): unknown {
  if (kind === 'POINT') return f.geometry?.type === 'Point' ? f.geometry.coordinates : undefined;
  return polygonsOf(f);
}

function projection(layers: ShapefileLayer[], project: ShapefileZipOptions['project']) {
  if (project !== 'gk3') return { prj: CGCS2000_ESRI_WKT, crs: 'EPSG:4490', fn: undefined };
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const l of layers) {
    for (const f of l.features.features) {
      for (const p of positionsIn(f.geometry)) {
        minLon = Math.min(minLon, p[0] as number);
        maxLon = Math.max(maxLon, p[0] as number);
      }
    }
  }
  const zone = gk3ZoneForLon(Number.isFinite(minLon) ? (minLon + maxLon) / 2 : 105);
  const crs = crsOf(`EPSG:${zone.epsg}`);
  const fn: PositionTransform | undefined = crs ? fromWgs84Transform(crs) : undefined;
  return { prj: gkEsriWkt(zone), crs: `EPSG:${zone.epsg}`, fn };
}

/**
 * Writes layers as one zip of Shapefiles (.shp/.shx/.dbf/.prj/.cpg per layer and geometry kind:
 * points go to `<name>_points` when a layer also has polygons), with DBF text in UTF-8, field names
 * cut to 10 bytes and `field_names.csv` mapping short names to full ones. The `.prj` is CGCS2000
 * (EPSG:4490) degrees, or with `project: 'gk3'` the 3° Gauss-Krüger zone of the data's centre.
 * Lines, multipoints and empty geometries are left out and reported in `warnings`.
 *
 * @example toShapefileZip([{ name: 'zones', features }], { project: 'gk3' }) // { ok: true, bytes, crs: 'EPSG:4543', … }
 */
export function toShapefileZip(layers: ShapefileLayer[], options: ShapefileZipOptions = {}): ShapefileZip {
  const encoding = options.encoding ?? { cpg: 'UTF-8', encode: (s: string) => new TextEncoder().encode(s) };
  const { prj, crs, fn } = projection(layers, options.project);
  const files: Record<string, Uint8Array> = {};
  const fieldNames: FieldNameRow[] = [];
  const warnings: Label[] = [];
  for (const layer of layers) {
    const fc = fn ? transformFeatures(layer.features, fn) : layer.features;
    const byKind: Record<Kind, Feature[]> = { POINT: [], POLYGON: [] };
    let left = 0;
    for (const f of fc.features) {
      if (f.geometry?.type === 'Point') byKind.POINT.push(f);
      else if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') byKind.POLYGON.push(f);
      else left++;
    }
    if (left > 0) {
      warnings.push({
        zh: `图层 ${layer.name} 有 ${left} 个线、多点或空要素未写出。`,
        en: `layer ${layer.name}: ${left} line, multipoint or empty features were not written.`,
      });
    }
    for (const kind of ['POLYGON', 'POINT'] as const) {
      const features = byKind[kind];
      if (features.length === 0) continue;
      const stem = kind === 'POINT' && byKind.POLYGON.length > 0 ? `${layer.name}_points` : layer.name;
      const rows = features.map((f) => ({ ...(f.properties ?? {}) }));
      const full = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const short = shortFieldNames(full, (s) => encoding.encode(s).length);
      const columns = dbfColumns(rows, full, short, encoding.encode);
      const dbf = writeDbf(rows, columns, encoding.encode);
      warnings.push(...dbf.warnings);
      let out: { shp: DataView; shx: DataView } | undefined;
      write(
        rows,
        kind,
        features.map((f) => geometryOf(f, kind)),
        (_err, written) => {
          out = written;
        },
      );
      if (!out)
        return { ok: false, message: { zh: `无法写出图层 ${stem}。`, en: `cannot write layer ${stem}.` } };
      const bytesOf = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      files[`${stem}.shp`] = bytesOf(out.shp);
      files[`${stem}.shx`] = bytesOf(out.shx);
      files[`${stem}.dbf`] = bytesOf(dbf.view);
      files[`${stem}.prj`] = new TextEncoder().encode(prj);
      files[`${stem}.cpg`] = new TextEncoder().encode(encoding.cpg);
      columns.forEach((c) => {
        fieldNames.push({ layer: stem, short: c.short, full: c.full });
      });
    }
  }
  if (Object.keys(files).length === 0)
    return {
      ok: false,
      message: { zh: '没有可写出的点或面要素。', en: 'there are no point or polygon features to write.' },
    };
  Object.assign(files, options.extraFiles);
  files[FIELD_NAME_TABLE] = toCsvBytes(
    fieldNames.map((r) => ({ layer: r.layer, short_name: r.short, full_name: r.full })),
  );
  return {
    ok: true,
    bytes: zipSync(files, { level: 6 }),
    fieldNames,
    crs,
    files: Object.keys(files),
    warnings,
  };
}
