import { writeFileSync } from 'node:fs';
import type { Evaluation, Facility, FacilityStatus, RulePreset, Zone } from '../domain/index.ts';
import {
  type EvaluationGeoJson,
  type ExportMeta,
  evaluationToGeoJson,
  isIllustrative,
  renderEvaluationReport,
} from '../engine/io/index.ts';
import { type CliIo, EXIT, type Lang } from './cli_io.ts';
import { isExportFile, writeExportFile } from './export_files.ts';
import type { OutputFormat, OutputOptions } from './options.ts';
import { packageVersion } from './paths.ts';

/** Everything one evaluation produced, with the inputs it came from. */
export interface EvaluationOutcome {
  zones: Zone[];
  facilities: Facility[];
  preset: RulePreset;
  evaluation: Evaluation;
  statuses: FacilityStatus[];
  inputs: NonNullable<ExportMeta['inputs']>;
}

/** The raw Evaluation with a summary of the inputs (format `json`). */
function rawJson(o: EvaluationOutcome, generator: string, date: string): string {
  const doc = {
    generator,
    date,
    inputs: {
      ...o.inputs,
      preset: o.preset.id,
      zoneCount: o.zones.length,
      facilityCount: o.facilities.length,
      zonesWithoutPopulation: o.zones.filter((z) => z.population === null).map((z) => z.code),
    },
    statuses: o.statuses,
    illustrative: isIllustrative(o.zones, o.facilities),
    rules: o.preset.rules,
    evaluation: o.evaluation,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function render(o: EvaluationOutcome, format: OutputFormat, lang: Lang): string {
  const generator = `covplan ${packageVersion()}`;
  const date = new Date().toISOString();
  if (format === 'json') return rawJson(o, generator, date);
  if (format === 'geojson') {
    const fc = evaluationToGeoJson(o.zones, o.facilities, o.preset.rules, o.evaluation, {
      generator,
      date,
      statuses: o.statuses,
      inputs: o.inputs,
    });
    return `${JSON.stringify(fc)}\n`;
  }
  return renderEvaluationReport(o.zones, o.facilities, o.preset.rules, o.evaluation, {
    lang,
    statuses: o.statuses,
  });
}

/**
 * Prints and writes the results: without --out, stdout gets the chosen format (default: the text
 * report); with --out, the file gets the format and stdout the text report plus where it was written.
 */
export function writeResults(o: EvaluationOutcome, options: OutputOptions, lang: Lang, io: CliIo): number {
  if (options.out === undefined) {
    io.out(render(o, options.format, lang));
    return EXIT.ok;
  }
  try {
    if (isExportFile(options.out)) {
      const geojson = JSON.parse(render(o, 'geojson', lang)) as EvaluationGeoJson;
      const problem = writeExportFile(options.out, geojson, lang);
      if (problem !== undefined) throw new Error(problem);
    } else writeFileSync(options.out, render(o, options.format, lang));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    io.err(
      lang === 'zh'
        ? `错误：无法写入 ${options.out}（${detail}）。\n`
        : `error: cannot write ${options.out} (${detail}).\n`,
    );
    return EXIT.usage;
  }
  io.out(
    renderEvaluationReport(o.zones, o.facilities, o.preset.rules, o.evaluation, {
      lang,
      statuses: o.statuses,
    }),
  );
  io.out(
    lang === 'zh'
      ? `\n已写入 ${options.out}（${isExportFile(options.out) ? '导出文件' : options.format}）\n`
      : `\nWrote ${options.out} (${isExportFile(options.out) ? 'export' : options.format})\n`,
  );
  return EXIT.ok;
}
