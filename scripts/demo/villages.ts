import * as turf from '@turf/turf';
import { type Area, areaKm2, type LonLat, pointIn } from './geo_utils.ts';
import { type Rand, randInt, uniform } from './prng.ts';
import type { StreetSpec } from './streets.ts';
import { voronoiCells } from './streets.ts';

/** Invented, generic village names (Chinese, pinyin) per rural street, north to south. */
const VILLAGE_NAMES: Record<string, [string, string][]> = {
  Tuanjie: [
    ['松林村', 'Songlin'],
    ['大坪村', 'Daping'],
    ['石板箐村', 'Shibanqing'],
    ['青龙村', 'Qinglong'],
    ['白石岩村', 'Baishiyan'],
    ['马鹿塘村', 'Malutang'],
    ['小河村', 'Xiaohe'],
    ['核桃箐村', 'Hetaoqing'],
    ['干海子村', 'Ganhaizi'],
    ['岔河村', 'Chahe'],
    ['老鹰岩村', 'Laoyingyan'],
    ['新庄村', 'Xinzhuang'],
  ],
  Biji: [
    ['翠屏村', 'Cuiping'],
    ['松涛村', 'Songtao'],
    ['杨林村', 'Yanglin'],
    ['太平村', 'Taiping'],
    ['望湖村', 'Wanghu'],
    ['碧水村', 'Bishui'],
    ['梅园村', 'Meiyuan'],
    ['柳岸村', 'Liu’an'],
    ['湖滨村', 'Hubin'],
    ['渔浦村', 'Yupu'],
  ],
  Haikou: [
    ['南山村', 'Nanshan'],
    ['石门村', 'Shimen'],
    ['清水村', 'Qingshui'],
    ['田坝村', 'Tianba'],
    ['桃园村', 'Taoyuan'],
    ['柳树村', 'Liushu'],
    ['中和村', 'Zhonghe'],
    ['安乐村', 'Anle'],
    ['河湾村', 'Hewan'],
    ['白鹤村', 'Baihe'],
    ['竹园村', 'Zhuyuan'],
  ],
};

/** A generated administrative village (行政村). */
export interface DemoVillage {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string;
  population: number;
  area: Area;
}

const MIN_SEED_GAP_KM = 2.5;
const MIN_VILLAGE_KM2 = 4;

function drawSeeds(street: Area, count: number, rand: Rand, avoid: Area[]): LonLat[] {
  const seeds: LonLat[] = [];
  for (let draw = 0; seeds.length < count; draw++) {
    if (draw > 10_000) throw new Error(`cannot fit ${count} village seeds ${MIN_SEED_GAP_KM} km apart`);
    const p = pointIn(street, rand, avoid);
    if (seeds.every((s) => turf.distance(s, p) >= MIN_SEED_GAP_KM)) seeds.push(p);
  }
  return seeds.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/**
 * Split a rural street into `count` villages: Voronoi cells of seeded points on land, clipped to
 * the street. Redraws the seeds until every village is one polygon of at least 4 km² (throws after 500 tries).
 */
function splitVillages(street: Area, count: number, rand: Rand, avoid: Area[]): Area[] {
  for (let attempt = 0; attempt < 500; attempt++) {
    const cells = voronoiCells(drawSeeds(street, count, rand, avoid), street);
    if (cells.every((c) => c.type === 'Polygon' && areaKm2(c) >= MIN_VILLAGE_KM2)) return cells;
  }
  throw new Error(`no acceptable split into ${count} villages in 500 attempts`);
}

/**
 * Populations for a street's villages summing exactly to `total`: the `smallCount` villages
 * farthest from the street seat are hamlets of 300–780 people, the rest share the remainder by
 * seeded weights (each ends above 800).
 */
function villagePopulations(
  areas: Area[],
  seat: LonLat,
  total: number,
  smallCount: number,
  rand: Rand,
): number[] {
  const far = areas
    .map((a, i) => ({ i, d: turf.distance(seat, turf.centroid(a)) }))
    .sort((x, y) => y.d - x.d)
    .slice(0, smallCount)
    .map((x) => x.i);
  const pops = areas.map((_, i) => (far.includes(i) ? randInt(rand, 300, 780) : 0));
  const rest = total - pops.reduce((s, p) => s + p, 0);
  const weights = areas.map((_, i) => (far.includes(i) ? 0 : uniform(rand, 0.6, 1.6)));
  const wSum = weights.reduce((s, w) => s + w, 0);
  let given = 0;
  let lastBig = -1;
  weights.forEach((w, i) => {
    if (w === 0) return;
    pops[i] = Math.round((rest * w) / wSum);
    given += pops[i] ?? 0;
    lastBig = i;
  });
  pops[lastBig] = (pops[lastBig] ?? 0) + rest - given;
  return pops;
}

/** Generate the administrative villages of one rural street, coded `<street 9 digits>2NN`. */
export function makeVillages(spec: StreetSpec, street: Area, rand: Rand, avoid: Area[]): DemoVillage[] {
  const plan = spec.villages;
  const names = VILLAGE_NAMES[spec.nameEn];
  if (!plan || !names || names.length < plan.count) throw new Error(`no village plan for ${spec.nameEn}`);
  const areas = splitVillages(street, plan.count, rand, avoid);
  const smallCount = spec.nameEn === 'Biji' ? 1 : 2;
  const pops = villagePopulations(areas, spec.seat, plan.population, smallCount, rand);
  return areas.map((area, i) => {
    const [name, nameEn] = names[i] ?? ['', ''];
    return {
      code: `${spec.code.slice(0, 9)}${String(201 + i)}`,
      name,
      nameEn,
      parentCode: spec.code,
      population: pops[i] ?? 0,
      area,
    };
  });
}
