import { type ParsedOptions, str } from './args.ts';
import { type CliFailure, type CliIo, EXIT, failure, type Lang } from './cli_io.ts';
import { type ImportOptions, importOptions } from './import_options.ts';
import { fieldMapping, outputOptions } from './options.ts';
import type { PopulationTableOption } from './population_table.ts';
import { type EvaluationRun, runEvaluation } from './run_evaluation.ts';

/** `covplan evaluate --zones FILE --facilities FILE […]`. */
export async function evaluateCommand(values: ParsedOptions, lang: Lang, io: CliIo): Promise<number> {
  const zonesPath = str(values, 'zones');
  const facilitiesPath = str(values, 'facilities');
  if (zonesPath === undefined || facilitiesPath === undefined) {
    const missing = [
      zonesPath === undefined ? '--zones FILE' : '',
      facilitiesPath === undefined ? '--facilities FILE' : '',
    ]
      .filter((s) => s !== '')
      .join(' ');
    io.err(
      lang === 'zh'
        ? `错误：covplan evaluate 需要 ${missing}。见 covplan help evaluate\n`
        : `error: covplan evaluate needs ${missing}. See: covplan help evaluate\n`,
    );
    return EXIT.usage;
  }
  const output = outputOptions(values, lang);
  if (!output.ok) {
    io.err(`${lang === 'zh' ? '错误：' : 'error: '}${output.message}\n`);
    return EXIT.usage;
  }
  const imports = importOptions(values, lang);
  if (!imports.ok) {
    io.err(`${lang === 'zh' ? '错误：' : 'error: '}${imports.message}\n`);
    return EXIT.usage;
  }
  const run: EvaluationRun = {
    ...output.options,
    zonesPath,
    facilitiesPath,
    mapping: fieldMapping(values),
    imports: imports.options,
  };
  const population = str(values, 'population');
  if (population !== undefined) run.populationPath = population;
  const table = populationTableOption(values, lang);
  if (!table.ok) {
    io.err(`${lang === 'zh' ? '错误：' : 'error: '}${table.message}\n`);
    return EXIT.usage;
  }
  if (table.option) run.populationTable = { ...table.option, ...encodingOf(imports.options) };
  return runEvaluation(run, lang, io);
}

const encodingOf = (o: ImportOptions) => (o.encoding ? { encoding: o.encoding } : {});

/** --population-table with --join-by, --join-column, --population-column and --population-sheet (which need it). */
function populationTableOption(
  values: ParsedOptions,
  lang: Lang,
): { ok: true; option?: PopulationTableOption } | CliFailure {
  const zh = lang === 'zh';
  const path = str(values, 'population-table');
  const by = str(values, 'join-by');
  const keyColumn = str(values, 'join-column');
  const valueColumn = str(values, 'population-column');
  const sheet = str(values, 'population-sheet');
  if (path === undefined) {
    const stray = [
      by === undefined ? '' : '--join-by',
      keyColumn === undefined ? '' : '--join-column',
      valueColumn === undefined ? '' : '--population-column',
      sheet === undefined ? '' : '--population-sheet',
    ].filter((f) => f !== '');
    if (stray.length === 0) return { ok: true };
    return failure(
      zh
        ? `${stray.join('、')} 需与 --population-table 文件 一起使用。`
        : `${stray.join(', ')}: give --population-table FILE too.`,
    );
  }
  if (by !== undefined && by !== 'code' && by !== 'name')
    return failure(zh ? `--join-by "${by}"：可用 code 或 name。` : `--join-by "${by}": use code or name.`);
  const option: PopulationTableOption = { path };
  if (by !== undefined) option.by = by;
  if (keyColumn !== undefined) option.keyColumn = keyColumn;
  if (valueColumn !== undefined) option.valueColumn = valueColumn;
  if (sheet !== undefined) option.sheet = /^\d+$/.test(sheet) ? Number(sheet) : sheet;
  return { ok: true, option };
}
