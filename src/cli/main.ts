import { parseCommandArgs, str } from './args.ts';
import { type CliIo, EXIT, type Lang, pickLang, processIo } from './cli_io.ts';
import { helpText } from './help.ts';
import { packageVersion } from './paths.ts';

const COMMANDS = ['evaluate', 'demo', 'rules', 'help'] as const;

function langFromArgv(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--lang');
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
}

async function dispatch(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const first = argv[0];
  const fallbackLang: Lang = pickLang(undefined, env) ?? 'en';
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(helpText(undefined, pickLang(langFromArgv(argv), env) ?? fallbackLang));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    io.out(`covplan ${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    io.err(
      fallbackLang === 'zh'
        ? `错误：未知命令 "${first}"。可用：evaluate、demo、rules、help。见 covplan --help\n`
        : `error: unknown command "${first}". Commands: evaluate, demo, rules, help. See: covplan --help\n`,
    );
    return EXIT.usage;
  }
  const parsed = parseCommandArgs(first, argv.slice(1), first === 'help' ? 1 : 0);
  if (!parsed.ok) {
    io.err(`${fallbackLang === 'zh' ? '错误：' : 'error: '}${parsed.message}\n`);
    return EXIT.usage;
  }
  const lang = pickLang(str(parsed.values, 'lang'), env);
  if (lang === undefined) {
    io.err(`error: --lang "${str(parsed.values, 'lang')}": use zh or en.\n`);
    return EXIT.usage;
  }
  if (first === 'help' || parsed.values.help === true) {
    io.out(helpText(first === 'help' ? parsed.positionals[0] : first, lang));
    return EXIT.ok;
  }
  // Commands load the engine on demand, so that help and --version answer at once.
  if (first === 'evaluate')
    return (await import('./evaluate_cmd.ts')).evaluateCommand(parsed.values, lang, io);
  if (first === 'demo') return (await import('./demo_cmd.ts')).demoCommand(parsed.values, lang, io);
  return (await import('./rules_cmd.ts')).rulesCommand(parsed.values, lang, io);
}

/**
 * The `covplan` command line. Returns the exit code: 0 when the command ran (failing rules are
 * results), 2 for bad input or usage (message on stderr, no stack trace), 1 for an internal error.
 *
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliIo = processIo,
): Promise<number> {
  try {
    return await dispatch(argv, env, io);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`covplan: internal error: ${detail}\n`);
    if (env.COVPLAN_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    else
      io.err('Set COVPLAN_DEBUG=1 to see the stack trace, and report it with the command that caused it.\n');
    return EXIT.internal;
  }
}
