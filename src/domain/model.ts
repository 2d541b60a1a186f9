import type { MultiPolygon, Polygon } from 'geojson';
import type { FacilityKind, FacilityStatus } from './facility_kinds.ts';

/** Numeric facility attributes that rules sum or count. */
export const FACILITY_ATTRIBUTES = ['beds', 'doctors', 'nurses', 'ambulances'] as const;
export type FacilityAttribute = (typeof FACILITY_ATTRIBUTES)[number];

/** A health facility as a point in WGS-84/CGCS2000 longitude and latitude (degrees). */
export interface Facility {
  id: string;
  name: string;
  kind: FacilityKind;
  status: FacilityStatus;
  lon: number;
  lat: number;
  beds?: number;
  doctors?: number;
  nurses?: number;
  ambulances?: number;
  tcmHall?: boolean;
  open24h?: boolean;
  address?: string;
  notes?: string;
  /** Invented demo data (示意数据). */
  illustrative?: boolean;
}

export const ZONE_LEVELS = ['county', 'township', 'street', 'village'] as const;
/** county 区县, township 乡镇, street 街道, village 行政村 (or 社区). */
export type ZoneLevel = (typeof ZONE_LEVELS)[number];
export const ZONE_CLASSES = ['urban', 'rural'] as const;
export type ZoneClass = (typeof ZONE_CLASSES)[number];

/** An administrative zone with its boundary (WGS-84 lon/lat) and resident population. */
export interface Zone {
  /** Statistical code (统计用区划代码) or any unique id. */
  code: string;
  name: string;
  /** English or pinyin name (GeoJSON property `name_en`), when known. */
  nameEn?: string;
  level: ZoneLevel;
  class: ZoneClass;
  /** Resident population (常住人口); null when unknown. */
  population: number | null;
  /** Code of the enclosing zone (a village's street or township). */
  parentCode?: string;
  geometry: Polygon | MultiPolygon;
  illustrative?: boolean;
}

/** Optional population layer: people at points (or cell centroids), overriding even spreading. */
export interface PopulationPoint {
  lon: number;
  lat: number;
  population: number;
}
