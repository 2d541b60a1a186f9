import { describe, expect, it } from 'vitest';
import defaultJson from '../../seeds/presets/default.json';
import {
  DOCUMENTS,
  loadPresetFromJson,
  loadPresets,
  PRESET_FILES,
  type Rule,
  TRAVEL_DEFAULTS,
} from '../../src/domain/index.ts';
import { readPresetJson } from './preset_files.ts';

const all = readPresetJson();

describe('shipped presets', () => {
  it('every preset in PRESET_FILES validates', () => {
    const { presets, errors } = loadPresets(all);
    expect(errors).toEqual([]);
    expect(presets.map((p) => p.id)).toEqual(PRESET_FILES.map((f) => f.id));
  });

  it('every JSON file in seeds/presets is listed in PRESET_FILES', () => {
    expect(Object.keys(all).sort()).toEqual(PRESET_FILES.map((f) => f.fileName).sort());
  });

  it('the default preset validates when imported as a module, as the UI does', () => {
    const result = loadPresetFromJson(defaultJson, 'default.json');
    expect(result.ok).toBe(true);
  });

  it('a missing preset file is reported by name', () => {
    const { 'default.json': _gone, ...rest } = all;
    const { presets, errors } = loadPresets(rest);
    expect(errors).toEqual([{ fileName: 'default.json', path: '(root)', message: 'preset file missing' }]);
    expect(presets).toHaveLength(PRESET_FILES.length - 1);
  });

  it('each one-document preset lists exactly its own document, as in DOCUMENTS', () => {
    const { presets } = loadPresets(all);
    for (const file of PRESET_FILES.filter((f) => f.id !== 'default')) {
      const p = presets.find((x) => x.id === file.id);
      const docs = file.documents.map((k) => DOCUMENTS[k]);
      expect(p?.documents).toEqual(docs);
    }
  });

  it('a rule id means the same type of rule in every preset', () => {
    const { presets } = loadPresets(all);
    const typeById = new Map<string, Rule['type']>();
    for (const rule of presets.flatMap((p) => p.rules)) {
      const seen = typeById.get(rule.id) ?? rule.type;
      expect(`${rule.id}: ${rule.type}`).toBe(`${rule.id}: ${seen}`);
      typeById.set(rule.id, seen);
    }
  });

  it('every travel assumption in the presets is one of the named defaults', () => {
    const { presets } = loadPresets(all);
    const named = Object.values(TRAVEL_DEFAULTS).map((t) => JSON.stringify(t));
    const used = presets
      .flatMap((p) => p.rules)
      .flatMap((r) => (r.type === 'reach' ? [r.thresholds.urban?.travel, r.thresholds.rural?.travel] : []))
      .filter((t) => t !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const t of used) expect(named).toContain(JSON.stringify(t));
  });

  it('every rule has an English and a Chinese description', () => {
    const { presets } = loadPresets(all);
    for (const rule of presets.flatMap((p) => p.rules)) {
      expect(rule.description?.zh, rule.id).toMatch(/\p{Script=Han}/u);
      expect(rule.description?.en.length, rule.id).toBeGreaterThan(20);
    }
  });
});
