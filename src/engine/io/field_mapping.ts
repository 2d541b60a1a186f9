import type { FacilityKind } from '../../domain/index.ts';

/** Field names to use when a file's columns are not named like ours (all optional). */
export interface FieldMapping {
  nameField?: string;
  kindField?: string;
  populationField?: string;
  classField?: string;
  codeField?: string;
  levelField?: string;
  statusField?: string;
  /** Extra kind values, e.g. `{ 'CHC': 'community_health_centre' }`, tried before the built-in aliases. */
  kindValues?: Record<string, FacilityKind>;
}

/** The readers' source-row property (see crs/diagnose SOURCE_ROW_KEY): never a data field. */
const SOURCE_ROW = '_row';

/** A property a reader looks for. */
export type FieldRole =
  | 'name'
  | 'code'
  | 'level'
  | 'class'
  | 'population'
  | 'parentCode'
  | 'illustrative'
  | 'id'
  | 'kind'
  | 'status'
  | 'beds'
  | 'doctors'
  | 'nurses'
  | 'ambulances'
  | 'open24h'
  | 'tcmHall'
  | 'address'
  | 'notes'
  | 'nameEn';

/**
 * Field names tried, in order, when the canonical one (first) is absent. ASCII names match
 * case-insensitively; Chinese names exactly (after trimming).
 */
export const FIELD_ALIASES: Record<FieldRole, readonly string[]> = {
  name: ['name', '名称', '名字', '机构名称', '街道名称', '乡镇名称', '地名', 'mc'],
  nameEn: ['name_en', 'nameEn', '英文名', '英文名称'],
  code: ['code', '代码', '统计用区划代码', '区划代码', '行政区划代码', 'adcode', 'gb'],
  level: ['level', '级别', '层级', '行政级别'],
  class: ['class', '城乡', '城乡分类', '城乡属性', '城乡类型', 'urban_rural'],
  population: ['population', '人口', '常住人口', '常住人口数', '人口数', '总人口', 'pop'],
  parentCode: ['parentCode', 'parent_code', 'parent', '上级代码', '上级区划代码'],
  illustrative: ['illustrative', '示意', '示意数据'],
  id: ['id', '编号', '机构代码', '机构编码', 'fid'],
  kind: ['kind', '类型', '类别', '机构类型', '机构类别', 'type', 'category'],
  status: ['status', '状态', '建设状态'],
  beds: ['beds', '床位', '床位数', '编制床位', '实有床位', '开放床位'],
  doctors: ['doctors', '医生', '医生数', '医师', '执业医师', '执业(助理)医师', '执业（助理）医师'],
  nurses: ['nurses', '护士', '护士数', '注册护士'],
  ambulances: ['ambulances', '救护车', '救护车数', '救护车数量'],
  open24h: ['open24h', '24小时', '24小时开放', 'open_24h'],
  tcmHall: ['tcmHall', 'tcm_hall', '中医馆', '国医馆'],
  address: ['address', '地址'],
  notes: ['notes', 'note', '备注'],
};

const MAPPING_KEY: Partial<Record<FieldRole, keyof FieldMapping>> = {
  name: 'nameField',
  kind: 'kindField',
  population: 'populationField',
  class: 'classField',
  code: 'codeField',
  id: 'codeField',
  level: 'levelField',
  status: 'statusField',
};

/** A field the user named that the file lacks: `usedInstead` is the alias found in its place, if any. */
export interface MissingField {
  role: FieldRole;
  wanted: string;
  usedInstead?: string;
}

/** Which property key a file uses for each role, and any field the user named that the file lacks. */
export interface FieldChoice {
  keys: Partial<Record<FieldRole, string>>;
  missing: MissingField[];
  /** Every property key found in the file, sorted. */
  available: string[];
}

/**
 * Chooses, for each role, the property key used by the features: the user's mapping first, then
 * the canonical name, then the aliases of {@link FIELD_ALIASES}. A mapped field that the file lacks
 * is reported in `missing` (the caller decides whether that is an error).
 *
 * @example chooseFields([{ 名称: '马街' }], ['name']).keys // { name: '名称' }
 */
export function chooseFields(
  properties: readonly Record<string, unknown>[],
  roles: readonly FieldRole[],
  mapping: FieldMapping = {},
): FieldChoice {
  const present = new Set<string>();
  for (const p of properties) for (const k of Object.keys(p)) if (k !== SOURCE_ROW) present.add(k);
  const byLower = new Map<string, string>();
  for (const k of present) if (!byLower.has(k.trim().toLowerCase())) byLower.set(k.trim().toLowerCase(), k);
  const find = (name: string): string | undefined =>
    present.has(name) ? name : byLower.get(name.trim().toLowerCase());
  const keys: Partial<Record<FieldRole, string>> = {};
  const missing: MissingField[] = [];
  for (const role of roles) {
    const mapKey = MAPPING_KEY[role];
    const wanted = mapKey ? mapping[mapKey] : undefined;
    const mapped = typeof wanted === 'string' && wanted !== '' ? find(wanted) : undefined;
    if (mapped !== undefined) {
      keys[role] = mapped;
      continue;
    }
    const alias = FIELD_ALIASES[role].map(find).find((k) => k !== undefined);
    if (alias !== undefined) keys[role] = alias;
    if (typeof wanted === 'string' && wanted !== '') {
      missing.push(alias === undefined ? { role, wanted } : { role, wanted, usedInstead: alias });
    }
  }
  return { keys, missing, available: [...present].sort() };
}
