import { createStore as createIdbStore, get, set, type UseStore } from 'idb-keyval';
import { create } from 'zustand';
import type { Workspace } from '../domain/index.ts';
import {
  createPersistence,
  type Persistence,
  type PersistenceError,
  type SaveResult,
  type StoredStamp,
} from './persistence.ts';
import { storageError } from './persistence_errors.ts';
import { createTabGuard, type TabGuard } from './tab_guard.ts';
import { getWorkspace, newId, replaceWorkspace, subscribeWorkspace } from './workspace_access.ts';

/** IndexedDB database and object store of the app (the defaults of `createPersistence`). */
export const DB_NAME = 'coverage-planner';
export const STORE_NAME = 'workspaces';
/** Key holding the id of the workspace this browser opened last. */
export const POINTER_KEY = 'current-workspace';
/** Saves within this many milliseconds are written once. */
export const SAVE_THROTTLE_MS = 500;

/** IndexedDB key of a workspace. */
export const workspaceKey = (id: string): string => `workspace:${id}`;

/** What the planner sees of saving: the last save, a storage failure, a conflict with another tab. */
export interface PersistStatus {
  /** `pending`: a change waits for its (throttled) write; `off`: persistence not started. */
  phase: 'off' | 'pending' | 'saved' | 'failed';
  /** ISO time of the last successful write by this tab. */
  savedAt: string | null;
  /** Set when the workspace was restored from this browser on start. */
  restoredAt: string | null;
  /** Storage unavailable, full, unreadable, or an unknown failure; cleared by the next good save. */
  storageError: PersistenceError | null;
  /** Another tab saved this workspace after this tab loaded or saved it: the planner must choose. */
  conflict: StoredStamp | null;
  /** Other tabs that have this workspace open (from the tab guard). */
  otherTabs: number;
}

const initial: PersistStatus = {
  phase: 'off',
  savedAt: null,
  restoredAt: null,
  storageError: null,
  conflict: null,
  otherTabs: 0,
};

/** Save status for the UI: `usePersistStatus((s) => s.conflict)`. */
export const usePersistStatus = create<PersistStatus>(() => initial);

const setStatus = (patch: Partial<PersistStatus>) => usePersistStatus.setState(patch);

interface Runner {
  persistence: Persistence;
  guard: TabGuard;
  id: string;
  stopErrors: () => void;
}

let runner: Runner | null = null;
let pointerStore: UseStore | null = null;
let pointerId: string | null = null;
let muted = false;
let switching: Promise<void> = Promise.resolve();
let throttleMs = SAVE_THROTTLE_MS;
const tabId = newId();

function idbStore(): UseStore {
  pointerStore ??= createIdbStore(DB_NAME, STORE_NAME);
  return pointerStore;
}

async function readPointer(): Promise<string | null> {
  try {
    const id = await get<unknown>(POINTER_KEY, idbStore());
    return typeof id === 'string' && id !== '' ? id : null;
  } catch (e) {
    setStatus({ storageError: storageError(e), phase: 'failed' });
    return null;
  }
}

async function writePointer(id: string): Promise<void> {
  if (pointerId === id) return;
  try {
    await set(POINTER_KEY, id, idbStore());
    pointerId = id;
  } catch (e) {
    setStatus({ storageError: storageError(e), phase: 'failed' });
  }
}

function onError(error: PersistenceError): void {
  if (error.kind === 'conflict') setStatus({ conflict: error.theirs ?? null, phase: 'failed' });
  else setStatus({ storageError: error, phase: 'failed' });
}

function onSaved(r: SaveResult, id: string): void {
  if (!r.ok || runner?.id !== id) return;
  // A good save ends a storage failure; an unreadable stored workspace stays reported.
  const kept = usePersistStatus.getState().storageError;
  setStatus({ phase: 'saved', savedAt: r.savedAt, storageError: kept?.kind === 'invalid' ? kept : null });
  runner.guard.announceSaved(r.revision, r.savedAt);
  void writePointer(id);
}

/** Persistence and tab guard for workspace `id`; `loaded` is one that already read the record. */
async function attach(id: string, loaded?: Persistence): Promise<void> {
  detach();
  const persistence = loaded ?? createPersistence({ key: workspaceKey(id), throttleMs, tabId });
  const stopErrors = persistence.onError(onError);
  // Learn the stored revision (none for a new workspace), so this tab may write over it.
  if (!loaded) await persistence.load();
  const guard = createTabGuard({ workspaceId: id, tabId });
  guard.onEvent((event) => {
    setStatus({ otherTabs: guard.otherTabs.size });
    if (event.type !== 'remote_saved') return;
    if (event.revision > (persistence.revision ?? 0))
      setStatus({ conflict: { revision: event.revision, savedAt: event.savedAt, tabId: event.tabId } });
  });
  runner = { persistence, guard, id, stopErrors };
  setStatus({ otherTabs: 0, conflict: null });
}

