import { describe, expect, it } from 'vitest';
import {
  FACILITY_KIND_IDS,
  parseRulePreset,
  parseRules,
  type RulePreset,
  rulePresetJsonSchema,
} from '../../src/domain/index.ts';
import { preset } from './preset_files.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests break the typed preset on purpose
type Loose = any;

const broken = (
  edit: (p: Loose, at: (id: string) => number) => void,
): { json: Loose; at: (id: string) => number } => {
  const json: Loose = structuredClone(preset('default.json'));
  const at = (id: string) => (json.rules as RulePreset['rules']).findIndex((r) => r.id === id);
  edit(json, at);
  return { json, at };
};

const errorsOf = (json: unknown, fileName?: string) => {
  const result = parseRulePreset(json, fileName);
  return result.ok ? [] : result.errors;
};

describe('parseRulePreset rejects a bad rule file with the path of the bad field', () => {
  it('an unknown facility kind, listing the known kinds', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('health_circle')].kinds[1] = 'hospital';
    });
    const [error] = errorsOf(json);
    expect(error?.path).toBe(`rules[${at('health_circle')}].kinds[1]`);
    expect(error?.message).toMatch(/unknown facility kind "hospital"; known kinds: .*township_health_centre/);
  });

  it('a negative radius', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('ems_reach')].thresholds.rural.radiusKm = -20;
    });
    expect(errorsOf(json)).toEqual([
      { path: `rules[${at('ems_reach')}].thresholds.rural.radiusKm`, message: 'expected a positive number' },
    ]);
  });

  it('minutes without a travel assumption', () => {
    const { json, at } = broken((p, at) => {
      delete p.rules[at('health_circle')].thresholds.urban.travel;
    });
    expect(errorsOf(json)).toEqual([
      {
        path: `rules[${at('health_circle')}].thresholds.urban.travel`,
        message: 'required when minutes is set',
      },
    ]);
  });

  it('a duplicate rule id, pointing at the second one', () => {
    let first = -1;
    let second = -1;
    const { json } = broken((p, at) => {
      first = at('health_circle');
      second = at('blood_circle');
      p.rules[second].id = 'health_circle';
    });
    expect(first).toBeLessThan(second);
    expect(errorsOf(json)).toEqual([
      { path: `rules[${second}].id`, message: `duplicate rule id (also rules[${first}])` },
    ]);
  });

  it('a target share above 1', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('ems_reach')].targetShare = 1.5;
    });
    expect(errorsOf(json)).toEqual([
      { path: `rules[${at('ems_reach')}].targetShare`, message: 'expected a share between 0 and 1' },
    ]);
  });

  it('an implausible speed and a detour factor below 1', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('ems_reach')].thresholds.urban.travel.speedKmh = 250;
      p.rules[at('ems_reach')].thresholds.rural.travel.detourFactor = 0.9;
    });
    const i = at('ems_reach');
    expect(errorsOf(json)).toEqual([
      {
        path: `rules[${i}].thresholds.urban.travel.speedKmh`,
        message: 'expected a speed of at most 200 km/h',
      },
      { path: `rules[${i}].thresholds.rural.travel.detourFactor`, message: 'expected a number ≥ 1' },
    ]);
  });

  it('a zero speed', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('blood_circle')].thresholds.urban.travel.speedKmh = 0;
    });
    expect(errorsOf(json)[0]?.path).toBe(`rules[${at('blood_circle')}].thresholds.urban.travel.speedKmh`);
  });

  it('a source with a bad file name, line 0 and an English quote', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('cdc_per_county')].sources[0] = {
        file: 'yuxi.txt',
        lines: [0],
        quoteZh: 'one CDC per county',
      };
    });
    const s = `rules[${at('cdc_per_county')}].sources[0]`;
    expect(errorsOf(json).map((e) => e.path)).toEqual([`${s}.file`, `${s}.lines[0]`, `${s}.quoteZh`]);
  });

  it('a rule without sources', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('beds_per_1000')].sources = [];
    });
    expect(errorsOf(json)).toEqual([
      { path: `rules[${at('beds_per_1000')}].sources`, message: 'expected at least one source' },
    ]);
  });

  it('a source from a document the preset does not list', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('cdc_per_county')].sources[0].file = '003_4c9759b656a45428.txt';
    });
    const [error] = errorsOf(json);
    expect(error?.path).toBe(`rules[${at('cdc_per_county')}].sources[0].file`);
    expect(error?.message).toMatch(/^not among the preset's documents/);
  });

  it('a misspelt field is not silently dropped', () => {
    const { json, at } = broken((p, at) => {
      const t = p.rules[at('ems_reach')].thresholds.urban;
      t.radiuskm = t.radiusKm;
    });
    expect(errorsOf(json)).toEqual([
      { path: `rules[${at('ems_reach')}].thresholds.urban.radiuskm`, message: 'unknown field' },
    ]);
  });

  it('a threshold with neither radius nor minutes', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('ems_reach')].thresholds.rural = { combine: 'both' };
    });
    expect(errorsOf(json)[0]?.path).toBe(`rules[${at('ems_reach')}].thresholds.rural.radiusKm`);
  });

  it('a population band whose minimum exceeds its maximum', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('chc_per_street')].perPopulation = { minResidents: 100000, maxResidents: 30000 };
    });
    expect(errorsOf(json)).toEqual([
      {
        path: `rules[${at('chc_per_street')}].perPopulation.maxResidents`,
        message: 'expected minResidents ≤ maxResidents',
      },
    ]);
  });

  it('an unknown rule type and an unknown ratio attribute', () => {
    const { json, at } = broken((p, at) => {
      p.rules[at('beds_per_1000')].attribute = 'cots';
      p.rules[at('cdc_per_county')].type = 'density';
    });
    const paths = errorsOf(json).map((e) => `${e.path}: ${e.message}`);
    expect(paths).toContain(
      `rules[${at('beds_per_1000')}].attribute: expected one of: beds, doctors, nurses, ambulances`,
    );
    expect(paths.some((p) => p.startsWith(`rules[${at('cdc_per_county')}].type`))).toBe(true);
  });

  it('a preset whose id does not match its file name', () => {
    expect(errorsOf(preset('default.json'), '004_xishan.json')).toEqual([
      { path: 'id', message: 'expected "004_xishan" to match the file name' },
    ]);
  });

  it('something that is not a preset at all', () => {
    expect(errorsOf(null)).toEqual([{ path: '(root)', message: expect.any(String) }]);
  });
});

