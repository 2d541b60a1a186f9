/** Bilingual label: Chinese first, as planners write it, and English. */
export interface Label {
  zh: string;
  en: string;
}

/** Broad families used for map symbols and grouping. */
export const FACILITY_FAMILIES = ['hospital', 'primary_care', 'blood', 'emergency', 'public_health'] as const;
export type FacilityFamily = (typeof FACILITY_FAMILIES)[number];

/** Administrative level a facility serves. */
export type FacilityLevel = 'city' | 'county' | 'township' | 'village';

export interface FacilityKindInfo {
  label: Label;
  family: FacilityFamily;
  level: FacilityLevel;
}

/**
 * Every facility kind the product knows, with its Chinese and English label, family and level.
 * Names follow the planning documents (see ../shared/seeds/notes, §3).
 */
export const FACILITY_KINDS = {
  tertiary_general_hospital: {
    label: { zh: '三级综合医院', en: 'Tertiary general hospital' },
    family: 'hospital',
    level: 'city',
  },
  secondary_general_hospital: {
    label: { zh: '二级综合医院', en: 'Secondary general hospital' },
    family: 'hospital',
    level: 'county',
  },
  primary_general_hospital: {
    label: { zh: '一级综合医院', en: 'Primary general hospital' },
    family: 'hospital',
    level: 'township',
  },
  tcm_hospital: { label: { zh: '中医医院', en: 'TCM hospital' }, family: 'hospital', level: 'county' },
  mch_institution: {
    label: { zh: '妇幼保健机构', en: 'Maternal and child health institution' },
    family: 'public_health',
    level: 'county',
  },
  central_township_health_centre: {
    label: { zh: '中心乡镇卫生院', en: 'Central township health centre' },
    family: 'primary_care',
    level: 'township',
  },
  township_health_centre: {
    label: { zh: '乡镇卫生院', en: 'Township health centre' },
    family: 'primary_care',
    level: 'township',
  },
  community_health_centre: {
    label: { zh: '社区卫生服务中心', en: 'Community health centre' },
    family: 'primary_care',
    level: 'township',
  },
  community_health_station: {
    label: { zh: '社区卫生服务站', en: 'Community health station' },
    family: 'primary_care',
    level: 'village',
  },
  village_clinic: {
    label: { zh: '村卫生室', en: 'Village clinic' },
    family: 'primary_care',
    level: 'village',
  },
  emergency_centre: { label: { zh: '急救中心', en: 'Emergency centre' }, family: 'emergency', level: 'city' },
  ambulance_station: {
    label: { zh: '急救站', en: 'Ambulance station' },
    family: 'emergency',
    level: 'township',
  },
  central_blood_station: {
    label: { zh: '中心血站', en: 'Central blood station' },
    family: 'blood',
    level: 'city',
  },
  blood_bank: { label: { zh: '中心血库', en: 'Central blood bank' }, family: 'blood', level: 'county' },
  blood_collection_point: {
    label: { zh: '固定采血点', en: 'Fixed blood collection point' },
    family: 'blood',
    level: 'township',
  },
  blood_donation_house: {
    label: { zh: '献血屋', en: 'Blood donation house' },
    family: 'blood',
    level: 'township',
  },
  cdc: {
    label: { zh: '疾病预防控制中心', en: 'Centre for disease control (CDC)' },
    family: 'public_health',
    level: 'county',
  },
} as const satisfies Record<string, FacilityKindInfo>;

export type FacilityKind = keyof typeof FACILITY_KINDS;
export const FACILITY_KIND_IDS = Object.keys(FACILITY_KINDS) as FacilityKind[];

/** True when `s` names a known facility kind. */
export function isFacilityKind(s: string): s is FacilityKind {
  return Object.hasOwn(FACILITY_KINDS, s);
}

/** Facility statuses; proposed ones are what the planner places in scenarios. */
export const FACILITY_STATUSES = ['existing', 'under_construction', 'planned', 'proposed'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];
export const FACILITY_STATUS_LABELS: Record<FacilityStatus, Label> = {
  existing: { zh: '现有', en: 'Existing' },
  under_construction: { zh: '在建', en: 'Under construction' },
  planned: { zh: '规划', en: 'Planned' },
  proposed: { zh: '拟建（方案）', en: 'Proposed' },
};
