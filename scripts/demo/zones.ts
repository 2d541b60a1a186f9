import type { Feature, FeatureCollection } from 'geojson';
import type { ZoneClass, ZoneLevel } from '../../src/domain/index.ts';
import { type Area, tidyArea } from './geo_utils.ts';
import { type Rand, uniform } from './prng.ts';
import { STREETS } from './streets.ts';
import { type DemoVillage, makeVillages } from './villages.ts';

/** Properties of a demo zone feature: the canonical zone format the CLI and the app read. */
export interface DemoZoneProps {
  code: string;
  name: string;
  name_en: string;
  level: ZoneLevel;
  class: ZoneClass;
  population: number;
  parentCode?: string;
  illustrative: true;
}

export type DemoZoneFeature = Feature<Area, DemoZoneProps>;

/** The generated zones: streets first (STREETS order), then villages grouped by street. */
export interface DemoZones {
  streets: DemoZoneFeature[];
  villages: DemoZoneFeature[];
}

function zoneFeature(props: DemoZoneProps, area: Area): DemoZoneFeature {
  return { type: 'Feature', properties: props, geometry: tidyArea(area) };
}

/**
 * Build street and village zones from the street areas (in STREETS order). Urban populations get
 * a ±4 % seeded jitter; a rural street's population is the sum of its villages'.
 */
export function makeZones(streetAreas: Area[], rand: Rand, lake: Area): DemoZones {
  const streets: DemoZoneFeature[] = [];
  const villages: DemoZoneFeature[] = [];
  STREETS.forEach((spec, i) => {
    const area = streetAreas[i];
    if (!area) throw new Error(`missing area for ${spec.nameEn}`);
    const base = { code: spec.code, name: spec.name, name_en: spec.nameEn, level: 'street' as const };
    if (spec.class === 'urban') {
      const population = Math.round((spec.population ?? 0) * uniform(rand, 0.96, 1.04));
      streets.push(zoneFeature({ ...base, class: 'urban', population, illustrative: true }, area));
      return;
    }
    const vs: DemoVillage[] = makeVillages(spec, area, rand, [lake]);
    const population = vs.reduce((s, v) => s + v.population, 0);
    streets.push(zoneFeature({ ...base, class: 'rural', population, illustrative: true }, area));
    for (const v of vs) {
      const props: DemoZoneProps = {
        code: v.code,
        name: v.name,
        name_en: v.nameEn,
        level: 'village',
        class: 'rural',
        population: v.population,
        parentCode: v.parentCode,
        illustrative: true,
      };
      villages.push(zoneFeature(props, v.area));
    }
  });
  return { streets, villages };
}

/** Street and village features in one collection (streets first), as shipped. */
export function zoneCollection(zones: DemoZones): FeatureCollection<Area, DemoZoneProps> {
  return { type: 'FeatureCollection', features: [...zones.streets, ...zones.villages] };
}
