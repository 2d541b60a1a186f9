import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { gbk } from '../formats/fixtures.ts';
import { shareWithin } from './independent_share.ts';
import { covplan, REPO, STACK_LINE, tempFiles } from './run_cli.ts';

const KNOWN = join(REPO, 'test', 'fixtures', 'cli', 'known');
const RULES = join(KNOWN, 'rules.json');
const FACILITIES = join(KNOWN, 'facilities.geojson');

const box = (x0: number, y0: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + 0.02, y0],
      [x0 + 0.02, y0 + 0.02],
      [x0, y0 + 0.02],
      [x0, y0],
    ],
  ],
});

/**
 * Invented streets (示意) in a row of 0.02° boxes from 102.60° E, 25.00° N, with 12-digit
 * 统计用区划代码 and no population; the known case's ambulance station stands at the centre of 甲.
 */
function zonesFile(names: string[]): object {
  return {
    type: 'FeatureCollection',
    features: names.map((name, i) => ({
      type: 'Feature',
      properties: { 名称: name, 统计用区划代码: `53011200${i + 1}000`, 级别: '街道', 城乡: '城市' },
      geometry: box(102.6 + i * 0.02, 25.0),
    })),
  };
}

/** A folder with the zones and a GBK population table (as Excel on Chinese Windows saves it). */
function inputs(zoneNames: string[], csv: string): { zones: string; table: string; dir: string } {
  const dir = tempFiles({ 'zones.geojson': zonesFile(zoneNames) });
  writeFileSync(join(dir, '人口.csv'), gbk(csv));
  return { zones: join(dir, 'zones.geojson'), table: join(dir, '人口.csv'), dir };
}

interface Props {
  layer: string;
  name?: string;
  [key: string]: unknown;
}

describe.concurrent('covplan evaluate --population-table', { timeout: 60_000 }, () => {
  it('joins a GBK table by 9-digit code to 12-digit zone codes; coverage equals an independent computation', async ({
    expect,
  }) => {
    const { zones, table, dir } = inputs(
      ['甲街道', '乙街道'],
      '统计用区划代码,街道名称,常住人口\r\n530112001,示意甲,"12,000"\r\n530112002,示意乙,4.8万\r\n',
    );
    const out = join(dir, 'r.geojson');
    const args = ['evaluate', '--zones', zones, '--facilities', FACILITIES, '--rules', RULES];
    const r = await covplan([...args, '--population-table', table, '--lang', 'en', '--out', out]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      `${table}: joined by code ("统计用区划代码" → "常住人口"); 2 of 2 zones got a population.`,
    );
    expect(r.stderr).not.toMatch(/no population|match no zone/);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as {
      features: { properties: Props }[];
      metadata: { area: Props; inputs: Props };
    };
    const zone = (name: string) =>
      fc.features.find((f) => f.properties.layer === 'zone' && f.properties.name === name)?.properties;
    expect(zone('甲街道')?.population_used).toBe(12_000);
    expect(zone('乙街道')?.population_used).toBe(48_000);
    expect(fc.metadata.inputs.populationTable).toBe(table);
    const shareB = shareWithin([102.62, 25.0, 102.64, 25.02], 102.61, 25.01, 2);
    expect(zone('甲街道')?.reach_2km__pop_share).toBe(1);
    expect(Math.abs((zone('乙街道')?.reach_2km__pop_share as number) - shareB)).toBeLessThan(0.02);
    // The whole area weights each street by its joined population: 12,000 fully, 48,000 by shareB.
    const areaShare = (12_000 + 48_000 * shareB) / 60_000;
    expect(Math.abs((fc.metadata.area.reach_2km__pop_share as number) - areaShare)).toBeLessThan(0.02);
    expect(r.stdout).toMatch(/乙街道 +urban +48,000 +✗/);
  });

  it('names zones the table lacks and rows matching no zone; those zones have no population', async ({
    expect,
  }) => {
    const { zones, table, dir } = inputs(
      ['甲街道', '乙街道', '丙街道'],
      '区划代码,人口\r\n530112001000,12000\r\n530112002,30000\r\n530112009,500\r\n530112002,31000\r\n',
    );
    const out = join(dir, 'r.json');
    const r = await covplan([
      'evaluate',
      '--zones',
      zones,
      '--facilities',
      FACILITIES,
      '--rules',
      RULES,
      '--population-table',
      table,
      '--join-by',
      'code',
      '--lang',
      'zh',
      '--out',
      out,
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      `警告：${table}：${zones} 中 1 个区划在人口表“区划代码”列中找不到，它们没有人口：第 3 个要素 丙街道（530112003000）。`,
    );
    expect(r.stderr).toContain(`警告：${table}：人口表有 1 行未对应任何区划：第 4 行（530112009）。`);
    expect(r.stderr).toContain('530112002（第 3、5 行，人口不同，不采用）');
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { inputs: { zonesWithoutPopulation: string[] } };
    expect(doc.inputs.zonesWithoutPopulation).toEqual(['530112002000', '530112003000']);
  });

  it('a column the table lacks, a missing table or a join that matches nothing exits 2 naming the file', async ({
    expect,
  }) => {
    const { zones, table, dir } = inputs(['甲街道'], '统计用区划代码,常住人口\r\n530112001,12000\r\n');
    const base = ['evaluate', '--zones', zones, '--facilities', FACILITIES, '--lang', 'en'];
    const badColumn = await covplan([...base, '--population-table', table, '--population-column', '人口数']);
    expect(badColumn.status).toBe(2);
    expect(badColumn.stderr).toContain(
      `error: ${table}: the population table has no column "人口数". Its columns: 统计用区划代码, 常住人口.`,
    );
    expect(badColumn.stderr).not.toMatch(STACK_LINE);
    const missing = await covplan([...base, '--population-table', join(dir, 'none.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${join(dir, 'none.csv')}: no such file (--population-table).`);
    const byName = await covplan([...base, '--population-table', table, '--join-by', 'name']);
    expect(byName.status).toBe(2);
    expect(byName.stderr).toContain(`${table}: no name column to join on`);
    const other = join(dir, 'other.csv');
    writeFileSync(other, '统计用区划代码,常住人口\n110101001,5\n');
    const none = await covplan([...base, '--population-table', other]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(
      `${other}: no zone of ${zones} (1) matches the table's "统计用区划代码" column`,
    );
    const stray = await covplan([...base, '--join-by', 'code']);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('--join-by: give --population-table FILE too.');
  });
});
