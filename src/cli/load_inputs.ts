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
import { joinPopulationTable, type PopulationTableOption } from './population_table.ts';
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
  /** Lines about what was done (e.g. a population table joined), printed without "warning". */
  notes: string[];
}

/** How to read one input: file, language, field mapping and the import options. */
export interface InputSpec {
  path: string;
  lang: Lang;
  mapping: FieldMapping;
  imports?: ImportOptions;
}

/** A step between reading a layer and converting it (e.g. joining a population table). */
type Prepare = (
  fc: FeatureCollection<Geometry | null>,
  mapping: FieldMapping,
) => Promise<
  | {
      ok: true;
      collection: FeatureCollection<Geometry | null>;
      mapping: FieldMapping;
      note: string;
      warnings: string[];
    }
  | CliFailure
>;

type Converter<K extends string, T> = (
  fc: FeatureCollection<Geometry | null>,
  file: string,
  mapping: FieldMapping,
) => ImportResult<K, T>;

async function load<K extends string, T>(
  spec: InputSpec,
  convert: Converter<K, T>,
  key: K,
  prepare?: Prepare,
): Promise<Loaded<T> | CliFailure> {
  const layer = await readLayerFile(spec.path, spec.lang, spec.imports);
  if (!layer.ok) return layer;
  const prepared = prepare
    ? await prepare(layer.collection, spec.mapping)
    : { ok: true as const, collection: layer.collection, mapping: spec.mapping, note: '', warnings: [] };
  if (!prepared.ok) return prepared;
  const result = convert(prepared.collection, spec.path, prepared.mapping);
  if (!result.ok)
    return failure([...issueLines(result.errors, spec.lang), ...layer.coordinateHints].join('\n'));
  if (layer.blocking.length > 0) return failure([...layer.blocking, ...layer.coordinateHints].join('\n'));
  const warnings = [
    ...layer.warnings,
    ...layer.coordinateHints,
    ...prepared.warnings,
    ...issueLines(result.warnings, spec.lang, 20),
  ];
  const notes = prepared.note === '' ? [] : [prepared.note];
  return { ok: true, data: (result as Record<K, T>)[key], warnings, notes };
}

/**
 * Zones from a file of polygons (see featuresToZones), with their population joined from
 * `--population-table` when given.
 */
export const loadZones = (spec: InputSpec, table?: PopulationTableOption) =>
  load(
    spec,
    featuresToZones,
    'zones',
    table === undefined
      ? undefined
      : (fc, mapping) => joinPopulationTable(fc, spec.path, mapping, table, spec.lang),
  );

/** Facilities from a file of points or table rows with coordinates (see featuresToFacilities). */
export const loadFacilities = (spec: InputSpec) => load(spec, featuresToFacilities, 'facilities');

/** Population points from a file of points or polygons (see featuresToPopulation). */
export const loadPopulation = (spec: InputSpec) => load(spec, featuresToPopulation, 'points');
