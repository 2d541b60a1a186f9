import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { covplan, REPO, STACK_LINE, spawnCovplan, tempFiles } from './run_cli.ts';

const STREETS_ZH = ['马街', '金碧', '永昌', '前卫', '福海', '棕树营', '西苑', '碧鸡', '海口', '团结'];
const STREETS_EN = [
  'Majie',
  'Jinbi',
  'Yongchang',
  'Qianwei',
  'Fuhai',
  'Zongshuying',
  'Xiyuan',
  'Biji',
  'Haikou',
  'Tuanjie',
];

interface DemoZone {
  properties: { code: string; population: number; parentCode?: string };
}

describe.concurrent('covplan demo', { timeout: 60_000 }, () => {
  it('evaluates the demo district in Chinese: every street, rule sources, the straight-line and 示意数据 notes', async ({
    expect,
  }) => {
    const r = await spawnCovplan(['demo', '--lang', 'zh']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.status).toBe(0);
    for (const street of STREETS_ZH) expect(r.stdout).toContain(`${street}街道`);
    expect(r.stdout).toContain('000_e231058eb99c46c0.txt L612');
    expect(r.stdout).toContain('004_9a4ddb2fddd3ae00.txt L598');
    expect(r.stdout).toContain('直线距离');
    expect(r.stdout).toContain('示意数据');
  });

  it('takes the language from LANG, and prints English street names when it is not Chinese', async ({
    expect,
  }) => {
    const zh = await spawnCovplan(['demo'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('规则与来源');
    const en = await covplan(['demo'], { LANG: 'en_GB.UTF-8' });
    expect(en.status).toBe(0);
    for (const street of STREETS_EN) expect(en.stdout).toContain(street);
    expect(en.stdout).toContain('Rules and sources');
    expect(en.stdout).toContain('示意数据');
  });

  it('prints a whole-area population equal to the sum of the streets in the demo file', async ({
    expect,
  }) => {
    const fc = JSON.parse(readFileSync(join(REPO, 'geo', 'xishan_demo_zones.geojson'), 'utf8')) as {
      features: DemoZone[];
    };
    const codes = new Set(fc.features.map((f) => f.properties.code));
    const top = fc.features.filter(
      (f) => f.properties.parentCode === undefined || !codes.has(f.properties.parentCode),
    );
    const total = top.reduce((a, f) => a + f.properties.population, 0);
    const r = await covplan(['demo', '--lang', 'en']);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Whole area'));
    expect(line).toContain(total.toLocaleString('en-US'));
  });

  it('counts only the statuses given with --statuses, as many as the demo file holds', async ({ expect }) => {
    const fc = JSON.parse(readFileSync(join(REPO, 'seeds', 'demo', 'facilities.geojson'), 'utf8')) as {
      features: { properties: { status: string } }[];
    };
    const existing = fc.features.filter((f) => f.properties.status === 'existing').length;
    const r = await covplan(['demo', '--statuses', 'existing', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`facilities ${fc.features.length} (counted ${existing}; statuses: Existing)`);
  });

  it('writes GeoJSON with zones, facilities, flattened rule metrics and the metadata block', async ({
    expect,
  }) => {
    const dir = tempFiles({});
    const out = join(dir, 'demo.geojson');
    const r = await covplan(['demo', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out} (geojson)`);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    const layers = new Set(fc.features.map((f: { properties: { layer: string } }) => f.properties.layer));
    expect([...layers].sort()).toEqual(['facility', 'gap', 'zone']);
    const majie = fc.features.find((f: { properties: { name: string } }) => f.properties.name === '马街街道');
    expect(majie.properties.ems_reach__status).toMatch(/^(pass|fail)$/);
    expect(majie.properties.ems_reach__pop_share).toBeGreaterThanOrEqual(0);
    expect(majie.properties.chc_per_street__required).toBeGreaterThanOrEqual(1);
    expect(fc.metadata.generator).toMatch(/^covplan \d/);
    expect(fc.metadata.illustrative).toBe(true);
    expect(fc.metadata.straightLine).toBe(true);
    expect(fc.metadata.rules.find((x: { id: string }) => x.id === 'ems_reach').sources[0].file).toBe(
      '000_e231058eb99c46c0.txt',
    );
  });

  it('prints the raw evaluation as JSON on stdout with --format json', async ({ expect }) => {
    const r = await covplan(['demo', '--format', 'json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.inputs.zoneCount).toBe(43);
    expect(doc.evaluation.results.length).toBeGreaterThan(0);
  });
});

describe.concurrent('covplan help, version and rules', { timeout: 60_000 }, () => {
  it('prints help, command help and the version', async ({ expect }) => {
    expect((await spawnCovplan(['--help'])).stdout).toContain('covplan evaluate');
    expect((await covplan(['help', 'evaluate'])).stdout).toContain('--population-field');
    expect((await covplan(['evaluate', '--help', '--lang', 'zh'])).stdout).toContain('字段名');
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect((await spawnCovplan(['--version'])).stdout.trim()).toBe(`covplan ${pkg.version}`);
  });

  it('lists the presets, and a preset’s rules with file, line and the Chinese quote', async ({ expect }) => {
    const r = await covplan(['rules', '--preset', '000_yuxi', '--lang', 'zh']);
    expect(r.status).toBe(0);
    for (const id of ['default', '000_yuxi', '001_district', '002_linfen', '003_kunming', '004_xishan'])
      expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('000_e231058eb99c46c0.txt L612');
    expect(r.stdout).toContain('「');
  });

  it('rejects an unknown command or option with exit 2 and no stack trace', async ({ expect }) => {
    const cmd = await spawnCovplan(['frobnicate']);
    expect(cmd.status).toBe(2);
    expect(cmd.stderr).toContain('frobnicate');
    const opt = await covplan(['demo', '--zonez', 'x']);
    expect(opt.status).toBe(2);
    expect(opt.stderr).toContain('--zonez');
    expect(opt.stderr).not.toMatch(STACK_LINE);
  });
});
