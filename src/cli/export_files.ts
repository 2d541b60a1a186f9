import { writeFileSync } from 'node:fs';
import { type EvaluationGeoJson, evaluationReportCsv, evaluationShapefileZip } from '../engine/io/index.ts';
import type { Lang } from './cli_io.ts';

/** True when `--out` names a file this module writes: a CSV report or a zipped Shapefile. */
export const isExportFile = (path: string): boolean => /\.(csv|zip)$/i.test(path);

/**
 * Writes the exported evaluation as a CSV report (UTF-8 with BOM, one row per zone plus the whole
 * area) or as a zip of Shapefiles (zones, facilities, gaps; CGCS2000 3° Gauss-Krüger of the centre,
 * field_names.csv, metadata.json with the rules, notes and the 示意数据 flag). Returns an error
 * message, or undefined when written.
 */
export function writeExportFile(path: string, fc: EvaluationGeoJson, lang: Lang): string | undefined {
  let bytes: Uint8Array;
  if (/\.csv$/i.test(path)) bytes = evaluationReportCsv(fc, lang);
  else {
    const z = evaluationShapefileZip(fc, 'gk3');
    if (!z.ok) return z.message[lang];
    bytes = z.bytes;
  }
  try {
    writeFileSync(path, bytes);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
