import { FACILITY_STATUSES } from '../domain/index.ts';
import { evaluate } from '../engine/index.ts';
import type { FieldMapping } from '../engine/io/index.ts';
import { type CliIo, EXIT, type Lang } from './cli_io.ts';
import type { ImportOptions } from './import_options.ts';
import { loadFacilities, loadPopulation, loadZones } from './load_inputs.ts';
import { resolveRules } from './load_rules.ts';
import type { OutputOptions } from './options.ts';
import type { PopulationTableOption } from './population_table.ts';
import { writeResults } from './write_results.ts';

/** The files and settings of one evaluation run. */
export interface EvaluationRun extends OutputOptions {
  zonesPath: string;
  facilitiesPath: string;
  populationPath?: string;
  /** --population-table and its join options: population joined to the zones by code or name. */
  populationTable?: PopulationTableOption;
  mapping: FieldMapping;
  /** --crs, --encoding, --lon-field, --lat-field, --sheet. */
  imports?: ImportOptions;
}

/**
 * Loads the inputs, evaluates, prints warnings to stderr and writes the results. Returns the exit
 * code: 0 when the evaluation ran (failing rules are results), 2 for bad input with the message on
 * stderr naming the file, the feature and what to do.
 */
export async function runEvaluation(run: EvaluationRun, lang: Lang, io: CliIo): Promise<number> {
  const zh = lang === 'zh';
  const fail = (message: string) => {
    io.err(`${zh ? '错误：' : 'error: '}${message}\n`);
    return EXIT.usage;
  };
  const rules = resolveRules(run.rules, lang);
  if (!rules.ok) return fail(rules.message);
  const spec = (path: string) => ({
    path,
    lang,
    mapping: run.mapping,
    ...(run.imports ? { imports: run.imports } : {}),
  });
  const zones = await loadZones(spec(run.zonesPath), run.populationTable);
  if (!zones.ok) return fail(zones.message);
  const facilities = await loadFacilities(spec(run.facilitiesPath));
  if (!facilities.ok) return fail(facilities.message);
  const population =
    run.populationPath === undefined ? undefined : await loadPopulation(spec(run.populationPath));
  if (population && !population.ok) return fail(population.message);

  const warnings = [...zones.warnings, ...facilities.warnings, ...(population?.warnings ?? [])];
  for (const line of zones.notes) io.err(`${line}\n`);
  if (population === undefined && zones.data.every((z) => z.population === null)) {
    return fail(
      zh
        ? `${run.zonesPath}：没有任何区划有人口数据，无法评估。请在区划文件中加人口字段（population/常住人口，或用 --population-field 指定），用 --population-table 按名称或区划代码联接一张人口表，或用 --population 提供人口点文件。`
        : `${run.zonesPath}: no zone has a population, so nothing can be evaluated. Add a population field to the zones (population/常住人口, or name it with --population-field), join a population table by name or code with --population-table, or give population points with --population.`,
    );
  }
  for (const line of warnings) io.err(`${zh ? '警告：' : 'warning: '}${line}\n`);

  const statuses = run.statuses ?? [...FACILITY_STATUSES];
  const evaluation = evaluate(zones.data, facilities.data, rules.preset.rules, {
    ...(run.cellSizeM === undefined ? {} : { cellSizeM: run.cellSizeM }),
    ...(population ? { population: population.data } : {}),
    statuses,
  });
  return writeResults(
    {
      zones: zones.data,
      facilities: facilities.data,
      preset: rules.preset,
      evaluation,
      statuses,
      inputs: {
        zones: run.zonesPath,
        facilities: run.facilitiesPath,
        rules: rules.source,
        ...(run.populationPath === undefined ? {} : { population: run.populationPath }),
        ...(run.populationTable === undefined ? {} : { populationTable: run.populationTable.path }),
      },
    },
    run,
    lang,
    io,
  );
}
