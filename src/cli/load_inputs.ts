import { existsSync, readFileSync, statSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Facility, PopulationPoint, Zone } from '../domain/index.ts';
import {
  type FieldMapping,
  featuresToFacilities,
  featuresToPopulation,
  featuresToZones,
  formatImportIssue,
  type ImportIssue,
  parseGeoJson,
} from '../engine/io/index.ts';
import { type CliFailure, failure, type Lang } from './cli_io.ts';

/** The first `max` issues as lines, then "… and N more". */
export function issueLines(issues: readonly ImportIssue[], lang: Lang, prefix: string, max = 10): string[] {
  const lines = issues.slice(0, max).map((i) => `${prefix}${formatImportIssue(i, lang)}`);
  if (issues.length > max)
    lines.push(
      lang === 'zh'
        ? `${prefix}…… 另有 ${issues.length - max} 条`
        : `${prefix}… and ${issues.length - max} more`,
    );
  return lines;
}

/** Reads a GeoJSON file from disk; a missing file, a folder or bad content is a failure naming the file. */
export function readLayer(
  path: string,
  lang: Lang,
): { ok: true; collection: FeatureCollection<Geometry | null> } | CliFailure {
  if (!existsSync(path)) return failure(lang === 'zh' ? `${path}：文件不存在。` : `${path}: no such file.`);
  if (statSync(path).isDirectory())
    return failure(
      lang === 'zh'
        ? `${path}：是文件夹，请给出 GeoJSON 文件。`
        : `${path}: is a folder; give a GeoJSON file.`,
    );
  const parsed = parseGeoJson(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) return failure(issueLines(parsed.errors, lang, '').join('\n'));
  return { ok: true, collection: parsed.collection };
}

/** What a loaded input carries besides its data: warnings to print. */
export interface Loaded<T> {
  ok: true;
  data: T;
  warnings: ImportIssue[];
}

const loaded = <T>(data: T, warnings: ImportIssue[]): Loaded<T> => ({ ok: true, data, warnings });

/** Zones from a GeoJSON file of polygons (see featuresToZones). */
export function loadZones(path: string, lang: Lang, mapping: FieldMapping): Loaded<Zone[]> | CliFailure {
  const layer = readLayer(path, lang);
  if (!layer.ok) return layer;
  const r = featuresToZones(layer.collection, path, mapping);
  return r.ok ? loaded(r.zones, r.warnings) : failure(issueLines(r.errors, lang, '').join('\n'));
}

/** Facilities from a GeoJSON file of points (see featuresToFacilities). */
export function loadFacilities(
  path: string,
  lang: Lang,
  mapping: FieldMapping,
): Loaded<Facility[]> | CliFailure {
  const layer = readLayer(path, lang);
  if (!layer.ok) return layer;
  const r = featuresToFacilities(layer.collection, path, mapping);
  return r.ok ? loaded(r.facilities, r.warnings) : failure(issueLines(r.errors, lang, '').join('\n'));
}

/** Population points from a GeoJSON file of points or polygons (see featuresToPopulation). */
export function loadPopulation(
  path: string,
  lang: Lang,
  mapping: FieldMapping,
): Loaded<PopulationPoint[]> | CliFailure {
  const layer = readLayer(path, lang);
  if (!layer.ok) return layer;
  const r = featuresToPopulation(layer.collection, path, mapping);
  return r.ok ? loaded(r.points, r.warnings) : failure(issueLines(r.errors, lang, '').join('\n'));
}
