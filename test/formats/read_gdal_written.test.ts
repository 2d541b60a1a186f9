import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLayer } from '../../src/engine/formats/index.ts';
import { illustrativeZones } from './fixtures.ts';

const hasGdal = spawnSync('ogr2ogr', ['--version']).status === 0;

/** Shapefile parts written by GDAL's ogr2ogr from the illustrative zones, with extra ogr2ogr arguments. */
function gdalShapefile(args: string[], drop: RegExp = /$^/): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'covplan-gdal-'));
  writeFileSync(join(dir, 'in.geojson'), JSON.stringify(illustrativeZones()));
  const r = spawnSync(
    'ogr2ogr',
    ['-f', 'ESRI Shapefile', join(dir, 'out'), join(dir, 'in.geojson'), '-nln', 'zones', ...args],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const parts: Record<string, Uint8Array> = {};
  for (const name of readdirSync(join(dir, 'out')))
    if (!drop.test(name)) parts[name] = new Uint8Array(readFileSync(join(dir, 'out', name)));
  return parts;
}

const firstVertex = (r: Awaited<ReturnType<typeof readLayer>>) => {
  const g = r.features.features[0]?.geometry;
  return g?.type === 'Polygon' ? (g.coordinates[0] ?? []) : [];
};

describe.skipIf(!hasGdal)('reading Shapefiles written by GDAL (an independent writer)', () => {
  it('reads a GBK (CP936) Shapefile with its .cpg', async () => {
    const r = await readLayer('zones.shp', gdalShapefile(['-lco', 'ENCODING=CP936']));
    expect(r.detected.encoding).toBe('gbk');
    expect(r.features.features.map((f) => f.properties?.街道名称)).toEqual([
      '示意街道甲',
      '示意街道乙（涉农）',
    ]);
  });

  it('reads the same GBK Shapefile without its .cpg, by the DBF language byte or by detection', async () => {
    const r = await readLayer('zones.shp', gdalShapefile(['-lco', 'ENCODING=CP936'], /\.cpg$/));
    expect(r.detected.encoding).toBe('gbk');
    expect(r.features.features[1]?.properties?.城乡).toBe('农村');
  });

  it('reprojects a GDAL export to EPSG:4545 back to the original lon/lat within 1e-7°', async () => {
    const r = await readLayer('zones.shp', gdalShapefile(['-t_srs', 'EPSG:4545']));
    expect(r.detected.crs).toBe('EPSG:4545');
    const ring = firstVertex(r);
    const original = illustrativeZones().features[0]?.geometry;
    const expected = original?.type === 'Polygon' ? (original.coordinates[0] ?? []) : [];
    const xs = ring.map((p) => p[0] as number).sort();
    const ex = expected.map((p) => p[0] as number).sort();
    xs.forEach((x, i) => {
      expect(Math.abs(x - (ex[i] ?? 0))).toBeLessThan(1e-7);
    });
  });

  it('reads a GDAL export in a prefixed 3° zone (EPSG:4522) by its .prj', async () => {
    const r = await readLayer('zones.shp', gdalShapefile(['-t_srs', 'EPSG:4522']));
    expect(r.detected.crs).toBe('EPSG:4522');
    expect(Math.abs((firstVertex(r)[0]?.[0] ?? 0) - 102.65)).toBeLessThan(0.06);
  });
});
