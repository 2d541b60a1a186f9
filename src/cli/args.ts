import { parseArgs } from 'node:util';
import { type CliFailure, failure } from './cli_io.ts';

type OptionSpec = { type: 'string' | 'boolean'; short?: string };

/** Flags that control importing (checked by import_options.ts). */
const IMPORT_FLAGS: Record<string, OptionSpec> = {
  crs: { type: 'string' },
  encoding: { type: 'string' },
  'lon-field': { type: 'string' },
  'lat-field': { type: 'string' },
  sheet: { type: 'string' },
};

const COMMON: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
};

const OUTPUT: Record<string, OptionSpec> = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string' },
  'cell-size': { type: 'string' },
  statuses: { type: 'string' },
  rules: { type: 'string' },
};

/** The options each command accepts. */
export const COMMAND_OPTIONS: Record<string, Record<string, OptionSpec>> = {
  evaluate: {
    ...COMMON,
    ...OUTPUT,
    zones: { type: 'string' },
    facilities: { type: 'string' },
    population: { type: 'string' },
    'population-table': { type: 'string' },
    'join-by': { type: 'string' },
    'join-column': { type: 'string' },
    'population-column': { type: 'string' },
    'population-sheet': { type: 'string' },
    'name-field': { type: 'string' },
    'kind-field': { type: 'string' },
    'population-field': { type: 'string' },
    'class-field': { type: 'string' },
    'code-field': { type: 'string' },
    'level-field': { type: 'string' },
    'status-field': { type: 'string' },
    ...IMPORT_FLAGS,
  },
  demo: { ...COMMON, ...OUTPUT },
  rules: { ...COMMON, preset: { type: 'string' } },
  help: { ...COMMON },
};

export type ParsedOptions = Record<string, string | boolean | undefined>;

/**
 * Parses a command's arguments with node:util parseArgs (strict). An unknown option, a missing
 * value or a stray positional becomes a usage failure naming it.
 *
 * @example parseCommandArgs('demo', ['--lang', 'en']) // { ok: true, values: { lang: 'en' }, positionals: [] }
 */
export function parseCommandArgs(
  command: string,
  args: string[],
  maxPositionals = 0,
): { ok: true; values: ParsedOptions; positionals: string[] } | CliFailure {
  const options = COMMAND_OPTIONS[command] ?? COMMON;
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    if (positionals.length > maxPositionals) {
      return failure(
        `covplan ${command}: unexpected argument "${positionals[maxPositionals]}". See: covplan help ${command}`,
      );
    }
    return { ok: true, values: values as ParsedOptions, positionals };
  } catch (e) {
    const text =
      e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e);
    return failure(`covplan ${command}: ${text}. See: covplan help ${command}`);
  }
}

/** A string option's value, or undefined. */
export const str = (values: ParsedOptions, name: string): string | undefined => {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
};
