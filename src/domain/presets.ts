import type { Label } from './facility_kinds.ts';
import { parseRulePreset, type RuleFileError } from './rule_schema.ts';
import type { RulePreset } from './rules.ts';

/** A planning document in seeds/ (kept in ../shared/seeds, not in this repository). */
export interface SeedDocument {
  file: string;
  title: Label;
  place: Label;
  years: string;
}

/** The five planning documents the presets are drawn from, by their three-digit prefix. */
export const DOCUMENTS = {
  '000': {
    file: '000_e231058eb99c46c0.txt',
    title: {
      zh: '玉溪市“十四五”医疗卫生服务体系规划',
      en: 'Yuxi 14th Five-Year Plan for the Medical and Health Service System',
    },
    place: { zh: '云南省玉溪市', en: 'Yuxi city, Yunnan' },
    years: '2021–2025',
  },
  '001': {
    file: '001_b8433663c3f0f039.txt',
    title: {
      zh: '市区“十五五”医疗卫生服务体系规划',
      en: 'District 15th Five-Year Plan for the Medical and Health Service System (two anonymised plans)',
    },
    place: { zh: '某市辖区（匿名）', en: 'A city district (anonymised)' },
    years: '2026–2030',
  },
  '002': {
    file: '002_1d12bbbd0944f5f2.txt',
    title: {
      zh: '临汾市“十四五”公共卫生服务体系规划',
      en: 'Linfen 14th Five-Year Plan for the Public Health Service System',
    },
    place: { zh: '山西省临汾市', en: 'Linfen city, Shanxi' },
    years: '2021–2025',
  },
  '003': {
    file: '003_4c9759b656a45428.txt',
    title: {
      zh: '昆明市卫生健康事业高质量发展三年行动计划（2023—2025年）',
      en: 'Kunming Three-Year Action Plan for High-Quality Development of Health (2023–2025)',
    },
    place: { zh: '云南省昆明市', en: 'Kunming city, Yunnan' },
    years: '2023–2025',
  },
  '004': {
    file: '004_9a4ddb2fddd3ae00.txt',
    title: {
      zh: '昆明市西山区“十四五”卫生与健康规划',
      en: 'Xishan District (Kunming) 14th Five-Year Plan for Health',
    },
    place: { zh: '云南省昆明市西山区', en: 'Xishan district, Kunming, Yunnan' },
    years: '2021–2025',
  },
} as const satisfies Record<string, SeedDocument>;

export type DocumentKey = keyof typeof DOCUMENTS;

export interface PresetFile {
  /** Preset id, equal to the file's base name. */
  id: string;
  /** File name in seeds/presets/. */
  fileName: string;
  title: Label;
  /** Documents the preset is drawn from. */
  documents: DocumentKey[];
}

/** The rule presets shipped in seeds/presets/, one per document and the combined default first. */
export const PRESET_FILES: readonly PresetFile[] = [
  {
    id: 'default',
    fileName: 'default.json',
    title: { zh: '默认规则（西山区规划人员核查用）', en: 'Default rules (what a Xishan planner checks)' },
    documents: ['000', '001', '002', '004'],
  },
  { id: '000_yuxi', fileName: '000_yuxi.json', title: DOCUMENTS['000'].title, documents: ['000'] },
  { id: '001_district', fileName: '001_district.json', title: DOCUMENTS['001'].title, documents: ['001'] },
  { id: '002_linfen', fileName: '002_linfen.json', title: DOCUMENTS['002'].title, documents: ['002'] },
  { id: '003_kunming', fileName: '003_kunming.json', title: DOCUMENTS['003'].title, documents: ['003'] },
  { id: '004_xishan', fileName: '004_xishan.json', title: DOCUMENTS['004'].title, documents: ['004'] },
];

/** Id of the preset the app starts with. */
export const DEFAULT_PRESET_ID = 'default';

/**
 * Validates one preset file's parsed JSON; the UI (bundled JSON imports) and the CLI (files read
 * from disk) both go through here. The id must match `fileName`.
 *
 * @example loadPresetFromJson(defaultJson, 'default.json') // { ok: true, preset }
 */
export function loadPresetFromJson(
  json: unknown,
  fileName: string,
): { ok: true; preset: RulePreset } | { ok: false; errors: RuleFileError[] } {
  return parseRulePreset(json, fileName);
}

/**
 * Validates every preset of `PRESET_FILES` from an object of parsed JSON keyed by file name.
 * A file that is missing or invalid is reported with its name and left out of `presets`.
 *
 * @example loadPresets({ 'default.json': defaultJson, ... }).presets.length // 6
 */
export function loadPresets(jsonByFileName: Readonly<Record<string, unknown>>): {
  presets: RulePreset[];
  errors: (RuleFileError & { fileName: string })[];
} {
  const presets: RulePreset[] = [];
  const errors: (RuleFileError & { fileName: string })[] = [];
  for (const { fileName } of PRESET_FILES) {
    if (!Object.hasOwn(jsonByFileName, fileName)) {
      errors.push({ fileName, path: '(root)', message: 'preset file missing' });
      continue;
    }
    const result = loadPresetFromJson(jsonByFileName[fileName], fileName);
    if (result.ok) presets.push(result.preset);
    else errors.push(...result.errors.map((e) => ({ fileName, ...e })));
  }
  return { presets, errors };
}
