import type { Facility } from '../../src/domain/index.ts';
import { type Area, pointIn } from './geo_utils.ts';
import type { Rand } from './prng.ts';
import type { DemoZones } from './zones.ts';

/**
 * A what-if scenario: facilities the planner proposes on top of the existing ones. Shaped like the
 * workspace `Scenario` (id, name, createdAt, facilities, removedBaselineIds) plus labels.
 */
export interface DemoScenario {
  id: string;
  name: string;
  /** ISO 8601; fixed so that the file is reproducible. */
  createdAt: string;
  name_en: string;
  description: string;
  illustrative: true;
  facilities: Facility[];
  /** Baseline facility ids the scenario removes (none here). */
  removedBaselineIds: string[];
}

/**
 * The demo scenario "示意方案：增设海口急救站": one proposed ambulance station in Haikou, which
 * closes the south-western gap in rural ambulance reach.
 */
export function makeScenarios(zones: DemoZones, lake: Area, rand: Rand): DemoScenario[] {
  const haikou = zones.streets.find((s) => s.properties.name_en === 'Haikou');
  if (!haikou) throw new Error('Haikou street missing');
  const [lon, lat] = pointIn(haikou.geometry, rand, [lake], [102.555, 24.79]);
  return [
    {
      id: 'S001',
      name: '示意方案：增设海口急救站',
      name_en: 'Illustrative scenario: add an ambulance station in Haikou',
      description: '在海口街道西南部增设一处急救站（3 辆救护车），补足农村 20 公里急救半径的空白。',
      createdAt: '2026-01-01T00:00:00.000Z',
      illustrative: true,
      facilities: [
        {
          id: 'S001-P1',
          name: '海口急救站（拟建）',
          kind: 'ambulance_station',
          status: 'proposed',
          lon,
          lat,
          ambulances: 3,
          open24h: true,
          illustrative: true,
        },
      ],
      removedBaselineIds: [],
    },
  ];
}
