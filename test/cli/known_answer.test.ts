import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { shareWithin } from './independent_share.ts';
import { REPO, spawnCovplan, tempFiles } from './run_cli.ts';

const KNOWN = join(REPO, 'test', 'fixtures', 'cli', 'known');

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
