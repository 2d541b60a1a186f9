import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENTS,
  loadPresets,
  quoteFragments,
  quoteMismatch,
  SEED_FILE_PATTERN,
} from '../../src/domain/index.ts';
import { readPresetJson } from './preset_files.ts';

/** The planning documents sit in ../shared/seeds beside the repository; a fresh clone has none. */
const SEEDS_DIR = new URL('../../../shared/seeds/', import.meta.url);
const haveSeeds = existsSync(new URL('000_e231058eb99c46c0.txt', SEEDS_DIR));

const sources = loadPresets(readPresetJson()).presets.flatMap((p) =>
  p.rules.flatMap((r) => r.sources.map((s) => ({ preset: p.id, rule: r.id, ...s }))),
);

describe('rule sources', () => {
  it('there are sources to check', () => {
    expect(sources.length).toBeGreaterThan(60);
  });

  it('every source names a seed file, positive line numbers and a Chinese quote', () => {
    for (const s of sources) {
      expect(s.file).toMatch(SEED_FILE_PATTERN);
      expect(s.lines.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
      expect(s.quoteZh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('a table-row quote has at least one fragment per cited line', () => {
    for (const s of sources) {
      expect(quoteFragments(s.quoteZh).length, `${s.rule} ${s.file}`).toBeGreaterThanOrEqual(s.lines.length);
    }
  });
});

describe.skipIf(!haveSeeds)('rule sources against the planning documents in ../shared/seeds', () => {
  const cache = new Map<string, string[]>();
  const linesOf = (file: string): string[] => {
    const cached = cache.get(file);
    if (cached) return cached;
    const lines = readFileSync(new URL(file, SEEDS_DIR), 'utf8').split('\n');
    cache.set(file, lines);
    return lines;
  };

  it('every quote is found, word for word, at the cited lines of its document', () => {
    const wrong = sources
      .map((s) => {
        const texts = s.lines.map((n) => linesOf(s.file)[n - 1] ?? '');
        const mismatch = quoteMismatch(s.quoteZh, texts);
        return mismatch && { preset: s.preset, rule: s.rule, file: s.file, lines: s.lines, mismatch };
      })
      .filter((x) => x !== null);
    expect(wrong).toEqual([]);
  });

  it('a quote moved to the neighbouring line no longer matches', () => {
    const prose = sources.filter((s) => s.lines.length === 1);
    expect(prose.length).toBeGreaterThan(20);
    for (const s of prose) {
      const [n = 0] = s.lines;
      const shifted = [linesOf(s.file)[n] ?? ''];
      expect(quoteMismatch(s.quoteZh, shifted), `${s.rule} L${n}`).not.toBeNull();
    }
  });

  it('each document title in DOCUMENTS appears in its document', () => {
    for (const doc of Object.values(DOCUMENTS)) {
      const title = doc.title.zh.replace(/（.*$/, '');
      expect(
        linesOf(doc.file).some((l) => l.includes(title)),
        doc.file,
      ).toBe(true);
    }
  });
});