function detach(): void {
  if (!runner) return;
  void runner.persistence.flush();
  runner.guard.close();
  runner.stopErrors();
  runner = null;
}

/** Whether anything but the view (map position, shown rule, language) or `savedAt` differs. */
function contentChanged(ws: Workspace, prev: Workspace): boolean {
  const keys = new Set([...Object.keys(ws), ...Object.keys(prev)]) as Set<keyof Workspace>;
  for (const k of keys) if (k !== 'view' && k !== 'savedAt' && ws[k] !== prev[k]) return true;
  return false;
}

function save(ws: Workspace): void {
  const r = runner;
  if (!r) return;
  setStatus({ phase: 'pending' });
  void r.persistence.save(ws).then((result) => onSaved(result, r.id));
}

function onWorkspaceChange(ws: Workspace, prev: Workspace): void {
  if (muted) return;
  if (!runner || ws.id !== runner.id) {
    // Another workspace (a file opened, or undo back to the one before): save under its own key.
    switching = switching.then(async () => {
      await attach(ws.id);
      save(getWorkspace());
    });
    return;
  }
  // View-only changes (the map moved) ride along with the next edit: a tab that is only looked
  // at never writes, so it never makes another tab's next save a conflict.
  if (contentChanged(ws, prev)) save(ws);
}

/** Replace the workspace without saving it again (it came from storage). */
function replaceQuietly(ws: Workspace): void {
  muted = true;
  try {
    replaceWorkspace(ws, { record: false });
  } finally {
    muted = false;
  }
}

export type StartOutcome =
  | { ok: true; restored: boolean }
  | { ok: false; message: { zh: string; en: string } };

/**
 * The start sequence: restore the workspace this browser had open (IndexedDB, migrated and
 * validated), or else run `loadDefault` (the demo); then save every workspace change, throttled,
 * under `workspace:<id>`, with a conflict check against other tabs. Storage failures go to
 * `usePersistStatus` (the banner), never throw: the app then works unsaved, and save-to-file works.
 *
 * @example await startPersistence(() => loadDemo(client, demo));
 */
export async function startPersistence(
  loadDefault: () => Promise<{ ok: true } | { ok: false; message: { zh: string; en: string } }>,
  options: { throttleMs?: number } = {},
): Promise<StartOutcome> {
  throttleMs = options.throttleMs ?? SAVE_THROTTLE_MS;
  let restored: Persistence | undefined;
  const id = await readPointer();
  if (id) {
    const persistence = createPersistence({ key: workspaceKey(id), throttleMs, tabId });
    const loaded = await persistence.load();
    if (loaded.ok && loaded.workspace) {
      replaceQuietly(loaded.workspace);
      pointerId = id;
      restored = persistence;
      setStatus({ restoredAt: loaded.savedAt, savedAt: loaded.savedAt, phase: 'saved' });
    } else if (!loaded.ok) {
      onError(loaded.error);
    }
  }
  if (!restored) {
    const outcome = await loadDefault();
    if (!outcome.ok) return outcome;
  }
  await attach(getWorkspace().id, restored);
  subscribeWorkspace(onWorkspaceChange);
  if (typeof window !== 'undefined') {
    const flush = () => void runner?.persistence.flush();
    window.addEventListener('pagehide', () => {
      flush();
      runner?.guard.close();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  return { ok: true, restored: restored !== undefined };
}

/** "Reload the newer": replace this tab's workspace with what another tab saved (history cleared). */
export async function reloadStored(): Promise<boolean> {
  await switching;
  const r = runner;
  if (!r) return false;
  const loaded = await r.persistence.load();
  if (!loaded.ok || !loaded.workspace) return false;
  replaceQuietly(loaded.workspace);
  setStatus({ conflict: null, phase: 'saved', savedAt: loaded.savedAt });
  return true;
}

/**
 * "Keep this one as a copy": this tab's workspace gets a new id and the name + （副本）/ (copy),
 * is written under its own key (never over another record), and is saved there from now on.
 */
export async function keepAsCopy(lang: 'zh' | 'en'): Promise<boolean> {
  await switching;
  const r = runner;
  if (!r) return false;
  const ws = getWorkspace();
  const id = newId();
  const name = `${ws.name}${lang === 'zh' ? '（副本）' : ' (copy)'}`;
  const copy: Workspace = { ...ws, id, name };
  const saved = await r.persistence.saveCopy(copy, workspaceKey(id));
  if (!saved.ok) return false;
  replaceQuietly(copy);
  // The pointer first: once the conflict banner goes, a reload must open the copy.
  await writePointer(id);
  await attach(id);
  setStatus({ phase: 'saved', savedAt: saved.savedAt, conflict: null });
  return true;
}
