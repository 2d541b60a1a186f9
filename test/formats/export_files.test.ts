import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { writeExportFile } from '../../src/cli/export_files.ts';
import type { RulePreset } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import {
  type EvaluationGeoJson,
  evaluationToGeoJson,
  featuresToFacilities,
  featuresToZones,
  parseGeoJson,
} from '../../src/engine/io/index.ts';

const REPO = join(import.meta.dirname, '..', '..');
const hasGdal = spawnSync('ogrinfo', ['--version']).status === 0;

/** The illustrative demo district evaluated with the default preset, exported as GeoJSON. */
function demoExport(): EvaluationGeoJson {
  const load = (rel: string) => {
    const r = parseGeoJson(readFileSync(join(REPO, rel), 'utf8'), rel);
    if (!r.ok) throw new Error(rel);
    return r.collection;
  };
  const zones = featuresToZones(load('geo/xishan_demo_zones.geojson'), 'zones', {});
  const facilities = featuresToFacilities(load('seeds/demo/facilities.geojson'), 'facilities', {});
  if (!zones.ok || !facilities.ok) throw new Error('demo data');
  const preset = JSON.parse(readFileSync(join(REPO, 'seeds/presets/default.json'), 'utf8')) as RulePreset;
  const evaluation = evaluate(zones.zones, facilities.facilities, preset.rules, { cellSizeM: 250 });
  return evaluationToGeoJson(zones.zones, facilities.facilities, preset.rules, evaluation, {
    generator: 'test',
    statuses: ['existing', 'under_construction', 'planned', 'proposed'],
  });
}

const count = (fc: FeatureCollection, layer: string) =>
  fc.features.filter((f) => f.properties?.layer === layer).length;

describe('exporting an evaluation (covplan --out report.csv | result.zip)', () => {
  const fc = demoExport();
  const dir = mkdtempSync(join(tmpdir(), 'covplan-export-'));

  it('writes the CSV report: UTF-8 with BOM, a header, one row per zone and the whole-area row', () => {
    const path = join(dir, 'report.csv');
    expect(writeExportFile(path, fc, 'zh')).toBeUndefined();
    const zones = fc.features.filter((f) => f.properties.layer === 'zone');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
    expect(text.trimEnd().split('\r\n')).toHaveLength(zones.length + 2);
    expect(text.startsWith('\uFEFFcode,name,')).toBe(true);
    expect(text).toContain('全部区域');
    const first = zones[0]?.properties;
    expect(text).toContain(`${first?.code},${first?.name},`);
  });

  it.skipIf(!hasGdal)(
    'writes a Shapefile zip GDAL opens: zones, facilities and gaps with their counts, in GK 3°',
    () => {
      const path = join(dir, 'result.zip');
      expect(writeExportFile(path, fc, 'en')).toBeUndefined();
      for (const [layer, n] of [
        ['zones', count(fc, 'zone')],
        ['facilities', count(fc, 'facility')],
        ['gaps', count(fc, 'gap')],
      ] as const) {
        const info = spawnSync('ogrinfo', ['-ro', '-so', `/vsizip/${path}`, layer], {
          encoding: 'utf8',
        }).stdout;
        expect(info).toContain(`Feature Count: ${n}`);
        expect(info).toContain('Gauss-Kruger CM 102E');
      }
      const files = unzipSync(readFileSync(path));
      const metadata = JSON.parse(new TextDecoder().decode(files['metadata.json'])) as {
        illustrative: boolean;
      };
      expect(metadata.illustrative).toBe(fc.metadata.illustrative);
      expect(Object.keys(files)).toContain('field_names.csv');
    },
  );
});
