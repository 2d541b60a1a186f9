import type { FacilityStatus, ZoneClass, ZoneLevel } from '../../domain/index.ts';

const CLASS_WORDS: Record<string, ZoneClass> = {
  urban: 'urban',
  city: 'urban',
  town: 'urban',
  城市: 'urban',
  城镇: 'urban',
  城区: 'urban',
  城: 'urban',
  城市街道: 'urban',
  rural: 'rural',
  农村: 'rural',
  乡村: 'rural',
  乡: 'rural',
  涉农: 'rural',
  涉农街道: 'rural',
  农业: 'rural',
};

/**
 * Urban or rural from a planner's word (urban/rural/城市/城镇/农村/乡村/涉农…) or an NBS
 * urban-rural classification code (1xx 城镇 → urban, 2xx 乡村 → rural).
 *
 * @example resolveZoneClass('涉农') // 'rural'
 */
export function resolveZoneClass(text: string): ZoneClass | undefined {
  const t = text.trim().toLowerCase();
  if (/^1\d\d$/.test(t)) return 'urban';
  if (/^2\d\d$/.test(t)) return 'rural';
  return CLASS_WORDS[t];
}

const LEVEL_WORDS: Record<string, ZoneLevel> = {
  county: 'county',
  district: 'county',
  区县: 'county',
  县: 'county',
  区: 'county',
  县级: 'county',
  township: 'township',
  town: 'township',
  乡镇: 'township',
  乡: 'township',
  镇: 'township',
  street: 'street',
  subdistrict: 'street',
  街道: 'street',
  village: 'village',
  community: 'village',
  村: 'village',
  行政村: 'village',
  社区: 'village',
  村社区: 'village',
};

/**
 * Zone level from a word (county/township/street/village, 区县/乡镇/街道/村/社区…).
 *
 * @example resolveZoneLevel('街道') // 'street'
 */
export function resolveZoneLevel(text: string): ZoneLevel | undefined {
  return LEVEL_WORDS[text.trim().toLowerCase()];
}

/** Zone level guessed from a Chinese place name's ending (马街街道 → street), or undefined. */
export function levelFromName(name: string): ZoneLevel | undefined {
  const n = name.trim();
  if (n.endsWith('街道') || n.endsWith('办事处')) return 'street';
  if (n.endsWith('镇') || n.endsWith('乡')) return 'township';
  if (n.endsWith('村') || n.endsWith('社区') || n.endsWith('村委会') || n.endsWith('居委会'))
    return 'village';
  if (n.endsWith('区') || n.endsWith('县') || n.endsWith('市')) return 'county';
  return undefined;
}

const STATUS_WORDS: Record<string, FacilityStatus> = {
  existing: 'existing',
  现有: 'existing',
  已建: 'existing',
  建成: 'existing',
  在用: 'existing',
  运行: 'existing',
  under_construction: 'under_construction',
  'under construction': 'under_construction',
  在建: 'under_construction',
  建设中: 'under_construction',
  planned: 'planned',
  规划: 'planned',
  规划新建: 'planned',
  proposed: 'proposed',
  拟建: 'proposed',
  方案: 'proposed',
  '拟建（方案）': 'proposed',
};

/**
 * Facility status from a word (existing/现有/在建/规划/拟建…).
 *
 * @example resolveStatus('在建') // 'under_construction'
 */
export function resolveStatus(text: string): FacilityStatus | undefined {
  return STATUS_WORDS[text.trim().toLowerCase()];
}

/**
 * A count or population from a number or text: `12345`, `"12,345"`, `"1.2万"` (×10,000).
 * Undefined for empty values; NaN for text that is not a number.
 *
 * @example parseAmount('1.2万') // 12000
 */
export function parseAmount(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  const t = value.trim().replace(/[,，\s]/g, '');
  if (t === '') return undefined;
  const wan = /^(-?\d+(?:\.\d+)?)万(人)?$/.exec(t);
  if (wan?.[1] !== undefined) return Math.round(Number(wan[1]) * 10_000);
  const plain = /^(-?\d+(?:\.\d+)?)(人|床|张|辆|名)?$/.exec(t);
  return plain?.[1] !== undefined ? Number(plain[1]) : Number.NaN;
}

/** true/false from booleans, 1/0, yes/no, 是/否, Y/N; undefined when empty or unrecognised. */
export function parseFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return undefined;
  const t = value.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', '是', '有'].includes(t)) return true;
  if (['false', 'no', 'n', '0', '否', '无'].includes(t)) return false;
  return undefined;
}

/** A property as trimmed text, or undefined when empty. Numbers become text (codes are often numeric). */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}
