import type { ParsedOptions } from './args.ts';
import { type CliIo, EXIT, type Lang } from './cli_io.ts';
import { outputOptions } from './options.ts';
import { DEMO_FACILITIES, DEMO_ZONES } from './paths.ts';
import { runEvaluation } from './run_evaluation.ts';

/** `covplan demo`: the illustrative demo district (示意数据) with the default preset. */
export async function demoCommand(values: ParsedOptions, lang: Lang, io: CliIo): Promise<number> {
  const output = outputOptions(values, lang);
  if (!output.ok) {
    io.err(`${lang === 'zh' ? '错误：' : 'error: '}${output.message}\n`);
    return EXIT.usage;
  }
  return runEvaluation(
    { ...output.options, zonesPath: DEMO_ZONES, facilitiesPath: DEMO_FACILITIES, mapping: {} },
    lang,
    io,
  );
}
