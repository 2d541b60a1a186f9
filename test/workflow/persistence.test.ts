import 'fake-indexeddb/auto';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../src/domain/index.ts';
import { createPersistence, type PersistenceError, type StoredRecord } from '../../src/store/persistence.ts';
import { facility, sampleWorkspace, square } from './helpers.ts';

// Unit tests over fake-indexeddb (Node has no IndexedDB); the browser tests use the real one.
let dbSerial = 0;
function freshDb() {
  dbSerial += 1;
  return { dbName: `test-db-${dbSerial}`, storeName: 'workspaces', key: 'workspace:ws-test' };
}
const named = (name: string): Workspace => ({ ...sampleWorkspace(), name });
const HAN = /\p{Script=Han}/u;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createPersistence', () => {
  it('loads nothing from an empty store, then reads back what it saved, with revision, tab and time', async () => {
    const db = freshDb();
    const now = () => new Date('2026-06-01T10:00:00.000Z');
    const a = createPersistence({ ...db, tabId: 'tab-a', now, throttleMs: 10 });
    expect(await a.load()).toEqual({ ok: true, workspace: null, revision: 0 });
    const saved = await a.save(named('保存测试'));
    expect(saved).toEqual({ ok: true, revision: 1, savedAt: '2026-06-01T10:00:00.000Z' });
    const b = createPersistence({ ...db, tabId: 'tab-b' });
    const loaded = await b.load();
    expect(loaded).toMatchObject({
      ok: true,
      revision: 1,
      tabId: 'tab-a',
      savedAt: '2026-06-01T10:00:00.000Z',
    });
    if (!loaded.ok || !loaded.workspace) throw new Error('expected a workspace');
    expect(loaded.workspace).toEqual({ ...named('保存测试'), savedAt: '2026-06-01T10:00:00.000Z' });
  });

  it('coalesces many saves within the throttle window into one write of the latest workspace, without blocking', async () => {
    const db = freshDb();
    const p = createPersistence({ ...db, throttleMs: 80 });
    await p.load();
    const results = Array.from({ length: 20 }, (_, i) => p.save(named(`第 ${i} 次`)));
    const raw = createStore(db.dbName, db.storeName);
    expect(await get(db.key, raw)).toBeUndefined();
    const all = await Promise.all(results);
    expect(new Set(all.map((r) => (r.ok ? r.revision : -1)))).toEqual(new Set([1]));
    const stored = (await get(db.key, raw)) as StoredRecord;
    expect(stored.revision).toBe(1);
    expect((stored.workspace as Workspace).name).toBe('第 19 次');
    const later = await p.save(named('之后'));
    expect(later).toMatchObject({ ok: true, revision: 2 });
  });

  it('flush writes the queued save at once', async () => {
    const db = freshDb();
    const p = createPersistence({ ...db, throttleMs: 60_000 });
    await p.load();
    const queued = p.save(named('立即'));
    const flushed = await p.flush();
    expect(flushed).toMatchObject({ ok: true, revision: 1 });
    expect(await queued).toEqual(flushed);
    expect(await p.flush()).toBeNull();
  });

  it('migrates an older stored workspace on load', async () => {
    const db = freshDb();
    const v0 = {
      version: 0,
      title: '旧版',
      presetId: 'default',
      zones: [],
      facilities: [facility('f1', 102.6, 25)],
    };
    const old = {
      schemaVersion: 0,
      savedAt: '2025-01-01T00:00:00.000Z',
      revision: 4,
      tabId: 'old',
      workspace: v0,
    };
    await set(db.key, old, createStore(db.dbName, db.storeName));
    const loaded = await createPersistence(db).load();
    expect(loaded).toMatchObject({ ok: true, revision: 4, migratedFrom: 0 });
    if (!loaded.ok || !loaded.workspace) throw new Error('expected a workspace');
    expect(loaded.workspace.name).toBe('旧版');
    expect(loaded.workspace.baseline.map((f) => f.id)).toEqual(['f1']);
  });

  it("refuses to overwrite another tab's save and reports a conflict; reloading theirs lets saving go on", async () => {
    const db = freshDb();
    const a = createPersistence({ ...db, tabId: 'tab-a', throttleMs: 5 });
    const b = createPersistence({ ...db, tabId: 'tab-b', throttleMs: 5 });
    await a.save(named('初始'));
    await Promise.all([a.load(), b.load()]);
    expect(await b.save(named('B 的修改'))).toMatchObject({ ok: true, revision: 2 });
    const errors: PersistenceError[] = [];
    a.onError((e) => errors.push(e));
    const refused = await a.save(named('A 的修改'));
    expect(refused.ok).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'conflict', theirs: { revision: 2, tabId: 'tab-b' } });
    expect(errors[0]?.message.zh).toMatch(HAN);
    const reloaded = await a.load();
    expect(reloaded.ok && reloaded.workspace?.name).toBe('B 的修改');
    expect(await a.save(named('A 在 B 之后'))).toMatchObject({ ok: true, revision: 3 });
  });

  it('"keep mine" overwrites theirs on purpose, and "save as copy" writes a new key but never over an existing one', async () => {
    const db = freshDb();
    const a = createPersistence({ ...db, tabId: 'tab-a', throttleMs: 5 });
    const b = createPersistence({ ...db, tabId: 'tab-b', throttleMs: 5 });
    await Promise.all([a.load(), b.load()]);
    await b.save(named('B'));
    expect((await a.save(named('A'))).ok).toBe(false);
    expect(await a.saveCopy(named('A 副本'), 'workspace:copy')).toMatchObject({ ok: true, revision: 1 });
    expect((await a.saveCopy(named('再次'), 'workspace:copy')).ok).toBe(false);
    expect(await a.forceSave(named('A 强制'))).toMatchObject({ ok: true, revision: 2 });
    const check = createPersistence(db);
    const loaded = await check.load();
    expect(loaded.ok && loaded.workspace?.name).toBe('A 强制');
    expect((await b.save(named('B 又改'))).ok).toBe(false);
  });

  it('a tab that never loaded does not overwrite an existing record', async () => {
    const db = freshDb();
    await createPersistence({ ...db, throttleMs: 1 }).save(named('已有'));
    const result = await createPersistence({ ...db, throttleMs: 1 }).save(named('新'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('conflict');
  });

  it('reports a full disk (QuotaExceededError) at once, in both languages', async () => {
    const db = freshDb();
    const real = createStore(db.dbName, db.storeName);
    const full: UseStore = (mode, callback) =>
      mode === 'readwrite'
        ? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
        : real(mode, callback);
    const p = createPersistence({ ...db, store: full, throttleMs: 1 });
    const errors: PersistenceError[] = [];
    p.onError((e) => errors.push(e));
    await p.load();
    const result = await p.save(named('太大'));
    expect(!result.ok && result.error.kind).toBe('quota');
    expect(errors.map((e) => e.kind)).toEqual(['quota']);
    expect(errors[0]?.message.zh).toContain('存储空间不足');
    expect(errors[0]?.message.en).toContain('full');
  });

  it('reports unavailable storage (no IndexedDB, as in some private modes) instead of throwing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const p = createPersistence({ ...freshDb(), throttleMs: 1 });
    const loaded = await p.load();
    expect(!loaded.ok && loaded.error.kind).toBe('unavailable');
    const saved = await p.save(named('x'));
    expect(!saved.ok && saved.error.kind).toBe('unavailable');
  });

  it('does not overwrite a stored workspace it cannot read', async () => {
    const db = freshDb();
    const raw = createStore(db.dbName, db.storeName);
    const bad = {
      ...named('坏'),
      zones: [
        { code: 'z', name: 'z', level: 'street', class: 'urban', population: -5, geometry: square(0, 0, 1) },
      ],
    };
    await set(db.key, { schemaVersion: 1, savedAt: 't', revision: 3, tabId: 'x', workspace: bad }, raw);
    const p = createPersistence({ ...db, throttleMs: 1 });
    const loaded = await p.load();
    expect(!loaded.ok && loaded.error.kind).toBe('invalid');
    expect(!loaded.ok && loaded.error.errors?.[0]?.path).toBe('zones[0].population');
    expect((await p.save(named('新'))).ok).toBe(false);
    expect(((await get(db.key, raw)) as StoredRecord).revision).toBe(3);
  });
});
