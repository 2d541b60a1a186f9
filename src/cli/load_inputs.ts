import type { FeatureCollection, Geometry } from 'geojson';
import {
  type FieldMapping,
  featuresToFacilities,
  featuresToPopulation,
  featuresToZones,
  formatImportIssue,
  type ImportIssue,
  type ImportResult,
} from '../engine/io/index.ts';
import { type CliFailure, failure, type Lang } from './cli_io.ts';
import type { ImportOptions } from './import_options.ts';
import { readLayerFile } from './read_layer_file.ts';

/** The first `max` issues as lines, then "… and N more". */
export function issueLines(issues: readonly ImportIssue[], lang: Lang, max = 10): string[] {
  const lines = issues.slice(0, max).map((i) => formatImportIssue(i, lang));
  if (issues.length > max)
    lines.push(lang === 'zh' ? `…… 另有 ${issues.length - max} 条` : `… and ${issues.length - max} more`);
  return lines;
}

/** A loaded input and the warnings to print about it. */
export interface Loaded<T> {
  ok: true;
  data: T;
  warnings: string[];
}

/** How to read one input: file, language, field mapping and the import options. */
export interface InputSpec {
  path: string;
  lang: Lang;
  mapping: FieldMapping;
  imports?: ImportOptions;
}

type Converter<K extends string, T> = (
  fc: FeatureCollection<Geometry | null>,
  file: string,
  mapping: FieldMapping,
) => ImportResult<K, T>;

async function load<K extends string, T>(
  spec: InputSpec,
  convert: Converter<K, T>,
  key: K,
): Promise<Loaded<T> | CliFailure> {
  const layer = await readLayerFile(spec.path, spec.lang, spec.imports);
  if (!layer.ok) return layer;
  const result = convert(layer.collection, spec.path, spec.mapping);
  if (!result.ok)
    return failure([...issueLines(result.errors, spec.lang), ...layer.coordinateHints].join('\n'));
  if (layer.blocking.length > 0) return failure([...layer.blocking, ...layer.coordinateHints].join('\n'));
  const warnings = [
    ...layer.warnings,
    ...layer.coordinateHints,
    ...issueLines(result.warnings, spec.lang, 20),
  ];
  return { ok: true, data: (result as Record<K, T>)[key], warnings };
}

/** Zones from a file of polygons (see featuresToZones). */
export const loadZones = (spec: InputSpec) => load(spec, featuresToZones, 'zones');

/** Facilities from a file of points or table rows with coordinates (see featuresToFacilities). */
export const loadFacilities = (spec: InputSpec) => load(spec, featuresToFacilities, 'facilities');

/** Population points from a file of points or polygons (see featuresToPopulation). */
export const loadPopulation = (spec: InputSpec) => load(spec, featuresToPopulation, 'points');
