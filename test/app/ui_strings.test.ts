import { describe, expect, it } from 'vitest';
import { EDIT_STRINGS } from '../../src/ui/i18n/edit_strings.ts';
import { STRINGS } from '../../src/ui/i18n/strings.ts';
import { IO_STRINGS } from '../../src/ui/io/io_strings.ts';
import { WORKFLOW_STRINGS } from '../../src/ui/workspace/workflow_strings.ts';

/** Every table of UI strings: STRINGS (with EDIT_STRINGS and IO_STRINGS spread in) and the workflow UI's own. */
const TABLES: Record<string, Record<string, unknown>> = { STRINGS, WORKFLOW_STRINGS };

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Keys whose entry lacks a language or has it empty, as "table.key: lang". */
function missing(table: string, strings: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, entry] of Object.entries(strings)) {
    for (const lang of ['zh', 'en'] as const) {
      const text = (entry as Record<string, unknown> | null)?.[lang];
      if (typeof text !== 'string' || text.trim() === '') out.push(`${table}.${key}: ${lang}`);
    }
  }
  return out;
}

describe('UI strings', () => {
  it('every key of every table has a Chinese and an English text', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      expect(Object.keys(table).length, name).toBeGreaterThan(20);
      expect(missing(name, table)).toEqual([]);
    }
  });

  it('the check finds a key without English', () => {
    expect(missing('T', { a: { zh: '甲', en: 'A' }, b: { zh: '乙' }, c: { zh: '丙', en: ' ' } })).toEqual([
      'T.b: en',
      'T.c: en',
    ]);
  });

  it('Chinese and English use the same {placeholders}', () => {
    const differ: string[] = [];
    for (const [name, table] of Object.entries(TABLES)) {
      for (const [key, entry] of Object.entries(table)) {
        const { zh, en } = entry as { zh: string; en: string };
        if (placeholders(zh).join() !== placeholders(en).join()) differ.push(`${name}.${key}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('the edit and import/export strings are all in STRINGS, none replaced by another entry of the same key', () => {
    const strings: Record<string, unknown> = STRINGS;
    for (const part of [EDIT_STRINGS, IO_STRINGS]) {
      for (const [key, entry] of Object.entries(part)) expect(strings[key], key).toBe(entry);
    }
  });
});