describe('parseRules', () => {
  it('accepts the rules of a preset and returns equal rules', () => {
    const rules = preset('000_yuxi.json').rules;
    expect(parseRules(rules)).toEqual({ ok: true, rules });
  });

  it('names the bad field under rules[i]', () => {
    const rules: Loose = structuredClone(preset('004_xishan.json').rules);
    rules[0].targetShare = 1.5;
    expect(parseRules(rules)).toEqual({
      ok: false,
      errors: [{ path: 'rules[0].targetShare', message: 'expected a share between 0 and 1' }],
    });
  });

  it('does not modify its input', () => {
    const rules: Loose = structuredClone(preset('default.json').rules);
    rules[0].extra = true;
    const before = structuredClone(rules);
    parseRules(rules);
    parseRulePreset({ id: 'x', title: { zh: '甲', en: 'x' }, documents: [], rules });
    expect(rules).toEqual(before);
  });
});

describe('parseRulePreset on damaged files', () => {
  const base: Loose = preset('default.json');
  const leaves = (o: Loose, path: (string | number)[] = []): (string | number)[][] =>
    o === null || typeof o !== 'object'
      ? [path]
      : Object.keys(o).flatMap((k) => leaves(o[k], [...path, Array.isArray(o) ? Number(k) : k]));

  it('replacing any number with text is rejected at that number, and nothing throws', () => {
    const numeric = leaves(base).filter((path) => {
      let o: Loose = base;
      for (const k of path) o = o[k];
      return typeof o === 'number';
    });
    expect(numeric.length).toBeGreaterThan(50);
    for (const path of numeric) {
      const json: Loose = structuredClone(base);
      let parent: Loose = json;
      for (const k of path.slice(0, -1)) parent = parent[k];
      parent[path.at(-1) as string | number] = 'x';
      const expected = path
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
        .join('')
        .slice(1);
      expect(errorsOf(json).map((e) => e.path)).toEqual([expected]);
    }
  });

  it('deleting a required field of any rule is reported at that field', () => {
    const required = [
      'id',
      'type',
      'title',
      'sources',
      'enabled',
      'kinds',
      'targetShare',
      'zoneLevel',
      'minCount',
    ];
    const ratioRequired = ['attribute', 'perResidents', 'target', 'scope'];
    let checked = 0;
    base.rules.forEach((rule: Loose, i: number) => {
      const keys =
        rule.type === 'ratio' ? [...required.filter((k) => k !== 'kinds'), ...ratioRequired] : required;
      for (const key of keys.filter((k) => k in rule)) {
        const json: Loose = structuredClone(base);
        delete json.rules[i][key];
        expect(errorsOf(json).map((e) => e.path)).toEqual([`rules[${i}].${key}`]);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(80);
  });
});

describe('rulePresetJsonSchema', () => {
  it('describes the preset format for editors, with every facility kind and the required fields', () => {
    const schema = rulePresetJsonSchema();
    const text = JSON.stringify(schema);
    for (const kind of FACILITY_KIND_IDS) expect(text).toContain(`"${kind}"`);
    expect(schema.required).toEqual(['id', 'title', 'documents', 'rules']);
    expect(schema.additionalProperties).toBe(false);
  });
});
