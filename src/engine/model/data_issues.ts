import type { DataIssue } from '../../domain/index.ts';
import type { LocatedFacility, ModelZone } from './model_zone.ts';
import type { ZoneGrid } from './zone_grid.ts';

/** Overlaps of fewer cells than this are boundary noise, not data errors. */
const MIN_OVERLAP_CELLS = 1;

/** Issues that depend on the zones (and population layer) only: computed once per model. */
export function zoneIssues(
  zones: readonly ModelZone[],
  grid: ZoneGrid,
  pointsOutside: number,
  peopleOutside: number,
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const z of zones) {
    const { zone, problems } = z.prepared;
    if (problems.length === 0) continue;
    const why = [...new Set(problems)].join('; ');
    issues.push({
      code: 'zone_invalid_geometry',
      message: {
        zh: `${zone.name}（${zone.code}）边界无效：${why}`,
        en: `${zone.name} (${zone.code}) has an invalid boundary: ${why}`,
      },
      zoneCodes: [zone.code],
    });
  }
  const noPop = zones
    .filter((z) => !(z.pop.total !== null && z.pop.total > 0))
    .map((z) => z.prepared.zone.code);
  if (noPop.length > 0) {
    issues.push({
      code: 'zone_without_population',
      message: { zh: `${noPop.length} 个区域缺少人口数据`, en: `${noPop.length} zone(s) without population` },
      zoneCodes: noPop,
    });
  }
  const cellKm2 = (grid.frame.cellSizeM / 1000) ** 2;
  for (const o of grid.overlaps) {
    if (o.cells < MIN_OVERLAP_CELLS) continue;
    const a = zones[o.a]?.prepared.zone;
    const b = zones[o.b]?.prepared.zone;
    if (!a || !b) continue;
    const km2 = (o.cells * cellKm2).toFixed(2);
    issues.push({
      code: 'zones_overlap',
      message: {
        zh: `${a.name} 与 ${b.name} 重叠约 ${km2} 平方公里`,
        en: `${a.name} and ${b.name} overlap by about ${km2} km²`,
      },
      zoneCodes: [a.code, b.code],
    });
  }
  if (pointsOutside > 0) {
    const people = Math.round(peopleOutside);
    issues.push({
      code: 'population_point_outside_zones',
      message: {
        zh: `${pointsOutside} 个人口点（${people} 人）不在任何区域内，未计入`,
        en: `${pointsOutside} population point(s) (${people} people) lie outside every zone and are not counted`,
      },
    });
  }
  return issues;
}

/** Facilities inside no zone: they still cover nearby cells but count in no zone. */
export function facilityIssues(located: readonly LocatedFacility[]): DataIssue[] {
  const ids = located.filter((l) => !l.zoneByTier.some((z) => z >= 0)).map((l) => l.facility.id);
  if (ids.length === 0) return [];
  return [
    {
      code: 'facility_outside_zones',
      message: {
        zh: `${ids.length} 个设施不在任何区域内：不计入数量和比例，但仍覆盖邻近区域`,
        en: `${ids.length} facilit${ids.length === 1 ? 'y lies' : 'ies lie'} outside every zone: not counted, but still covering nearby zones`,
      },
      facilityIds: ids,
    },
  ];
}
