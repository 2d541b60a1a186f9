/** Where the CLI writes: stdout for results, stderr for warnings and errors. Tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** The process's own streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export type Lang = 'zh' | 'en';

/** Exit codes: 0 ran (failing rules are results, not errors); 1 internal error; 2 bad input or usage. */
export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;

/** An expected failure with the message for stderr; returned, never thrown. */
export interface CliFailure {
  ok: false;
  message: string;
}

export const failure = (message: string): CliFailure => ({ ok: false, message });

/**
 * The language of messages: `--lang` when given, else the locale in LC_ALL, LC_MESSAGES or LANG
 * (zh_CN.UTF-8 → zh), else English.
 *
 * @example pickLang(undefined, { LANG: 'zh_CN.UTF-8' }) // 'zh'
 */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  if (flag !== undefined) return flag === 'zh' || flag === 'en' ? flag : undefined;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
