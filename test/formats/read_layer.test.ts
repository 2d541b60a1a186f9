import { describe, expect, it } from 'vitest';
import { readLayer } from '../../src/engine/formats/index.ts';
import { FACILITY_ROWS, KML, utf8, xlsxBytes, zip } from './fixtures.ts';

describe('readLayer on KML, GeoJSON and broken files', () => {
  it('reads KML placemarks with their ExtendedData as raw properties', async () => {
    const r = await readLayer('设施.kml', utf8(KML));
    expect(r.detected).toMatchObject({ format: 'kml', crs: 'wgs84' });
    expect(r.features.features.map((f) => [f.properties?.name, f.geometry.type])).toEqual([
      ['示意急救站', 'Point'],
      ['示意街道', 'Polygon'],
    ]);
    expect(r.features.features[0]?.properties?.类型).toBe('急救站');
  });

  it('reads a KMZ through its doc.kml', async () => {
    const r = await readLayer(
      '设施.kmz',
      zip({ 'doc.kml': utf8(KML), 'files/icon.png': new Uint8Array([1, 2]) }),
    );
    expect(r.detected.format).toBe('kmz');
    expect(r.features.features).toHaveLength(2);
  });

  it('explains broken KML', async () => {
    const r = await readLayer('坏.kml', utf8('<kml><Document><Placemark></Document>'));
    expect(r.ok).toBe(false);
    expect(r.errors?.[0]?.message.zh).toContain('KML 不是有效的 XML');
  });

  it('reads GeoJSON through the shared parser and takes an EPSG code from its crs member', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4543' } },
      features: [
        {
          type: 'Feature',
          properties: { 名称: '甲' },
          geometry: { type: 'Point', coordinates: [570643.303788349, 2770667.75023053] },
        },
      ],
    });
    const r = await readLayer('a.geojson', utf8(text));
    expect(r.detected.crs).toBe('EPSG:4543');
    const g = r.features.features[0]?.geometry;
    expect(g?.type === 'Point' && g.coordinates[0]).toBeCloseTo(102.7, 7);
  });

  it('reads a file by its content when the extension lies, and says so', async () => {
    const r = await readLayer('设施.csv', await xlsxBytes(FACILITY_ROWS));
    expect(r.detected.format).toBe('xlsx');
    expect(r.features.features).toHaveLength(2);
    expect(r.warnings?.[0]?.message.en).toContain('does not match');
  });

  it('gives a clear message for an empty file, an old .xls and a zip with nothing to read', async () => {
    const empty = await readLayer('空.csv', new Uint8Array());
    expect(empty.errors?.[0]?.message).toEqual({
      zh: '文件为空（0 字节）。',
      en: 'the file is empty (0 bytes).',
    });
    const xls = await readLayer(
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    expect(xls.errors?.[0]?.message.zh).toContain('另存为 .xlsx');
    const nothing = await readLayer('x.zip', zip({ 'readme.txt': utf8('hi') }));
    expect(nothing.errors?.[0]?.message.en).toContain('no .shp, .kml or Excel');
  });

  it('treats non-JSON text named .geojson as broken GeoJSON, not as a CSV', async () => {
    const r = await readLayer('zones.geojson', utf8('名称,人口\n马街,1000\n'));
    expect(r.detected.format).toBe('geojson');
    expect(r.errors?.[0]?.message.en).toContain('not valid JSON');
  });

  it('explains invalid JSON with the shared parser message', async () => {
    const r = await readLayer('z.geojson', utf8('{"type": "FeatureCollection", '));
    expect(r.ok).toBe(false);
    expect(r.errors?.[0]?.message.en).toContain('not valid JSON');
  });

  it('reports projected metres without a .prj as an error offering Gauss-Krüger zones', async () => {
    const r = await readLayer('m.csv', utf8('name,x,y\nA,570643.30,2770667.75\n'));
    expect(r.ok).toBe(false);
    expect(r.coordinateIssues?.[0]?.code).toBe('projected_as_degrees');
    expect(r.coordinateIssues?.[0]?.fixes.some((f) => f.kind === 'assume_crs' && f.crs === 'EPSG:4543')).toBe(
      true,
    );
  });

  it('accepts an ArrayBuffer as well as a Uint8Array (what a worker receives)', async () => {
    const r = await readLayer('a.csv', utf8('name,lng,lat\nA,102.7,25.04\n').buffer as ArrayBuffer);
    expect(r.features.features).toHaveLength(1);
  });

  it('does not mutate the input bytes', async () => {
    const bytes = utf8('name,lng,lat\nA,102.7,25.04\n');
    const copy = bytes.slice();
    await readLayer('a.csv', bytes, { crs: 'gcj02' });
    expect(bytes).toEqual(copy);
  });
});
