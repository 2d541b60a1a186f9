import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { REPO, spawnCovplan, tempFiles } from './run_cli.ts';

const KNOWN = join(REPO, 'test', 'fixtures', 'cli', 'known');

/** Great-circle distance in km (mean Earth radius 6371.0088 km), written here independently of the engine. */
function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

/** Share of a lon/lat box within `radiusKm` of a point, by a 400 × 400 sample weighted by cos(lat). */
function shareWithin(
  box: [number, number, number, number],
  lon: number,
  lat: number,
  radiusKm: number,
): number {
  const [w, s, e, n] = box;
  const steps = 400;
  let inside = 0;
  let total = 0;
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) {
      const x = w + ((i + 0.5) / steps) * (e - w);
      const y = s + ((j + 0.5) / steps) * (n - s);
      const weight = Math.cos((y * Math.PI) / 180);
      total += weight;
      if (distanceKm(x, y, lon, lat) <= radiusKm) inside += weight;
    }
  }
  return inside / total;
}

interface Props {
  layer: string;
  code?: string;
  [key: string]: unknown;
}

describe.concurrent('covplan evaluate on a case with a known answer', { timeout: 60_000 }, () => {
  it('reports the share within 2 km, the counts and the ratio that an independent computation gives', async ({
    expect,
  }) => {
    const out = join(tempFiles({}), 'known.geojson');
    const r = await spawnCovplan([
      'evaluate',
      '--zones',
      join(KNOWN, 'zones.geojson'),
      '--facilities',
      join(KNOWN, 'facilities.geojson'),
      '--rules',
      join(KNOWN, 'rules.json'),
      '--out',
      out,
    ]);
    expect(r.status).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as {
      features: { properties: Props }[];
      metadata: { area: Props };
    };
    const zone = (code: string) =>
      fc.features.find((f) => f.properties.layer === 'zone' && f.properties.code === code)?.properties;
    // The station stands at the centre of zone A; zone B is the next 0.02° box to the east.
    const expectedB = shareWithin([102.62, 25.0, 102.64, 25.02], 102.61, 25.01, 2);
    expect(zone('A')?.reach_2km__pop_share).toBe(1);
    expect(Math.abs((zone('B')?.reach_2km__pop_share as number) - expectedB)).toBeLessThan(0.02);
    expect(zone('B')?.reach_2km__people_outside).toBe(30_000 - (zone('B')?.reach_2km__pop_covered as number));
    expect(zone('A')?.station_per_street__count).toBe(1);
    expect(zone('B')?.station_per_street__status).toBe('fail');
    // One ambulance for 60,000 residents: 0.5 per 30,000.
    expect(fc.metadata.area.ambulances_per_30k__value).toBe(0.5);
    expect(fc.metadata.area.ambulances_per_30k__status).toBe('fail');
    const rowB = r.stdout.split('\n').find((line) => line.startsWith('乙街道'));
    expect(rowB).toContain(`✗ ${((zone('B')?.reach_2km__pop_share as number) * 100).toFixed(1)}%`);
  });
});
