import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Facility, Rule, Zone } from '../../src/domain/index.ts';

/** A fixture input: zones and facilities as features (`properties.role`), rules and options as foreign members. */
export interface FixtureInput {
  zones: Zone[];
  facilities: Facility[];
  rules: Rule[];
  options: { cellSizeM?: number };
}

export function readFixture(path: string): FixtureInput {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection & {
    rules: Rule[];
    options?: { cellSizeM?: number };
  };
  const zones: Zone[] = [];
  const facilities: Facility[] = [];
  for (const f of fc.features) {
    const p = f.properties ?? {};
    if (p.role === 'zone') {
      zones.push({
        code: p.code,
        name: p.name,
        level: p.level,
        class: p.class,
        population: p.population,
        geometry: f.geometry as Polygon | MultiPolygon,
      });
    } else {
      const [lon, lat] = (f as Feature<Point>).geometry.coordinates as [number, number];
      const { role: _role, ...rest } = p;
      facilities.push({ ...(rest as Omit<Facility, 'lon' | 'lat'>), lon, lat });
    }
  }
  return { zones, facilities, rules: fc.rules, options: fc.options ?? {} };
}

/** Rounds every number in a JSON-like value: coordinates to 6 decimals, other figures to 4. */
export function roundDeep(v: unknown, decimals = 4): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toFixed(decimals));
  if (Array.isArray(v)) return v.map((x) => roundDeep(x, decimals));
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, roundDeep(x, k === 'coordinates' ? 6 : decimals)]),
    );
  }
  return v;
}

/** Pairs of (name, input path, output path) for a fixture folder. */
export function fixtureCases(dir: string): { name: string; inPath: string; outPath: string }[] {
  return readdirSync(join(dir, 'in'))
    .filter((f) => f.endsWith('.geojson'))
    .map((name) => ({ name, inPath: join(dir, 'in', name), outPath: join(dir, 'out', name) }));
}

/** Reads the expected output; REGEN=1 rewrites it from the actual one first. */
export function expectedOutput(outPath: string, actual: unknown): unknown {
  if (process.env.REGEN === '1') writeFileSync(outPath, `${JSON.stringify(actual, null, 1)}\n`);
  if (!existsSync(outPath)) throw new Error(`missing ${outPath}: run with REGEN=1 and review it`);
  return JSON.parse(readFileSync(outPath, 'utf8'));
}
