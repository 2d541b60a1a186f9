import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  DEFAULT_PRESET_ID,
  loadPresetFromJson,
  PRESET_FILES,
  parseRulePreset,
  parseRules,
  type RuleFileError,
  type RulePreset,
} from '../domain/index.ts';
import { type CliFailure, failure, type Lang } from './cli_io.ts';
import { PRESETS_DIR } from './paths.ts';

export type RulesLoad = { ok: true; preset: RulePreset; source: string } | CliFailure;

const errorLines = (file: string, errors: readonly RuleFileError[], lang: Lang): string =>
  [
    lang === 'zh' ? `${file}：规则文件无效：` : `${file}: invalid rules file:`,
    ...errors.slice(0, 20).map((e) => `  ${e.path}: ${e.message}`),
    lang === 'zh'
      ? '请按上面列出的字段路径改正该文件（字段说明见 docs/rules.md）。'
      : 'Correct the fields at the paths listed above (see docs/rules.md for the fields).',
  ].join('\n');

/** Reads one shipped preset by id (`default`, `000_yuxi` …) from seeds/presets/. */
export function loadShippedPreset(id: string, lang: Lang): RulesLoad {
  const entry = PRESET_FILES.find((p) => p.id === id);
  if (!entry) return failure(unknownPreset(id, lang));
  const path = join(PRESETS_DIR, entry.fileName);
  if (!existsSync(path)) return failure(`${path}: preset file missing from the package.`);
  const result = loadPresetFromJson(JSON.parse(readFileSync(path, 'utf8')), entry.fileName);
  if (!result.ok) return failure(errorLines(path, result.errors, lang));
  return { ok: true, preset: result.preset, source: entry.id };
}

function unknownPreset(spec: string, lang: Lang): string {
  const ids = PRESET_FILES.map((p) => p.id).join(', ');
  return lang === 'zh'
    ? `--rules "${spec}"：既不是预设规则也不是存在的文件。预设有：${ids}；或给出规则 JSON 文件路径。`
    : `--rules "${spec}": neither a preset nor an existing file. Presets: ${ids}; or give the path of a rules JSON file.`;
}

/**
 * The rules to check: a preset id, or a path to a JSON file holding a preset (validated against
 * the rule schema; a bad field is reported by its path, e.g. `rules[2].thresholds.rural.radiusKm`)
 * or a bare array of rules. Default: the `default` preset from the package's seeds/presets/.
 *
 * @example resolveRules('000_yuxi', 'en') // { ok: true, preset, source: '000_yuxi' }
 */
export function resolveRules(spec: string | undefined, lang: Lang): RulesLoad {
  const wanted = spec ?? DEFAULT_PRESET_ID;
  if (PRESET_FILES.some((p) => p.id === wanted) && !existsSync(wanted))
    return loadShippedPreset(wanted, lang);
  if (!existsSync(wanted)) return failure(unknownPreset(wanted, lang));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(wanted, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failure(
      lang === 'zh' ? `${wanted}：不是有效的 JSON（${detail}）。` : `${wanted}: not valid JSON (${detail}).`,
    );
  }
  const name = basename(wanted).replace(/\.json$/i, '');
  if (Array.isArray(json)) {
    const rules = parseRules(json);
    if (!rules.ok) return failure(errorLines(wanted, rules.errors, lang));
    const title = { zh: name, en: name };
    return { ok: true, preset: { id: name, title, documents: [], rules: rules.rules }, source: wanted };
  }
  const result = parseRulePreset(json);
  if (!result.ok) return failure(errorLines(wanted, result.errors, lang));
  return { ok: true, preset: result.preset, source: wanted };
}
