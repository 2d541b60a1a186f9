import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/covplan.js …` in the repository as a child process (LANG, LC_ALL and LC_MESSAGES
 * unset unless given). Asynchronous, so that the tests of a file can run concurrently.
 */
export function covplan(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const { LANG: _l, LC_ALL: _a, LC_MESSAGES: _m, ...rest } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO, 'bin', 'covplan.js'), ...args],
      { cwd: REPO, encoding: 'utf8', env: { ...rest, ...env }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
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
