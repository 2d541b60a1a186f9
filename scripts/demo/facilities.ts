import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Facility } from '../../src/domain/index.ts';
import { FACILITY_PLAN, type FacilitySpec, STATIONS_PER_STREET } from './facility_plan.ts';
import { type Area, type LonLat, pointIn, spreadPointIn } from './geo_utils.ts';
import { type Rand, randInt } from './prng.ts';
import { STREETS } from './streets.ts';
import type { DemoZoneFeature, DemoZones } from './zones.ts';

/** Properties of a demo facility feature: a Facility without lon/lat (they are the geometry). */
export type DemoFacilityProps = Omit<Facility, 'lon' | 'lat'> & { illustrative: true };
export type DemoFacilityFeature = Feature<Point, DemoFacilityProps>;

const DIRECTIONS = ['东', '西', '南', '北', '中', '新'];

function facilityFeature(id: number, spec: FacilitySpec, at: LonLat): DemoFacilityFeature {
  const props: DemoFacilityProps = {
    id: `F${String(id).padStart(3, '0')}`,
    name: spec.name,
    kind: spec.kind,
    status: spec.status ?? 'existing',
    ...(spec.beds !== undefined && { beds: spec.beds }),
    ...(spec.doctors !== undefined && { doctors: spec.doctors }),
    ...(spec.nurses !== undefined && { nurses: spec.nurses }),
    ...(spec.ambulances !== undefined && { ambulances: spec.ambulances }),
    ...(spec.open24h !== undefined && { open24h: spec.open24h }),
    ...(spec.tcmHall !== undefined && { tcmHall: spec.tcmHall }),
    illustrative: true,
  };
  return {
    type: 'Feature',
    properties: props,
    geometry: { type: 'Point', coordinates: at },
  };
}

function streetZone(zones: DemoZones, nameEn: string): DemoZoneFeature {
  const z = zones.streets.find((s) => s.properties.name_en === nameEn);
  if (!z) throw new Error(`unknown street ${nameEn}`);
  return z;
}

function stationSpecs(zones: DemoZones): FacilitySpec[] {
  return Object.entries(STATIONS_PER_STREET).flatMap(([street, n]) => {
    const zh = streetZone(zones, street).properties.name.replace('街道', '');
    return DIRECTIONS.slice(0, n).map((d, k) => ({
      kind: 'community_health_station' as const,
      name: `${zh}${d}社区卫生服务站`,
      street,
      status: street === 'Biji' && k === 1 ? ('under_construction' as const) : ('existing' as const),
      doctors: 3,
      nurses: 4,
    }));
  });
}

/**
 * Villages left without a clinic: the village hosting a township health centre (exempt), the
 * smallest village of Tuanjie and of Haikou (under 800), and the largest other village of each
 * rural street (over 800, a real gap).
 */
function villagesWithoutClinic(zones: DemoZones, hosts: Set<string>): Set<string> {
  const out = new Set(hosts);
  for (const street of STREETS.filter((s) => s.class === 'rural')) {
    const vs = zones.villages
      .filter((v) => v.properties.parentCode === street.code && !hosts.has(v.properties.code))
      .sort((a, b) => a.properties.population - b.properties.population);
    const smallest = vs[0];
    const largest = vs[vs.length - 1];
    if (smallest && street.nameEn !== 'Biji') out.add(smallest.properties.code);
    if (largest) out.add(largest.properties.code);
  }
  return out;
}

/**
 * Place every planned facility, the community health stations and the village clinics, numbered
 * F001… in that order. Points lie inside their street (or village) and off the lake; those without
 * a preferred point keep away from the facilities already placed in their street.
 */
export function makeFacilities(
  zones: DemoZones,
  lake: Area,
  rand: Rand,
): FeatureCollection<Point, DemoFacilityProps> {
  const features: DemoFacilityFeature[] = [];
  const place = (spec: FacilitySpec, at: LonLat) =>
    features.push(facilityFeature(features.length + 1, spec, at));
  for (const spec of [...FACILITY_PLAN, ...stationSpecs(zones)]) {
    const street = streetZone(zones, spec.street).geometry;
    if (spec.near) {
      place(spec, pointIn(street, rand, [lake], spec.near, 1.2));
      continue;
    }
    const others = features
      .map((f) => f.geometry.coordinates as LonLat)
      .filter((p) => turf.booleanPointInPolygon(p, street));
    place(spec, spreadPointIn(street, rand, [lake], others));
  }
  const hostKinds = new Set(['township_health_centre', 'central_township_health_centre']);
  const hosts = new Set(
    zones.villages
      .filter((v) =>
        features.some(
          (f) => hostKinds.has(f.properties.kind) && turf.booleanPointInPolygon(f.geometry, v.geometry),
        ),
      )
      .map((v) => v.properties.code),
  );
  const skip = villagesWithoutClinic(zones, hosts);
  for (const v of zones.villages) {
    if (skip.has(v.properties.code)) continue;
    const spec: FacilitySpec = {
      kind: 'village_clinic',
      name: `${v.properties.name}卫生室`,
      street: '',
      doctors: randInt(rand, 1, 2),
      nurses: randInt(rand, 0, 1),
      tcmHall: rand() < 0.3,
    };
    const c = turf.centroid(v.geometry).geometry.coordinates;
    place(spec, pointIn(v.geometry, rand, [lake], [c[0] ?? 0, c[1] ?? 0], 1.2));
  }
  return { type: 'FeatureCollection', features };
}
