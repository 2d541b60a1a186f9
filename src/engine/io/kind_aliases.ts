import { FACILITY_KIND_IDS, FACILITY_KINDS, type FacilityKind } from '../../domain/index.ts';

/**
 * Words planners use for facility kinds, beyond the kind id and its Chinese and English labels
 * (which {@link resolveKind} always accepts).
 */
export const KIND_ALIASES: Readonly<Record<string, FacilityKind>> = {
  卫生院: 'township_health_centre',
  乡卫生院: 'township_health_centre',
  镇卫生院: 'township_health_centre',
  一般卫生院: 'township_health_centre',
  中心卫生院: 'central_township_health_centre',
  乡镇中心卫生院: 'central_township_health_centre',
  社区中心: 'community_health_centre',
  社区卫生中心: 'community_health_centre',
  卫生服务站: 'community_health_station',
  社区卫生服务站: 'community_health_station',
  社区服务站: 'community_health_station',
  村卫生室: 'village_clinic',
  卫生室: 'village_clinic',
  村医务室: 'village_clinic',
  急救站: 'ambulance_station',
  '120急救站': 'ambulance_station',
  急救分站: 'ambulance_station',
  '120急救分站': 'ambulance_station',
  急救网络站点: 'ambulance_station',
  急救中心: 'emergency_centre',
  '120急救中心': 'emergency_centre',
  紧急医疗救援中心: 'emergency_centre',
  采血点: 'blood_collection_point',
  固定采血点: 'blood_collection_point',
  献血屋: 'blood_donation_house',
  爱心献血屋: 'blood_donation_house',
  血站: 'central_blood_station',
  中心血站: 'central_blood_station',
  血库: 'blood_bank',
  中心血库: 'blood_bank',
  疾控中心: 'cdc',
  疾病预防控制中心: 'cdc',
  妇幼保健院: 'mch_institution',
  妇幼保健所: 'mch_institution',
  妇幼保健站: 'mch_institution',
  妇幼保健计划生育服务中心: 'mch_institution',
  中医院: 'tcm_hospital',
  中西医结合医院: 'tcm_hospital',
  三级医院: 'tertiary_general_hospital',
  三甲医院: 'tertiary_general_hospital',
  三乙医院: 'tertiary_general_hospital',
  三级甲等医院: 'tertiary_general_hospital',
  二级医院: 'secondary_general_hospital',
  二甲医院: 'secondary_general_hospital',
  二乙医院: 'secondary_general_hospital',
  二级甲等医院: 'secondary_general_hospital',
  县级综合医院: 'secondary_general_hospital',
  一级医院: 'primary_general_hospital',
  chc: 'community_health_centre',
  ems_station: 'ambulance_station',
  ambulance_post: 'ambulance_station',
  blood_station: 'central_blood_station',
  mch: 'mch_institution',
  mch_hospital: 'mch_institution',
  tertiary_hospital: 'tertiary_general_hospital',
  secondary_hospital: 'secondary_general_hospital',
  primary_hospital: 'primary_general_hospital',
  village_health_room: 'village_clinic',
};

/** Lower-case ASCII, `center`→`centre`, spaces/hyphens→`_`, full-width brackets and bracketed asides dropped. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[（(][^）)]*[）)]/g, '')
    .toLowerCase()
    .replace(/center/g, 'centre')
    .replace(/[\s\-_]+/g, '_')
    .replace(/^_|_$/g, '');
}

const LOOKUP: ReadonlyMap<string, FacilityKind> = (() => {
  const m = new Map<string, FacilityKind>();
  for (const [alias, kind] of Object.entries(KIND_ALIASES)) m.set(normalise(alias), kind);
  for (const id of FACILITY_KIND_IDS) {
    m.set(normalise(id), id);
    m.set(normalise(FACILITY_KINDS[id].label.zh), id);
    m.set(normalise(FACILITY_KINDS[id].label.en), id);
  }
  return m;
})();

/**
 * The facility kind a planner's word names: a kind id, its Chinese or English label, an alias from
 * {@link KIND_ALIASES}, or an entry of `userMap` (tried first). Undefined when nothing matches.
 *
 * @example resolveKind('卫生院') // 'township_health_centre'
 * @example resolveKind('Community Health Center') // 'community_health_centre'
 */
export function resolveKind(
  text: string,
  userMap: Readonly<Record<string, FacilityKind>> = {},
): FacilityKind | undefined {
  const key = normalise(text);
  if (key === '') return undefined;
  for (const [alias, kind] of Object.entries(userMap)) if (normalise(alias) === key) return kind;
  return LOOKUP.get(key);
}

/** "社区卫生服务中心 community_health_centre, …": every kind, for an error message. */
export function knownKindsList(): string {
  return FACILITY_KIND_IDS.map((id) => `${FACILITY_KINDS[id].label.zh} ${id}`).join('; ');
}
