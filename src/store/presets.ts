import {
  DEFAULT_PRESET_ID,
  DOCUMENTS,
  loadPresets,
  type RulePreset,
  type SeedDocument,
} from '../domain/index.ts';

const files = import.meta.glob<unknown>('../../seeds/presets/*.json', { eager: true, import: 'default' });
const byFileName = Object.fromEntries(
  Object.entries(files).map(([path, json]) => [path.replace(/^.*\//, ''), json]),
);
const loaded = loadPresets(byFileName);

/** Every shipped rule preset (seeds/presets/*.json), validated; the combined default first. */
export const PRESETS: readonly RulePreset[] = loaded.presets;

/** Preset files that are missing or invalid, shown to the planner rather than dropped. */
export const PRESET_ERRORS: readonly string[] = loaded.errors.map(
  (e) => `${e.fileName}: ${e.path} ${e.message}`,
);

export { DEFAULT_PRESET_ID };

/** The preset with this id, if shipped. */
export function findPreset(id: string): RulePreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The seed document of a source file name such as `000_e231058eb99c46c0.txt`. */
export function documentOf(file: string): SeedDocument | undefined {
  return Object.values(DOCUMENTS).find((d) => d.file === file);
}
