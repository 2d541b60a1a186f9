import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadShipped, streetsOf, vertices, villagesOf } from './load.ts';

const shipped = loadShipped();
const streets = streetsOf(shipped);
const km2 = (f: Parameters<typeof turf.area>[0]) => turf.area(f) / 1e6;

describe('the demo streets', () => {
  it('are the ten streets of the Xishan plan, seven urban and three rural', () => {
    const byName = Object.fromEntries(streets.map((s) => [s.properties.name, s.properties.class]));
    expect(byName).toEqual({
      马街街道: 'urban',
      金碧街道: 'urban',
      永昌街道: 'urban',
      前卫街道: 'urban',
      福海街道: 'urban',
      棕树营街道: 'urban',
      西苑街道: 'urban',
      碧鸡街道: 'rural',
      海口街道: 'rural',
      团结街道: 'rural',
    });
  });

  it('carry unique 12-digit codes under 530112', () => {
    const codes = shipped.zones.features.map((f) => String(f.properties.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^530112\d{6}$/);
  });

  it('do not overlap one another (pairwise intersection under 0.01 km²)', () => {
    for (let i = 0; i < streets.length; i++) {
      for (let j = i + 1; j < streets.length; j++) {
        const a = streets[i];
        const b = streets[j];
        if (!a || !b) continue;
        const overlap = turf.intersect(turf.featureCollection([a, b]));
        expect(overlap ? km2(overlap) : 0, `${a.properties.name} × ${b.properties.name}`).toBeLessThan(0.01);
      }
    }
  });

  it('cover one district of 830–890 km² without gaps (union area equals the sum of areas)', () => {
    const union = turf.union(turf.featureCollection(streets));
    expect(union).not.toBeNull();
    const unionKm2 = union ? km2(union) : 0;
    const sumKm2 = streets.reduce((s, f) => s + km2(f), 0);
    expect(unionKm2).toBeGreaterThan(830);
    expect(unionKm2).toBeLessThan(890);
    expect(Math.abs(sumKm2 - unionKm2)).toBeLessThan(0.01);
    // one ring, no holes: the streets leave no gap inside the district
    expect(union?.geometry.type).toBe('Polygon');
    expect(union?.geometry.coordinates.length).toBe(1);
  });

  it('keep urban streets small (under 30 km²) and rural streets large (over 100 km²), rural mostly west and south', () => {
    for (const s of streets) {
      if (s.properties.class === 'urban') expect(km2(s)).toBeLessThan(30);
      else expect(km2(s)).toBeGreaterThan(100);
    }
    const centre = (name: string) => {
      const street = streets.find((s) => s.properties.name === name);
      if (!street) throw new Error(`no street ${name}`);
      return turf.centroid(street);
    };
    const majie = centre('马街街道').geometry.coordinates;
    expect(centre('团结街道').geometry.coordinates[0]).toBeLessThan(majie[0] ?? 0);
    expect(centre('海口街道').geometry.coordinates[1]).toBeLessThan(majie[1] ?? 0);
  });

  it('have valid rings: no self-intersections, right-hand winding, 6-decimal coordinates', () => {
    for (const z of [...streets, ...villagesOf(shipped)]) {
      expect(turf.kinks(z).features, String(z.properties.name)).toHaveLength(0);
      const rings = z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates;
      for (const poly of rings) {
        poly.forEach((ring, k) => {
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          expect(turf.booleanClockwise(ring)).toBe(k > 0);
        });
      }
      for (const v of vertices(z)) for (const x of v) expect(Math.round(x * 1e6) / 1e6).toBe(x);
    }
  });
});
