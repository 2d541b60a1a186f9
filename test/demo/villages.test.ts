import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadShipped, streetsOf, villagesOf } from './load.ts';

const shipped = loadShipped();
const streets = streetsOf(shipped);
const villages = villagesOf(shipped);
const km2 = (f: Parameters<typeof turf.area>[0]) => turf.area(f) / 1e6;
const pop = (f: { properties: Record<string, unknown> }) => Number(f.properties.population);

describe('the demo villages and populations', () => {
  it('give each rural street 8–15 administrative villages and urban streets none', () => {
    for (const s of streets) {
      const n = villages.filter((v) => v.properties.parentCode === s.properties.code).length;
      if (s.properties.class === 'rural') {
        expect(n).toBeGreaterThanOrEqual(8);
        expect(n).toBeLessThanOrEqual(15);
      } else expect(n).toBe(0);
    }
  });

  it('name villages 某某村, rural class, with codes under their street', () => {
    for (const v of villages) {
      expect(String(v.properties.name)).toMatch(/村$/);
      expect(v.properties.class).toBe('rural');
      expect(String(v.properties.code).slice(0, 9)).toBe(String(v.properties.parentCode).slice(0, 9));
    }
  });

  it('place every village inside its street (over 99.9 % of its area)', () => {
    for (const v of villages) {
      const street = streets.find((s) => s.properties.code === v.properties.parentCode);
      expect(street, String(v.properties.name)).toBeDefined();
      if (!street) continue;
      const inside = turf.intersect(turf.featureCollection([v, street]));
      expect(inside ? km2(inside) / km2(v) : 0).toBeGreaterThan(0.999);
    }
  });

  it('tile each rural street with its villages (areas add up within 0.01 km², no overlaps)', () => {
    for (const s of streets.filter((x) => x.properties.class === 'rural')) {
      const vs = villages.filter((v) => v.properties.parentCode === s.properties.code);
      const sum = vs.reduce((a, v) => a + km2(v), 0);
      expect(Math.abs(sum - km2(s))).toBeLessThan(0.01);
      const union = turf.union(turf.featureCollection(vs));
      expect(Math.abs((union ? km2(union) : 0) - km2(s))).toBeLessThan(0.01);
    }
  });

  it('total about one million residents (0.95–1.05 M) over the ten streets', () => {
    const total = streets.reduce((a, s) => a + pop(s), 0);
    expect(total).toBeGreaterThan(950_000);
    expect(total).toBeLessThan(1_050_000);
    for (const z of shipped.zones.features) expect(Number.isInteger(z.properties.population)).toBe(true);
  });

  it('make each rural street the exact sum of its villages', () => {
    for (const s of streets.filter((x) => x.properties.class === 'rural')) {
      const vs = villages.filter((v) => v.properties.parentCode === s.properties.code);
      expect(vs.reduce((a, v) => a + pop(v), 0)).toBe(pop(s));
    }
  });

  it('put 60–150 k people in each urban street, 20–60 k in each rural street, and some villages under 800', () => {
    for (const s of streets) {
      const [lo, hi] = s.properties.class === 'urban' ? [60_000, 150_000] : [20_000, 60_000];
      expect(pop(s)).toBeGreaterThanOrEqual(lo);
      expect(pop(s)).toBeLessThanOrEqual(hi);
    }
    expect(villages.filter((v) => pop(v) < 800).length).toBeGreaterThanOrEqual(3);
  });

  it('make the urban streets far denser than the rural ones', () => {
    const density = (cls: string) => {
      const zs = streets.filter((s) => s.properties.class === cls);
      return zs.reduce((a, s) => a + pop(s), 0) / zs.reduce((a, s) => a + km2(s), 0);
    };
    expect(density('urban')).toBeGreaterThan(20 * density('rural'));
  });
});
