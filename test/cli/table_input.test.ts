import { join } from 'node:path';
import { describe, it } from 'vitest';
import { covplan, REPO, STACK_LINE, tempFiles } from './run_cli.ts';

const ZONES = join(REPO, 'test', 'fixtures', 'cli', 'known', 'zones.geojson');

describe.concurrent('covplan evaluate with facilities in a CSV table', { timeout: 60_000 }, () => {
  it('reads Chinese column names, kind aliases and coordinates from a CSV', async ({ expect }) => {
    const dir = tempFiles({
      'f.csv':
        '名称,类型,经度,纬度,救护车\n甲急救站,120急救站,102.61,25.01,1\n乙卫生院,卫生院,102.63,25.01,0\n',
    });
    const r = await covplan([
      'evaluate',
      '--zones',
      ZONES,
      '--facilities',
      join(dir, 'f.csv'),
      '--lang',
      'en',
      '--rules',
      join(REPO, 'test', 'fixtures', 'cli', 'known', 'rules.json'),
    ]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/甲街道 +urban +30,000 +✓ 100\.0%/);
  });

  it('names the CSV row of a facility with an unknown kind', async ({ expect }) => {
    const dir = tempFiles({
      'f.csv': '名称,类型,经度,纬度\n甲急救站,120急救站,102.61,25.01\n乙卫生所,卫生所,102.63,25.01\n',
    });
    const r = await covplan([
      'evaluate',
      '--zones',
      ZONES,
      '--facilities',
      join(dir, 'f.csv'),
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${join(dir, 'f.csv')}, row 3 (乙卫生所): facility kind "卫生所" is not recognised`,
    );
  });
});
