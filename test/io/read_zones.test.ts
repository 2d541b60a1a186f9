import { describe, expect, it } from 'vitest';
import { featuresToZones, formatImportIssue } from '../../src/engine/io/index.ts';
import { collection, expectedJson, readFixture, square } from './helpers.ts';

describe('featuresToZones', () => {
  it('reads zones whose fields are named in Chinese (名称, 统计用区划代码, 城乡, 常住人口)', () => {
    const fc = readFixture('io_zones/in/chinese_fields.geojson');
    const result = featuresToZones(fc, 'chinese_fields.geojson');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.zones.map((z) => z.name)).toEqual(['马街街道', '碧鸡街道', '海口街道', '团结街道']);
    expect(result.zones.map((z) => z.class)).toEqual(['urban', 'rural', 'rural', 'rural']);
    expect(result.zones.map((z) => z.population)).toEqual([12345, 12000, null, 800]);
    expect(result.zones.every((z) => z.level === 'street')).toBe(true);
    expect(result.zones[2]?.code).toBe('530112009000');
    expect(expectedJson('io_zones/out/chinese_fields.json', result)).toEqual(
      JSON.parse(JSON.stringify(result)),
    );
  });

  it('names the zone without population in a warning, and keeps it with population null', () => {
    const result = featuresToZones(readFixture('io_zones/in/chinese_fields.geojson'), 'z.geojson');
    const missing = result.warnings.filter((w) => w.code === 'missing_population');
    expect(missing).toHaveLength(1);
    const [issue] = missing;
    if (!issue) return;
    expect(formatImportIssue(issue, 'en')).toMatch(
      /^z\.geojson, feature index 2 \(海口街道\): has no population/,
    );
    expect(formatImportIssue(issue, 'zh')).toContain('第 3 个要素');
  });

  it('makes a duplicate code unique and says so', () => {
    const result = featuresToZones(readFixture('io_zones/in/chinese_fields.geojson'), 'z.geojson');
    if (!result.ok) throw new Error('expected ok');
    expect(result.zones[0]?.code).toBe('530112001000');
    expect(result.zones[3]?.code).toBe('530112001000-2');
    const dup = result.warnings.find((w) => w.code === 'duplicate_id');
    expect(dup?.featureName).toBe('团结街道');
  });

  it('uses the field names the user maps, and fails naming the field when the file lacks it', () => {
    const fc = collection([square(102.6, 25, 0.01), { NAME_1: 'A镇', POP2020: 5000, KIND: 'rural' }]);
    const mapped = featuresToZones(fc, 'z.geojson', {
      nameField: 'NAME_1',
      populationField: 'POP2020',
      classField: 'KIND',
    });
    if (!mapped.ok) throw new Error(JSON.stringify(mapped.errors));
    expect(mapped.zones[0]).toMatchObject({
      name: 'A镇',
      population: 5000,
      class: 'rural',
      level: 'township',
    });
    const missing = featuresToZones(fc, 'z.geojson', { populationField: 'POP2021' });
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.errors[0]?.message.en).toContain('"POP2021"');
    expect(missing.errors[0]?.message.en).toContain('POP2020');
  });

  it('guesses the level from the name ending and the class from the level, with a warning', () => {
    const fc = collection(
      [square(102.6, 25, 0.01), { name: '前卫街道', population: 1 }],
      [square(102.7, 25, 0.01), { name: '团结乡', population: 1 }],
    );
    const result = featuresToZones(fc, 'z.geojson');
    if (!result.ok) throw new Error('expected ok');
    expect(result.zones.map((z) => [z.level, z.class])).toEqual([
      ['street', 'urban'],
      ['township', 'rural'],
    ]);
    expect(result.warnings.filter((w) => w.code === 'guessed_value')).toHaveLength(2);
  });

  it('does not mutate the FeatureCollection it reads', () => {
    const fc = readFixture('io_zones/in/chinese_fields.geojson');
    const before = JSON.stringify(fc);
    featuresToZones(fc, 'z.geojson');
    expect(JSON.stringify(fc)).toBe(before);
  });
});
