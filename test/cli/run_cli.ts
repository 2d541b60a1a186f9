import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const REPO = join(import.meta.dirname, '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a run: this process's, without LANG, LC_ALL and LC_MESSAGES, plus `env`. */
function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { LANG: _l, LC_ALL: _a, LC_MESSAGES: _m, ...rest } = process.env;
  return { ...rest, ...env };
}

/**
 * Runs the `covplan` command line in this process: the `main(argv, env, io)` that bin/covplan.js
 * calls, with stdout and stderr captured and its exit code as `status` (LANG, LC_ALL and
 * LC_MESSAGES unset unless given). The engine is loaded once per test file instead of once per run;
 * {@link spawnCovplan} runs the real executable.
 */
export async function covplan(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, cliEnv(env), {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}

/**
 * Runs `node bin/covplan.js …` in the repository as a child process (LANG, LC_ALL and LC_MESSAGES
 * unset unless given): the executable end to end, as a planner runs it. Asynchronous, so that the
 * tests of a file can run concurrently.
 */
export function spawnCovplan(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO, 'bin', 'covplan.js'), ...args],
      { cwd: REPO, encoding: 'utf8', env: cliEnv(env), timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? null : 0;
        resolve({ status: code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder with the given files written into it; returns its path. */
export function tempFiles(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'covplan-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** A stack trace line, which bad input must never print. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
