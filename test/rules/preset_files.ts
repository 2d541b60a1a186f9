import { readdirSync, readFileSync } from 'node:fs';
import { loadPresetFromJson, type RulePreset } from '../../src/domain/index.ts';

/** seeds/presets/ of this repository. */
export const PRESET_DIR = new URL('../../seeds/presets/', import.meta.url);

/** Parsed JSON of every file in seeds/presets/, by file name. */
export function readPresetJson(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of readdirSync(PRESET_DIR).filter((n) => n.endsWith('.json'))) {
    out[name] = JSON.parse(readFileSync(new URL(name, PRESET_DIR), 'utf8'));
  }
  return out;
}

/** One shipped preset, validated; throws when it is invalid (tests only). */
export function preset(fileName: string): RulePreset {
  const result = loadPresetFromJson(readPresetJson()[fileName], fileName);
  if (!result.ok) throw new Error(`${fileName}: ${JSON.stringify(result.errors)}`);
  return result.preset;
}
