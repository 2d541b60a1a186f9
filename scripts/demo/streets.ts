import * as turf from '@turf/turf';
import type { ZoneClass } from '../../src/domain/index.ts';
import { type Area, intersectAreas, type LonLat, subtractArea, unionAreas } from './geo_utils.ts';
import { ringPolygon } from './outline.ts';

/** One of the ten streets (街道), with invented figures. */
export interface StreetSpec {
  code: string;
  name: string;
  nameEn: string;
  class: ZoneClass;
  /** Where the street office sits; urban streets are the Voronoi cells of these points. */
  seat: LonLat;
  /** Urban streets: illustrative resident population before a ±4 % seeded jitter. */
  population?: number;
  /** Rural streets: how many administrative villages, and their total population target. */
  villages?: { count: number; population: number };
}

/** The ten streets of the plan (RULES.md §4). Codes are plausible, not official. */
// biome-ignore format: a table reads best one street per line
export const STREETS: readonly StreetSpec[] = [
  { code: '530112001000', name: '马街街道', nameEn: 'Majie', class: 'urban', seat: [102.645, 25.03], population: 135_000 },
  { code: '530112002000', name: '金碧街道', nameEn: 'Jinbi', class: 'urban', seat: [102.707, 25.006], population: 112_000 },
  { code: '530112003000', name: '永昌街道', nameEn: 'Yongchang', class: 'urban', seat: [102.702, 25.033], population: 148_000 },
  { code: '530112004000', name: '前卫街道', nameEn: 'Qianwei', class: 'urban', seat: [102.679, 24.994], population: 128_000 },
  { code: '530112005000', name: '福海街道', nameEn: 'Fuhai', class: 'urban', seat: [102.658, 24.966], population: 96_000 },
  { code: '530112006000', name: '棕树营街道', nameEn: 'Zongshuying', class: 'urban', seat: [102.69, 25.058], population: 142_000 },
  { code: '530112007000', name: '西苑街道', nameEn: 'Xiyuan', class: 'urban', seat: [102.652, 25.075], population: 104_000 },
  { code: '530112008000', name: '碧鸡街道', nameEn: 'Biji', class: 'rural', seat: [102.628, 24.925], villages: { count: 10, population: 56_000 } },
  { code: '530112009000', name: '海口街道', nameEn: 'Haikou', class: 'rural', seat: [102.6, 24.79], villages: { count: 11, population: 46_000 } },
  { code: '530112010000', name: '团结街道', nameEn: 'Tuanjie', class: 'rural', seat: [102.47, 25.11], villages: { count: 12, population: 30_000 } },
];

/** Hand-placed split masks (larger than the district); the rest of the outline is Biji. */
const URBAN_MASK = ringPolygon([
  [102.612, 25.26],
  [102.8, 25.26],
  [102.8, 24.948],
  [102.668, 24.948],
  [102.641, 24.962],
  [102.628, 24.99],
  [102.628, 25.04],
  [102.612, 25.12],
]);
const TUANJIE_MASK = ringPolygon([
  [102.3, 25.26],
  [102.612, 25.26],
  [102.612, 25.12],
  [102.566, 25.082],
  [102.527, 25.045],
  [102.505, 24.99],
  [102.495, 24.9],
  [102.3, 24.9],
]);
const HAIKOU_MASK = ringPolygon([
  [102.3, 24.68],
  [102.8, 24.68],
  [102.8, 24.872],
  [102.642, 24.866],
  [102.59, 24.9],
  [102.3, 24.9],
]);

/** Voronoi cells of `seeds`, clipped to `region`, in seed order. */
export function voronoiCells(seeds: LonLat[], region: Area): Area[] {
  const [minX, minY, maxX, maxY] = turf.bbox(region);
  const pad = 0.05;
  const cells = turf.voronoi(turf.featureCollection(seeds.map((s) => turf.point(s))), {
    bbox: [minX - pad, minY - pad, maxX + pad, maxY + pad],
  });
  return cells.features.map((cell, i) => {
    const clipped = cell ? intersectAreas(cell.geometry, region) : null;
    if (!clipped) throw new Error(`Voronoi cell ${i} misses its region`);
    return clipped;
  });
}

/**
 * Split the outline into the ten street areas, in STREETS order: urban streets are Voronoi cells
 * of their seats inside the urban mask; Tuanjie, Haikou and Biji come from hand-placed masks.
 */
export function splitStreets(outline: Area): Area[] {
  // Biji's mask is what the other masks leave of their common box; cutting the outline by four
  // masks that tile the plane (intersections only) avoids the slivers a difference leaves.
  const box = ringPolygon([
    [102.3, 24.68],
    [102.8, 24.68],
    [102.8, 25.26],
    [102.3, 25.26],
  ]);
  const bijiMask = subtractArea(box, unionAreas([URBAN_MASK, TUANJIE_MASK, HAIKOU_MASK]));
  const urban = intersectAreas(outline, URBAN_MASK);
  const tuanjie = intersectAreas(outline, TUANJIE_MASK);
  const haikou = intersectAreas(outline, HAIKOU_MASK);
  const biji = bijiMask && intersectAreas(outline, bijiMask);
  if (!urban || !tuanjie || !haikou || !biji) throw new Error('a mask misses the outline');
  const urbanSpecs = STREETS.filter((s) => s.class === 'urban');
  const urbanCells = voronoiCells(
    urbanSpecs.map((s) => s.seat),
    urban,
  );
  const rural: Record<string, Area> = { Biji: biji, Haikou: haikou, Tuanjie: tuanjie };
  let u = 0;
  return STREETS.map((s) => {
    if (s.class === 'urban') {
      const cell = urbanCells[u++];
      if (!cell) throw new Error('missing urban cell');
      return cell;
    }
    const area = rural[s.nameEn];
    if (!area) throw new Error(`no area for ${s.nameEn}`);
    return area;
  });
}
