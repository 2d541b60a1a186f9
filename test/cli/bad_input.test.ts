import { join } from 'node:path';
import { describe, it } from 'vitest';
import { covplan, STACK_LINE, spawnCovplan, tempFiles } from './run_cli.ts';

const square = (lon: number, lat: number, d: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});
const fc = (...features: [unknown, Record<string, unknown>][]) => ({
  type: 'FeatureCollection',
  features: features.map(([geometry, properties]) => ({ type: 'Feature', geometry, properties })),
});
const goodZones = fc([square(102.6, 25, 0.02), { name: '马街街道', class: 'urban', population: 30_000 }]);
const goodFacilities = fc([
  { type: 'Point', coordinates: [102.61, 25.01] },
  { name: '马街卫生院', kind: '卫生院' },
]);

/**
 * Writes the files into a fresh folder and runs `covplan evaluate` on them (in this process, or as
 * the real executable with `run = spawnCovplan`).
 */
async function evaluateFiles(
  files: Record<string, unknown>,
  extra: (dir: string) => string[] = () => [],
  run = covplan,
) {
  const dir = tempFiles({ 'zones.geojson': goodZones, 'facilities.geojson': goodFacilities, ...files });
  const r = await run([
    'evaluate',
    '--zones',
    join(dir, 'zones.geojson'),
    '--facilities',
    join(dir, 'facilities.geojson'),
    '--lang',
    'en',
    ...extra(dir),
  ]);
  return { ...r, dir };
}

describe.concurrent('covplan evaluate on bad files', { timeout: 60_000 }, () => {
  it('runs on the good files (the baseline the other cases break)', async ({ expect }) => {
    const r = await evaluateFiles({});
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('马街街道');
  });

  it('a zones file that is not JSON', async ({ expect }) => {
    // The real executable: bad input exits 2 with a message and no stack trace on its stderr.
    const r = await evaluateFiles({ 'zones.geojson': '名称,人口\n马街,1000\n' }, undefined, spawnCovplan);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toContain(join(r.dir, 'zones.geojson'));
    expect(r.stderr).toMatch(/not valid JSON|the content is not JSON/);
  });

  it('a FeatureCollection of points given as zones', async ({ expect }) => {
    const r = await evaluateFiles({ 'zones.geojson': goodFacilities });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toContain(`${join(r.dir, 'zones.geojson')}, feature index 0 (马街卫生院)`);
    expect(r.stderr).toContain('Polygon/MultiPolygon needed');
  });

  it('says the same in Chinese with --lang zh', async ({ expect }) => {
    const r = await evaluateFiles({ 'zones.geojson': goodFacilities }, () => ['--lang', 'zh']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `错误：${join(r.dir, 'zones.geojson')}，第 1 个要素（索引 0，"马街卫生院"）：几何类型是 Point`,
    );
  });

  it('zones in projected metres', async ({ expect }) => {
    const r = await evaluateFiles({
      'zones.geojson': fc([square(500_000, 2_760_000, 2000), { name: '马街街道', population: 1 }]),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toContain('zones.geojson');
    expect(r.stderr).toContain('马街街道');
    expect(r.stderr).toMatch(/projected|投影/);
  });

  it('an unknown facility kind, listing the known kinds', async ({ expect }) => {
    const facilities = fc([
      { type: 'Point', coordinates: [102.61, 25.01] },
      { name: '某卫生所', kind: '卫生所' },
    ]);
    const r = await evaluateFiles({ 'facilities.geojson': facilities });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toContain('facilities.geojson, feature index 0 (某卫生所)');
    expect(r.stderr).toContain('"卫生所"');
    expect(r.stderr).toContain('乡镇卫生院 township_health_centre');
    expect(r.stderr).toContain('固定采血点 blood_collection_point');
  });

  it('zones without any population, unless --population is given', async ({ expect }) => {
    const zones = fc([square(102.6, 25, 0.02), { name: '马街街道', class: 'urban' }]);
    const r = await evaluateFiles({ 'zones.geojson': zones });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toContain('no zone has a population');
    expect(r.stderr).toContain('--population');
    const people = fc([{ type: 'Point', coordinates: [102.605, 25.005] }, { 人口: 5000 }]);
    const withPoints = await evaluateFiles({ 'zones.geojson': zones, 'people.geojson': people }, (dir) => [
      '--population',
      join(dir, 'people.geojson'),
    ]);
    expect(withPoints.status).toBe(0);
    expect(withPoints.stdout).toContain('5,000');
    expect(withPoints.stderr).toContain('马街街道');
    expect(withPoints.stderr).toContain('has no population');
  });

  it('a rules file with a bad field, naming the field by its path', async ({ expect }) => {
    const rules = [
      {
        id: 'r',
        type: 'reach',
        title: { zh: '覆盖', en: 'reach' },
        sources: [{ file: '000_e231058eb99c46c0.txt', lines: [612], quoteZh: '服务半径' }],
        enabled: true,
        kinds: ['ambulance_station'],
        thresholds: { rural: { radiusKm: 'far', combine: 'either' } },
        targetShare: 1,
      },
    ];
    const again = await evaluateFiles({ 'rules.json': rules }, (dir) => ['--rules', join(dir, 'rules.json')]);
    expect(again.status).toBe(2);
    expect(again.stderr).not.toMatch(STACK_LINE);
    expect(again.stderr).toContain(join(again.dir, 'rules.json'));
    expect(again.stderr).toContain('[0].thresholds.rural.radiusKm');
  });

  it('a rules argument that is neither a preset nor a file lists the presets', async ({ expect }) => {
    const r = await evaluateFiles({}, () => ['--rules', 'yuxi']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toContain('000_yuxi');
  });

  it('a missing file, a bad --format and a bad --cell-size', async ({ expect }) => {
    expect((await evaluateFiles({}, () => ['--format', 'xml'])).stderr).toContain('--format');
    expect((await evaluateFiles({}, () => ['--cell-size', '0'])).stderr).toContain('--cell-size');
    const missing = await covplan([
      'evaluate',
      '--zones',
      '/nonexistent/z.geojson',
      '--facilities',
      '/nonexistent/f.geojson',
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(STACK_LINE);
    expect(missing.stderr).toContain('/nonexistent/z.geojson');
  });
});
