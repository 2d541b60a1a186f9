import { type ParsedOptions, str } from './args.ts';
import { type CliIo, EXIT, type Lang } from './cli_io.ts';
import { importOptions } from './import_options.ts';
import { fieldMapping, outputOptions } from './options.ts';
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
  return runEvaluation(run, lang, io);
}
