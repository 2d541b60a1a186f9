import { describe, expect, it } from 'vitest';
import {
  formatWorkspaceFileError,
  WORKSPACE_FILE_FORMAT,
  workspaceFromFile,
  workspaceToFile,
} from '../../src/store/workspace_file.ts';
import { deepFreeze, facility, sampleWorkspace } from './helpers.ts';

const savedAt = '2026-06-02T09:30:00.000Z';

describe('workspace files', () => {
  it('a saved file reads back as the same workspace, with the format marker and version at the top', () => {
    const ws = deepFreeze(sampleWorkspace());
    const text = workspaceToFile(ws, savedAt);
    const json = JSON.parse(text);
    expect(json.format).toBe(WORKSPACE_FILE_FORMAT);
    expect(json.formatVersion).toBe(1);
    expect(text).toContain('\n  "workspace": {');
    expect(workspaceFromFile(text, 'plan.covplan.json')).toEqual({ ok: true, workspace: { ...ws, savedAt } });
  });

  it('writes each zone boundary and population point on one line and still reads back exactly', () => {
    const ws = { ...sampleWorkspace(), populationPoints: [{ lon: 102.61, lat: 25.01, population: 120 }] };
    const text = workspaceToFile(ws, savedAt);
    const geometryLines = text.split('\n').filter((l) => l.includes('"geometry"'));
    expect(geometryLines).toHaveLength(2);
    expect(geometryLines[0]).toContain('"coordinates":[[[102.6,25],');
    expect(text).toContain('\n      {"lon":102.61,"lat":25.01,"population":120}\n');
    expect(workspaceFromFile(text, 'p.json')).toEqual({ ok: true, workspace: { ...ws, savedAt } });
  });

  it('a damaged file gives one error naming the file, and no workspace', () => {
    const text = workspaceToFile(sampleWorkspace(), savedAt).slice(0, 200);
    const result = workspaceFromFile(text, '西山方案.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(formatWorkspaceFileError(result.errors[0] as never, 'zh')).toMatch(
      /^西山方案\.json，\(root\)：文件不是有效的 JSON/,
    );
  });

  it('a JSON file of another kind is refused by its missing format marker', () => {
    const result = workspaceFromFile(
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
      'zones.geojson',
    );
    expect(!result.ok && result.errors[0]).toMatchObject({ file: 'zones.geojson', path: 'format' });
  });

  it('an invalid field is reported with the file name and the path inside the file', () => {
    const ws = sampleWorkspace();
    const bad = { ...ws, baseline: [...ws.baseline, facility('b9', 102.6, 95)] };
    const result = workspaceFromFile(workspaceToFile(bad, savedAt), 'bad.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.file} ${e.path}`)).toEqual(['bad.json workspace.baseline[3].lat']);
    expect(formatWorkspaceFileError(result.errors[0] as never, 'en')).toMatch(
      /^bad\.json, workspace\.baseline\[3\]\.lat: /,
    );
  });

  it('a file holding an older workspace version, saved by Excel-like tools with a BOM, is migrated', () => {
    const v0 = { version: 0, title: '旧文件', presetId: 'default', zones: [], facilities: [] };
    const text = `\uFEFF${JSON.stringify({ format: WORKSPACE_FILE_FORMAT, formatVersion: 0, workspace: v0 })}`;
    const result = workspaceFromFile(text, 'old.json');
    expect(result.ok && result.migratedFrom).toBe(0);
    expect(result.ok && result.workspace.name).toBe('旧文件');
  });
});
