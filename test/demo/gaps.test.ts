import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { haversineKm, loadShipped, type PointFeature, streetsOf, vertices, villagesOf } from './load.ts';

const shipped = loadShipped();
const facilities = shipped.facilities.features;
const streets = streetsOf(shipped);
const villages = villagesOf(shipped);
const EMS_KINDS = ['ambulance_station', 'emergency_centre'];
const ems = facilities.filter((f) => EMS_KINDS.includes(String(f.properties.kind)));

/** For each village, the largest distance from one of its vertices to the nearest EMS base. */
function farthestFromEms(bases: PointFeature[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of villages) {
    let worst = 0;
    for (const p of vertices(v)) {
      const nearest = Math.min(...bases.map((b) => haversineKm(p, b.geometry.coordinates)));
      worst = Math.max(worst, nearest);
    }
    out.set(String(v.properties.code), worst);
  }
  return out;
}

const inside = (kind: string) => (s: (typeof streets)[number]) =>
  facilities.some((f) => f.properties.kind === kind && turf.booleanPointInPolygon(f, s));

describe('the deliberate gaps in the demo', () => {
  it('leave some rural village more than 20 km from every ambulance station and emergency centre', () => {
    expect(ems.length).toBeGreaterThanOrEqual(5);
    const worst = Math.max(...farthestFromEms(ems).values());
    expect(worst).toBeGreaterThan(20);
  });

  it('agree with turf on those distances within 0.5 %', () => {
    const [a, b] = [villages[0], ems[0]];
    if (!a || !b) throw new Error('no data');
    const p = vertices(a)[0] ?? [0, 0];
    const ours = haversineKm(p, b.geometry.coordinates);
    expect(Math.abs(ours - turf.distance(p, b)) / ours).toBeLessThan(0.005);
  });

  it('close part of that gap with the proposed station of the Haikou scenario', () => {
    const scenario = shipped.scenarios.scenarios.find((s) => s.name === '示意方案：增设海口急救站');
    expect(scenario).toBeDefined();
    const proposed = (scenario?.facilities ?? []).map(
      (f): PointFeature => turf.point([Number(f.lon), Number(f.lat)], f as Record<string, unknown>),
    );
    expect(
      proposed.every((f) => f.properties.status === 'proposed' && f.properties.kind === 'ambulance_station'),
    ).toBe(true);
    const before = farthestFromEms(ems);
    const after = farthestFromEms([...ems, ...proposed]);
    const gapBefore = [...before.values()].filter((d) => d > 20).length;
    const gapAfter = [...after.values()].filter((d) => d > 20).length;
    expect(gapAfter).toBeLessThan(gapBefore);
  });

  it('leave at least one urban street without a community health centre', () => {
    const urban = streets.filter((s) => s.properties.class === 'urban');
    expect(urban.filter((s) => !inside('community_health_centre')(s)).length).toBeGreaterThanOrEqual(1);
  });

  it('leave at least three streets without a fixed blood collection point', () => {
    expect(streets.filter((s) => !inside('blood_collection_point')(s)).length).toBeGreaterThanOrEqual(3);
  });

  it('count fewer ambulances than one per 30,000 residents', () => {
    const ambulances = facilities.reduce((a, f) => a + Number(f.properties.ambulances ?? 0), 0);
    const residents = streets.reduce((a, s) => a + Number(s.properties.population), 0);
    expect(ambulances).toBeGreaterThan(0);
    expect(ambulances).toBeLessThan(residents / 30_000);
  });

  it('leave villages without a clinic both under and over 800 residents', () => {
    const without = villages.filter(
      (v) =>
        !facilities.some((f) => f.properties.kind === 'village_clinic' && turf.booleanPointInPolygon(f, v)),
    );
    expect(without.some((v) => Number(v.properties.population) < 800)).toBe(true);
    expect(without.some((v) => Number(v.properties.population) >= 800)).toBe(true);
  });

  it('keep hospital beds near but below the target of 18 per 1,000, with or without planned ones', () => {
    const residents = streets.reduce((a, s) => a + Number(s.properties.population), 0);
    const per1000 = (statuses: string[]) =>
      (facilities
        .filter((f) => statuses.includes(String(f.properties.status)))
        .reduce((a, f) => a + Number(f.properties.beds ?? 0), 0) /
        residents) *
      1000;
    const existing = per1000(['existing']);
    const all = per1000(['existing', 'under_construction', 'planned']);
    expect(existing).toBeGreaterThan(16);
    expect(existing).toBeLessThan(all);
    expect(all).toBeLessThan(18);
  });
});
