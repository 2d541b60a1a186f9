import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { transformFeatures, wgs84ToGcj02 } from '../../src/engine/crs/index.ts';
import { readLayer, toShapefileZip } from '../../src/engine/formats/index.ts';
import { haversineKm } from '../../src/engine/geodesy.ts';
import { covplan as runCovplan } from '../cli/run_cli.ts';
import { csvText, gbk } from './fixtures.ts';

const REPO = join(import.meta.dirname, '..', '..');
const load = (rel: string) => JSON.parse(readFileSync(join(REPO, rel), 'utf8')) as FeatureCollection;

const covplan = (args: string[]) => runCovplan([...args, '--lang', 'en', '--cell-size', '250']);

/** The zone report as { code → row } with numbers parsed. */
function report(path: string): Map<string, Record<string, string>> {
  const [header, ...lines] = new TextDecoder().decode(readFileSync(path)).trimEnd().split('\r\n');
  const cols = (header ?? '').split(',');
  const rows = new Map<string, Record<string, string>>();
  for (const line of lines) {
    const cells = line.split(',');
    rows.set(cells[0] ?? '', Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])));
  }
  return rows;
}

describe('covplan evaluate on Chinese office files (GBK Shapefile zip + GBK CSV, GCJ-02)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'covplan-formats-'));
  const zones = load('geo/xishan_demo_zones.geojson');
  const facilities = load('seeds/demo/facilities.geojson');
  // Same data as the demo, moved into GCJ-02 and saved the way a planner's office would.
  const gcjZones = transformFeatures(zones, wgs84ToGcj02);
  const z = toShapefileZip([{ name: '街道', features: gcjZones }], { encoding: { cpg: 'GBK', encode: gbk } });
  if (!z.ok) throw new Error(z.message.en);
  const parts = Object.fromEntries(
    Object.entries(unzipSync(z.bytes)).filter(([n]) => !/\.(cpg|prj|csv)$/.test(n)),
  );
  writeFileSync(join(dir, 'zones.zip'), zipSync(parts));
  const keys = ['id', 'name', 'kind', 'status', 'beds', 'doctors', 'nurses', 'ambulances'];
  const rows = facilities.features.map((f) => {
    const [lon, lat] = wgs84ToGcj02(f.geometry.type === 'Point' ? f.geometry.coordinates : [0, 0]) as [
      number,
      number,
    ];
    return [...keys.map((k) => (f.properties?.[k] as string | number | undefined) ?? null), lon, lat];
  });
  writeFileSync(join(dir, 'facilities.csv'), gbk(csvText([[...keys, '经度', '纬度'], ...rows])));
  const baseZones = join(dir, 'zones.geojson');
  writeFileSync(baseZones, JSON.stringify(zones));

  it('gives the same per-zone results as the WGS-84 GeoJSON it was made from', async () => {
    const base = await covplan([
      'evaluate',
      '--zones',
      baseZones,
      '--facilities',
      join(REPO, 'seeds/demo/facilities.geojson'),
      '--out',
      join(dir, 'base.csv'),
    ]);
    expect(base.status, base.stderr).toBe(0);
    const run = await covplan([
      'evaluate',
      '--zones',
      join(dir, 'zones.zip'),
      '--facilities',
      join(dir, 'facilities.csv'),
      '--crs',
      'gcj02',
      '--out',
      join(dir, 'office.csv'),
    ]);
    expect(run.status, run.stderr).toBe(0);
    const a = report(join(dir, 'base.csv'));
    const b = report(join(dir, 'office.csv'));
    expect(b.size).toBe(a.size);
    for (const [code, row] of a) {
      const other = b.get(code);
      expect(other?.name).toBe(row.name);
      for (const [col, value] of Object.entries(row)) {
        if (!col.endsWith('__status') && !col.endsWith('__pop_covered')) continue;
        expect(other?.[col], `${code} ${col}`).toBe(value);
      }
    }
  }, 60_000);

  it('without --crs, warns that the data is read as WGS-84 and names GCJ-02', async () => {
    const run = await covplan([
      'evaluate',
      '--zones',
      join(dir, 'zones.zip'),
      '--facilities',
      join(dir, 'facilities.csv'),
    ]);
    expect(run.stderr).toContain('GCJ-02');
  }, 60_000);

  it('writes the Shapefile export of the same run, with facilities back at their WGS-84 places', async () => {
    const out = join(dir, 'result.zip');
    const run = await covplan([
      'evaluate',
      '--zones',
      join(dir, 'zones.zip'),
      '--facilities',
      join(dir, 'facilities.csv'),
      '--crs',
      'gcj02',
      '--out',
      out,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(out)))).toEqual(
      expect.arrayContaining([
        'zones.shp',
        'zones.dbf',
        'facilities.shp',
        'field_names.csv',
        'metadata.json',
      ]),
    );
    const back = await readLayer('result.zip', new Uint8Array(readFileSync(out)), { layer: 'facilities' });
    const byId = new Map(back.features.features.map((f) => [f.properties?.id, f.geometry]));
    let worstM = 0;
    for (const f of facilities.features) {
      const g = byId.get(f.properties?.id);
      if (g?.type !== 'Point' || f.geometry.type !== 'Point') throw new Error(`missing ${f.properties?.id}`);
      const [x1, y1] = f.geometry.coordinates as [number, number];
      const [x2, y2] = g.coordinates as [number, number];
      worstM = Math.max(worstM, haversineKm(x1, y1, x2, y2) * 1000);
    }
    expect(worstM).toBeLessThan(0.01);
  }, 60_000);
});
