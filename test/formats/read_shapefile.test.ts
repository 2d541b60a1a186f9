import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  crsOf,
  fromWgs84Transform,
  gkEsriWkt,
  gkZoneOfEpsg,
  transformFeatures,
} from '../../src/engine/crs/index.ts';
import { readLayer, toShapefileZip } from '../../src/engine/formats/index.ts';
import { gbkShapefileParts, illustrativeZones, utf8, zip } from './fixtures.ts';

describe('reading Shapefiles', () => {
  it('detects a GBK attribute table without a .cpg and keeps the Chinese names', async () => {
    const r = await readLayer('街道.zip', zip(gbkShapefileParts(false)));
    expect(r.detected).toMatchObject({ format: 'shapefile', encoding: 'gbk' });
    expect(r.features.features.map((f) => f.properties?.街道名称)).toEqual([
      '示意街道甲',
      '示意街道乙（涉农）',
    ]);
    expect(r.columns).toContain('常住人口');
  });

  it('honours a .cpg and reads the loose parts (.shp + .dbf + .cpg) as well as a zip', async () => {
    const parts = gbkShapefileParts(true);
    const r = await readLayer('街道.shp', parts);
    expect(r.detected.encoding).toBe('gbk');
    expect(r.features.features[1]?.properties?.城乡).toBe('农村');
    expect(r.features.features[1]?.properties?.常住人口).toBe(23456.5);
  });

  it('keeps polygons with holes and multipolygons, numbering records from 1', async () => {
    const r = await readLayer('街道.zip', zip(gbkShapefileParts(false)));
    const [a, b] = r.features.features;
    expect(a?.geometry.type).toBe('Polygon');
    expect(a?.geometry.type === 'Polygon' && a.geometry.coordinates.length).toBe(2);
    expect(b?.geometry.type).toBe('MultiPolygon');
    expect([a?.properties?._row, b?.properties?._row]).toEqual([1, 2]);
  });

  it('reprojects by the .prj: a CGCS2000 3° Gauss-Krüger zone comes back as lon/lat within 1e-7°', async () => {
    const zone = gkZoneOfEpsg(4543);
    const crs = crsOf('EPSG:4543');
    const forward = crs && fromWgs84Transform(crs);
    if (!zone || !forward) throw new Error('zone');
    const projected = transformFeatures(illustrativeZones(), forward);
    const z = toShapefileZip([{ name: 'gk', features: projected }]);
    if (!z.ok) throw new Error('writer');
    // Swap the writer's CGCS2000 .prj for the zone's ESRI WKT, as ArcGIS would write it.
    const files: Record<string, Uint8Array> = { ...unzipSync(z.bytes), 'gk.prj': utf8(gkEsriWkt(zone)) };
    const r = await readLayer('gk.zip', zip(files));
    expect(r.detected.crs).toBe('EPSG:4543');
    const ring = r.features.features[0]?.geometry;
    const first = ring?.type === 'Polygon' ? ring.coordinates[0]?.[0] : undefined;
    expect(Math.abs((first?.[0] ?? 0) - 102.6)).toBeLessThan(1e-7);
    expect(Math.abs((first?.[1] ?? 0) - 25.0)).toBeLessThan(1e-7);
  });

  it('keeps a projected .prj over a --crs meant for the other files, and says so', async () => {
    const zone = gkZoneOfEpsg(4543);
    const crs = crsOf('EPSG:4543');
    const forward = crs && fromWgs84Transform(crs);
    if (!zone || !forward) throw new Error('zone');
    const z = toShapefileZip([{ name: 'gk', features: transformFeatures(illustrativeZones(), forward) }]);
    if (!z.ok) throw new Error('writer');
    const files: Record<string, Uint8Array> = { ...unzipSync(z.bytes), 'gk.prj': utf8(gkEsriWkt(zone)) };
    const r = await readLayer('gk.zip', zip(files), { crs: 'gcj02' });
    expect(r.detected.crs).toBe('EPSG:4543');
    expect(r.warnings?.some((w) => w.message.en.includes('read by the .prj'))).toBe(true);
  });

  it('lets an explicit gcj02 override a geographic .prj (AMap data exported with a WGS-84 .prj)', async () => {
    const r = await readLayer('街道.zip', zip(gbkShapefileParts(false)), { crs: 'gcj02' });
    const z = toShapefileZip([{ name: 'w', features: r.features }]);
    if (!z.ok) throw new Error('writer');
    const again = await readLayer('w.zip', z.bytes, { crs: 'gcj02' });
    expect(again.detected.crs).toBe('gcj02');
  });

  it('says what is missing when only a .dbf is given', async () => {
    const parts = gbkShapefileParts(false);
    const dbfOnly = Object.fromEntries(Object.entries(parts).filter(([n]) => n.endsWith('.dbf')));
    dbfOnly['other.txt'] = utf8('x');
    const r = await readLayer('街道.dbf', dbfOnly);
    expect(r.ok).toBe(false);
    expect(r.errors?.[0]?.message.zh).toContain('缺少 .shp');
  });

  it('reports a truncated zip clearly instead of crashing', async () => {
    const bytes = zip(gbkShapefileParts(false));
    const r = await readLayer('街道.zip', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(r.ok).toBe(false);
    expect(r.errors?.[0]?.message.zh).toContain('ZIP 压缩包损坏或不完整');
    expect(r.errors?.[0]?.message.en).toContain('damaged or incomplete');
  });

  it('finds the Gauss-Krüger zone of zone-prefixed eastings when there is no .prj', async () => {
    const crs = crsOf('EPSG:4522');
    const forward = crs && fromWgs84Transform(crs);
    if (!forward) throw new Error('zone');
    const z = toShapefileZip([{ name: 'p', features: transformFeatures(illustrativeZones(), forward) }]);
    if (!z.ok) throw new Error('writer');
    const files = Object.fromEntries(Object.entries(unzipSync(z.bytes)).filter(([n]) => !n.endsWith('.prj')));
    const r = await readLayer('p.zip', zip(files));
    expect(r.detected.crs).toBe('EPSG:4522');
    expect(r.warnings?.some((w) => w.message.en.includes('zone prefix'))).toBe(true);
    expect(r.ok).toBe(true);
  });
});
