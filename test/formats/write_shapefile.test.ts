import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/turf';
import { strFromU8, unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readLayer, toShapefileZip } from '../../src/engine/formats/index.ts';
import { illustrativeZones } from './fixtures.ts';

const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasGdal) console.warn('ogrinfo not found: Shapefile export checks skipped (install gdal-bin).');

function written(project?: 'gk3'): { path: string; files: string[]; warnings: string[] } {
  const clinic: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          名称: '示意社区卫生服务中心',
          populationCovered: 1234,
          isOpen24h: true,
          note: 'x'.repeat(300),
        },
        geometry: { type: 'Point', coordinates: [102.65, 25.03] },
      },
    ],
  };
  const zones = illustrativeZones();
  const z = toShapefileZip(
    [
      { name: 'zones', features: { ...zones, features: [...zones.features, ...clinic.features] } },
      { name: 'facilities', features: clinic },
    ],
    project ? { project } : {},
  );
  if (!z.ok) throw new Error(z.message.en);
  const path = join(mkdtempSync(join(tmpdir(), 'covplan-shp-')), 'result.zip');
  writeFileSync(path, z.bytes);
  return { path, files: z.files, warnings: z.warnings.map((w) => w.en) };
}

const ogr = (...args: string[]) => spawnSync('ogrinfo', ['-ro', ...args], { encoding: 'utf8' }).stdout;
const asGeoJson = (path: string, layer: string): FeatureCollection =>
  JSON.parse(
    spawnSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', `/vsizip/${path}`, layer], { encoding: 'utf8' })
      .stdout,
  );

describe.skipIf(!hasGdal)('Shapefile export, checked with GDAL', () => {
  it('writes layers GDAL opens with the right counts, geometry types and CGCS2000 .prj', () => {
    const { path, files } = written();
    expect(files).toEqual(
      expect.arrayContaining([
        'zones.shp',
        'zones.dbf',
        'zones.cpg',
        'zones_points.shp',
        'facilities.shp',
        'field_names.csv',
      ]),
    );
    const zones = ogr('-so', `/vsizip/${path}`, 'zones');
    expect(zones).toContain('Geometry: Polygon');
    expect(zones).toContain('Feature Count: 2');
    expect(zones).toContain('China Geodetic Coordinate System 2000');
    expect(ogr('-so', `/vsizip/${path}`, 'zones_points')).toContain('Feature Count: 1');
  });

  it('keeps Chinese text, numbers and booleans, with field names cut to 10 bytes', () => {
    const { path } = written();
    const zones = asGeoJson(path, 'zones');
    expect(zones.features.map((f) => f.properties?.街道名)).toEqual(['示意街道甲', '示意街道乙（涉农）']);
    expect(zones.features.map((f) => f.properties?.常住人)).toEqual([81234, 23456.5]);
    const facility = asGeoJson(path, 'facilities').features[0]?.properties;
    expect(facility?.名称).toBe('示意社区卫生服务中心');
    expect(facility?.population).toBe(1234);
    // dBase logical field: GDAL 3.6 shows it as the text T/F.
    expect(facility?.isOpen24h).toBe('T');
    expect(facility?.note).toBe('x'.repeat(254));
  });

  it('ships a field-name table mapping every short name to its full name', () => {
    const { path } = written();
    const table = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      unzipSync(readFileSync(path))['field_names.csv'],
    );
    expect(table.startsWith('\uFEFFlayer,short_name,full_name')).toBe(true);
    expect(table).toContain('zones,街道名,街道名称');
    expect(table).toContain('facilities,population,populationCovered');
  });

  it('projects to the 3° Gauss-Krüger zone of the centre with areas GDAL measures within 0.5% of Turf', () => {
    const { path } = written('gk3');
    expect(ogr('-so', `/vsizip/${path}`, 'zones')).toContain('Gauss-Kruger CM 102E');
    const sql = ogr(
      '-q',
      `/vsizip/${path}`,
      '-dialect',
      'sqlite',
      '-sql',
      'SELECT ST_Area(geometry) AS m2 FROM zones',
    );
    const gdalM2 = [...sql.matchAll(/m2 \(Real\) = ([\d.]+)/g)].map((m) => Number(m[1]));
    const turfM2 = illustrativeZones().features.map((f) => area(f));
    expect(gdalM2).toHaveLength(2);
    gdalM2.forEach((m2, i) => {
      expect(Math.abs(m2 / (turfM2[i] ?? 1) - 1)).toBeLessThan(0.005);
    });
  });

  it('writes rings GDAL finds valid: the hole stays a hole and both parts of the multipolygon stay', () => {
    const { path } = written();
    const sql = ogr(
      '-q',
      `/vsizip/${path}`,
      '-dialect',
      'sqlite',
      '-sql',
      'SELECT ST_IsValid(geometry) AS v FROM zones',
    );
    expect([...sql.matchAll(/v \(Integer\) = (\d)/g)].map((m) => m[1])).toEqual(['1', '1']);
    const [a, b] = asGeoJson(path, 'zones').features.map((f) => f.geometry);
    expect(a?.type === 'Polygon' && a.coordinates.length).toBe(2);
    expect(b?.type === 'MultiPolygon' && b.coordinates.length).toBe(2);
  });
});

describe('Shapefile export round trip through readLayer', () => {
  it('reads back a Gauss-Krüger export to the original lon/lat within 1e-7°', async () => {
    const z = toShapefileZip([{ name: 'zones', features: illustrativeZones() }], { project: 'gk3' });
    if (!z.ok) throw new Error(z.message.en);
    expect(strFromU8(unzipSync(z.bytes)['zones.prj'] ?? new Uint8Array())).toContain(
      'CGCS2000_3_Degree_GK_CM_102E',
    );
    const r = await readLayer('zones.zip', z.bytes);
    expect(r.detected.crs).toBe('EPSG:4543');
    const g = r.features.features[0]?.geometry;
    const ring = g?.type === 'Polygon' ? (g.coordinates[0] ?? []) : [];
    const xs = ring.map((p) => p[0] as number);
    expect(Math.min(...xs)).toBeCloseTo(102.6, 7);
    expect(Math.max(...xs)).toBeCloseTo(102.7, 7);
    expect(r.features.features[1]?.properties?.街道名).toBe('示意街道乙（涉农）');
  });

  it('refuses to write when there is nothing to write, and leaves lines out with a warning', () => {
    const lines: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [102, 25],
              [103, 25],
            ],
          },
        },
      ],
    };
    const r = toShapefileZip([{ name: 'l', features: lines }]);
    expect(r.ok).toBe(false);
    const mixed = toShapefileZip([
      { name: 'm', features: { ...lines, features: [...lines.features, ...illustrativeZones().features] } },
    ]);
    expect(mixed.ok && mixed.warnings[0]?.en).toContain('1 line');
  });
});
