import type { FacilityKind, FacilityStatus } from '../../src/domain/index.ts';
import type { LonLat } from './geo_utils.ts';

/** A hand-planned facility: where it goes (street, optionally near a point) and its figures. */
export interface FacilitySpec {
  kind: FacilityKind;
  name: string;
  /** English street name; the facility is placed inside this street. */
  street: string;
  /** Preferred position; kept exactly when it lies inside the street and on land. */
  near?: LonLat;
  status?: FacilityStatus;
  beds?: number;
  doctors?: number;
  nurses?: number;
  ambulances?: number;
  open24h?: boolean;
  tcmHall?: boolean;
}

const H = (beds: number, doctors: number, nurses: number) => ({ beds, doctors, nurses });
const E24 = { open24h: true };

/**
 * The hand-planned facilities (names invented), one per line. Gaps are deliberate: no ambulance
 * station or emergency centre in Haikou, no community health centre in Xiyuan, fixed blood
 * collection points in five streets only, 28 ambulances in all (counting the planned station),
 * and about 17.0 existing beds per 1,000 residents (17.9 with the planned and building ones).
 */
// biome-ignore format: a table reads best one facility per line
export const FACILITY_PLAN: readonly FacilitySpec[] = [
  { kind: 'tertiary_general_hospital', name: '昆明西山中心医院', street: 'Yongchang', near: [102.696, 25.04], ...H(3600, 1980, 2650), ambulances: 1, ...E24 },
  { kind: 'tertiary_general_hospital', name: '昆明金碧医院', street: 'Jinbi', near: [102.71, 25.012], ...H(3100, 1700, 2260), ambulances: 1, ...E24 },
  { kind: 'tertiary_general_hospital', name: '滇池湖滨医院', street: 'Fuhai', near: [102.655, 24.972], ...H(2700, 1480, 1950), ambulances: 1, ...E24 },
  { kind: 'tertiary_general_hospital', name: '昆明棕树营医院', street: 'Zongshuying', near: [102.686, 25.064], ...H(2600, 1420, 1880), ambulances: 1, ...E24 },
  { kind: 'tertiary_general_hospital', name: '西山区南部医疗中心（规划）', street: 'Biji', near: [102.622, 24.945], status: 'planned', ...H(600, 300, 420), ...E24 },
  { kind: 'secondary_general_hospital', name: '西山区马街医院', street: 'Majie', near: [102.642, 25.024], ...H(800, 420, 570), ...E24 },
  { kind: 'secondary_general_hospital', name: '前卫医院', street: 'Qianwei', near: [102.68, 24.998], ...H(700, 360, 500), ...E24 },
  { kind: 'secondary_general_hospital', name: '西苑医院', street: 'Xiyuan', near: [102.652, 25.07], ...H(600, 310, 420), ...E24 },
  { kind: 'secondary_general_hospital', name: '海口医院', street: 'Haikou', near: [102.605, 24.795], ...H(500, 240, 330), ...E24 },
  { kind: 'primary_general_hospital', name: '团结医院', street: 'Tuanjie', near: [102.475, 25.113], ...H(120, 38, 52) },
  { kind: 'primary_general_hospital', name: '碧鸡医院', street: 'Biji', near: [102.625, 24.93], ...H(150, 48, 64) },
  { kind: 'primary_general_hospital', name: '永昌社区医院', street: 'Yongchang', near: [102.706, 25.026], ...H(100, 34, 44) },
  { kind: 'tcm_hospital', name: '西山区中医医院', street: 'Majie', near: [102.648, 25.036], ...H(900, 430, 560), ...E24 },
  { kind: 'tcm_hospital', name: '福海中医医院（在建）', street: 'Fuhai', near: [102.662, 24.962], status: 'under_construction', ...H(300, 0, 0) },
  { kind: 'mch_institution', name: '西山区妇幼保健院', street: 'Qianwei', near: [102.675, 24.99], ...H(500, 240, 340), ...E24 },
  { kind: 'community_health_centre', name: '马街街道社区卫生服务中心', street: 'Majie', ...H(50, 18, 22), tcmHall: true },
  { kind: 'community_health_centre', name: '金碧街道社区卫生服务中心', street: 'Jinbi', ...H(40, 16, 20), tcmHall: true },
  { kind: 'community_health_centre', name: '永昌街道社区卫生服务中心', street: 'Yongchang', ...H(45, 17, 21), tcmHall: true },
  { kind: 'community_health_centre', name: '永昌街道第二社区卫生服务中心', street: 'Yongchang', ...H(30, 12, 15), tcmHall: false },
  { kind: 'community_health_centre', name: '前卫街道社区卫生服务中心', street: 'Qianwei', ...H(50, 18, 23), tcmHall: true },
  { kind: 'community_health_centre', name: '福海街道社区卫生服务中心', street: 'Fuhai', ...H(40, 15, 19), tcmHall: false },
  { kind: 'community_health_centre', name: '棕树营街道社区卫生服务中心', street: 'Zongshuying', ...H(45, 17, 22), tcmHall: true },
  { kind: 'community_health_centre', name: '碧鸡街道社区卫生服务中心', street: 'Biji', near: [102.628, 24.92], ...H(60, 20, 26), tcmHall: true },
  { kind: 'township_health_centre', name: '团结街道卫生院', street: 'Tuanjie', near: [102.47, 25.11], ...H(60, 22, 26), tcmHall: true, ...E24 },
  { kind: 'central_township_health_centre', name: '海口街道中心卫生院', street: 'Haikou', near: [102.6, 24.79], ...H(99, 34, 42), tcmHall: true, ...E24 },
  { kind: 'emergency_centre', name: '西山区急救中心', street: 'Yongchang', near: [102.7, 25.03], ambulances: 8, ...E24 },
  { kind: 'ambulance_station', name: '马街急救站', street: 'Majie', near: [102.638, 25.034], ambulances: 3, ...E24 },
  { kind: 'ambulance_station', name: '福海急救站', street: 'Fuhai', near: [102.664, 24.968], ambulances: 3, ...E24 },
  { kind: 'ambulance_station', name: '棕树营急救站', street: 'Zongshuying', near: [102.692, 25.056], ambulances: 2, ...E24 },
  { kind: 'ambulance_station', name: '碧鸡急救站', street: 'Biji', near: [102.62, 24.952], ambulances: 3, ...E24 },
  { kind: 'ambulance_station', name: '团结急救站', street: 'Tuanjie', near: [102.48, 25.1], ambulances: 3, ...E24 },
  { kind: 'ambulance_station', name: '团结西部急救站（规划）', street: 'Tuanjie', near: [102.4, 25.14], status: 'planned', ambulances: 2, ...E24 },
  { kind: 'central_blood_station', name: '滇中中心血站', street: 'Yongchang', near: [102.708, 25.04] },
  { kind: 'blood_bank', name: '西山区中心血库（规划）', street: 'Majie', status: 'planned' },
  { kind: 'blood_collection_point', name: '马街固定采血点', street: 'Majie' },
  { kind: 'blood_collection_point', name: '金碧广场固定采血点', street: 'Jinbi' },
  { kind: 'blood_collection_point', name: '前卫固定采血点', street: 'Qianwei' },
  { kind: 'blood_collection_point', name: '棕树营固定采血点', street: 'Zongshuying' },
  { kind: 'blood_collection_point', name: '碧鸡固定采血点', street: 'Biji', near: [102.63, 24.935] },
  { kind: 'blood_donation_house', name: '福海献血屋', street: 'Fuhai' },
  { kind: 'blood_donation_house', name: '永昌献血屋', street: 'Yongchang' },
  { kind: 'cdc', name: '西山区疾病预防控制中心', street: 'Majie', near: [102.646, 25.028] },
];

/** Community health stations (社区卫生服务站) per street; the second in Biji is under construction. */
export const STATIONS_PER_STREET: Record<string, number> = {
  Majie: 5,
  Jinbi: 5,
  Yongchang: 5,
  Qianwei: 5,
  Fuhai: 5,
  Zongshuying: 5,
  Xiyuan: 4,
  Biji: 2,
};
