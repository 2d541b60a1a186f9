import { createStore, get, type UseStore, update } from 'idb-keyval';
import { parseWorkspace, WORKSPACE_SCHEMA_VERSION, type Workspace } from '../domain/index.ts';
import {
  conflictError,
  invalidError,
  type PersistenceError,
  type StoredStamp,
  storageError,
} from './persistence_errors.ts';

export type { PersistenceError, PersistenceErrorKind, StoredStamp } from './persistence_errors.ts';

/** What IndexedDB holds under the key. `revision` counts saves, across tabs. */
export interface StoredRecord extends StoredStamp {
  schemaVersion: number;
  workspace: unknown;
}

export type LoadResult =
  | {
      ok: true;
      workspace: Workspace;
      revision: number;
      savedAt: string;
      tabId: string;
      migratedFrom?: number;
    }
  | { ok: true; workspace: null; revision: 0 }
  | { ok: false; error: PersistenceError };

export type SaveResult =
  | { ok: true; revision: number; savedAt: string }
  | { ok: false; error: PersistenceError };

export interface PersistenceOptions {
  /** IndexedDB key of this workspace, e.g. `workspace:${id}`. */
  key: string;
  /** Default `coverage-planner`. */
  dbName?: string;
  /** Default `workspaces`. */
  storeName?: string;
  /** Saves within this many milliseconds are written once, with the latest workspace. Default 500. */
  throttleMs?: number;
  /** This tab's id, stored with each save. Default: a random UUID. */
  tabId?: string;
  /** An idb-keyval store to use instead of `createStore(dbName, storeName)` (tests inject failures here). */
  store?: UseStore;
  /** Clock for `savedAt`. */
  now?: () => Date;
}

export interface Persistence {
  /** Read, migrate and validate the stored workspace; remembers its revision for conflict checks. */
  load(): Promise<LoadResult>;
  /** Queue a save; throttled and coalesced. Resolves when the write that includes it is done (or failed). */
  save(workspace: Workspace): Promise<SaveResult>;
  /** Write the queued save now (before unload, before export); null when nothing was queued. */
  flush(): Promise<SaveResult | null>;
  /** "Keep mine": overwrite whatever is stored, taking the next revision after theirs. */
  forceSave(workspace: Workspace): Promise<SaveResult>;
  /** "Keep mine as a copy": write `workspace` under another key, refusing to overwrite an existing record. */
  saveCopy(workspace: Workspace, key: string): Promise<SaveResult>;
  /** Called on every failed load or save (including throttled ones nobody awaits). Returns an unsubscribe. */
  onError(callback: (error: PersistenceError) => void): () => void;
  /** The revision last loaded or written by this tab; undefined before the first load. */
  readonly revision: number | undefined;
  readonly tabId: string;
}

class Conflict extends Error {
  constructor(readonly theirs: StoredStamp) {
    super('conflict');
  }
}

/**
 * Throttled, versioned IndexedDB persistence of one workspace (in the manner of Excalidraw's
 * LocalData). Each write is one atomic read-check-write: when the stored revision is not the one
 * this tab last loaded or wrote, another tab has saved, and the write is refused as a `conflict`
 * instead of overwriting silently. Derived results are never stored: only the Workspace.
 *
 * @example
 * const p = createPersistence({ key: `workspace:${ws.id}` });
 * p.onError((e) => toast(e.message[lang]));
 * const loaded = await p.load();
 * store.subscribe((s) => void p.save(s.workspace));
 */
export function createPersistence(options: PersistenceOptions): Persistence {
  const throttleMs = options.throttleMs ?? 500;
  const tabId = options.tabId ?? globalThis.crypto.randomUUID();
  const now = options.now ?? (() => new Date());
  let lazyStore = options.store;
  const store = (): UseStore => {
    lazyStore ??= createStore(options.dbName ?? 'coverage-planner', options.storeName ?? 'workspaces');
    return lazyStore;
  };
  const listeners = new Set<(e: PersistenceError) => void>();
  let known: number | undefined;
  let pending: Workspace | null = null;
  let waiters: ((r: SaveResult) => void)[] = [];
  let batch: Promise<SaveResult> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<unknown> = Promise.resolve();

  const fail = (error: PersistenceError) => {
    for (const cb of listeners) cb(error);
    return { ok: false as const, error };
  };

  async function write(
    key: string,
    ws: Workspace,
    accept: (old: StoredRecord | undefined) => number,
  ): Promise<SaveResult> {
    const savedAt = now().toISOString();
    let revision = 0;
    try {
      await update<StoredRecord>(
        key,
        (old) => {
          revision = accept(old);
          const workspace = { ...ws, savedAt };
          return { schemaVersion: WORKSPACE_SCHEMA_VERSION, savedAt, revision, tabId, workspace };
        },
        store(),
      );
    } catch (e) {
      return fail(e instanceof Conflict ? conflictError(e.theirs) : storageError(e));
    }
    return { ok: true, revision, savedAt };
  }

  const stamp = (r: StoredRecord): StoredStamp => ({
    revision: r.revision,
    savedAt: r.savedAt,
    tabId: r.tabId,
  });

  async function writePending(): Promise<SaveResult | null> {
    timer = undefined;
    const ws = pending;
    const done = waiters;
    pending = null;
    waiters = [];
    batch = null;
    if (!ws) return null;
    const result = await write(options.key, ws, (old) => {
      if (old && old.revision !== known) throw new Conflict(stamp(old));
      return (old?.revision ?? 0) + 1;
    });
    if (result.ok) known = result.revision;
    for (const resolve of done) resolve(result);
    return result;
  }

  /** Writes run one after another, so a flush never races a timed write. */
  function enqueue(): Promise<SaveResult | null> {
    const next = writing.then(writePending);
    writing = next;
    return next;
  }

  return {
    get revision() {
      return known;
    },
    tabId,
    async load() {
      let record: StoredRecord | undefined;
      try {
        record = await get<StoredRecord>(options.key, store());
      } catch (e) {
        return fail(storageError(e));
      }
      if (!record) {
        known = 0;
        return { ok: true, workspace: null, revision: 0 };
      }
      const parsed = parseWorkspace(record.workspace);
      if (!parsed.ok) return fail(invalidError(parsed.errors));
      known = record.revision;
      const base = { ok: true as const, workspace: parsed.workspace, ...stamp(record) };
      return parsed.migratedFrom === undefined ? base : { ...base, migratedFrom: parsed.migratedFrom };
    },
    save(workspace) {
      pending = workspace;
      batch ??= new Promise<SaveResult>((resolve) => waiters.push(resolve));
      timer ??= setTimeout(() => void enqueue(), throttleMs);
      return batch;
    },
    async flush() {
      if (!pending || !batch) {
        await writing;
        return null;
      }
      const result = batch;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      void enqueue();
      return result;
    },
    async forceSave(workspace) {
      if (timer !== undefined) clearTimeout(timer);
      const done = waiters;
      waiters = [];
      batch = null;
      timer = undefined;
      pending = null;
      const next = writing.then(async () => {
        const r = await write(options.key, workspace, (old) => (old?.revision ?? 0) + 1);
        if (r.ok) known = r.revision;
        return r;
      });
      writing = next;
      const result = await next;
      for (const resolve of done) resolve(result);
      return result;
    },
    saveCopy(workspace, key) {
      return write(key, workspace, (old) => {
        if (old) throw new Conflict(stamp(old));
        return 1;
      });
    },
    onError(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
}
