import { create } from 'zustand';
import {
  applyChange as applyDomainChange,
  type Change,
  emptyWorkspace,
  type Facility,
  scenarioFacilities,
  type Workspace,
} from '../domain/index.ts';
import { type ApplyOptions, type EditContext, editToChange, type StoreChange } from './changes.ts';
import { History } from './history.ts';
import { initialResults, type ResultsState } from './results_slice.ts';
import { initialView, type Lang, type ViewState } from './view_slice.ts';

export type { ApplyOptions, DocumentChange, StoreChange, StoreEdit } from './changes.ts';
export { type FacilityOrigin, facilityOrigin, nextScenarioName } from './document_slice.ts';
export { shownIllustrative } from './illustrative.ts';
export type { ResultsState } from './results_slice.ts';
export { countedStatusesOf, effectiveRules } from './rules_slice.ts';
export type { BasemapId, Lang, LevelFilter, Selection, ViewState } from './view_slice.ts';

/** Undo steps kept by the app (the History default is 200). */
export const HISTORY_CAPACITY = 200;

/** Whether undo and redo have something to do, for the buttons. */
export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The whole app state. `workspace` is the planner's document (the only recorded part);
 * `facilities` and `zonesVersion` are derived from it; `view` and `results` are never recorded.
 */
export interface AppState {
  workspace: Workspace;
  /** `scenarioFacilities(workspace, workspace.activeScenarioId)`: what is drawn and evaluated. */
  facilities: Facility[];
  /** Bumped whenever `workspace.zones` is replaced, so the worker knows when to rebuild its model. */
  zonesVersion: number;
  history: HistoryStatus;
  view: ViewState;
  results: ResultsState;
}

/** A fresh unique id (for facilities and scenarios). */
export function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const initialWorkspace = emptyWorkspace({ id: newId(), name: '', presetId: '' });

/** The one zustand store. Components read with selectors: `useAppStore((s) => s.view.lang)`. */
export const useAppStore = create<AppState>(() => ({
  workspace: initialWorkspace,
  facilities: [],
  zonesVersion: 0,
  history: { canUndo: false, canRedo: false },
  view: initialView('zh'),
  results: initialResults,
}));

const history = new History({ capacity: HISTORY_CAPACITY });

function historyStatus(): HistoryStatus {
  return { canUndo: history.canUndo, canRedo: history.canRedo };
}

/** Puts `next` in the store with its derived parts; shares what did not change. */
function commit(next: Workspace): void {
  const s = useAppStore.getState();
  const prev = s.workspace;
  const facilitiesChanged =
    next.baseline !== prev.baseline ||
    next.scenarios !== prev.scenarios ||
    next.activeScenarioId !== prev.activeScenarioId;
  const status = historyStatus();
  useAppStore.setState({
    workspace: next,
    facilities: facilitiesChanged ? scenarioFacilities(next, next.activeScenarioId) : s.facilities,
    zonesVersion: next.zones !== prev.zones ? s.zonesVersion + 1 : s.zonesVersion,
    history:
      status.canUndo === s.history.canUndo && status.canRedo === s.history.canRedo ? s.history : status,
  });
}

function editContext(): EditContext {
  return { lang: useAppStore.getState().view.lang, newId, now: () => new Date().toISOString() };
}

/** The planner's workspace as it is now (the recorded document; view kept up to date, not recorded). */
export function getWorkspace(): Workspace {
  return useAppStore.getState().workspace;
}

/**
 * The single entry point for changing the document. Turns a store edit into a domain `Change`
 * (or takes a domain change as is), applies it with the domain's pure `applyChange` and, with
 * `record: true` (the default), records it as one undoable step (inside a gesture: as part of
 * the gesture's step). `record: false` applies it without a step and clears the history.
 * Returns the domain change applied, or null when nothing changed or the edit did not fit.
 *
 * @example applyChange({ kind: 'moveFacility', facilityId: 'f1', lon: 102.6, lat: 24.9 })
 */
export function applyChange(change: StoreChange, options: ApplyOptions = { record: true }): Change | null {
  const ws = getWorkspace();
  let domainChange: Change | null;
  let next: Workspace;
  try {
    domainChange = editToChange(ws, change, editContext());
    if (!domainChange) return null;
    next = applyDomainChange(ws, domainChange);
  } catch (e) {
    console.warn('change not applied:', e instanceof Error ? e.message : e);
    return null;
  }
  if (options.record) history.record(domainChange);
  else history.clear();
  commit(next);
  return domainChange;
}

/**
 * Replaces the whole workspace (opening a saved workspace or file, restoring from IndexedDB).
 * `record: true` makes it one undoable step; `record: false` clears the history.
 * The rule shown on the map follows the workspace's `view.selectedRuleId` when it names one.
 */
export function replaceWorkspace(ws: Workspace, options: ApplyOptions = { record: false }): void {
  if (options.record) applyChange({ type: 'workspace_replaced', before: getWorkspace(), after: ws });
  else {
    history.clear();
    commit(ws);
  }
  const ruleId = ws.view.selectedRuleId;
  if (ruleId) useAppStore.setState((s) => ({ view: { ...s.view, selectedRuleId: ruleId } }));
}

/**
 * Calls `listener` after every change of the workspace (edits, undo/redo, replacement, view
 * fields kept in it). Returns an unsubscribe. The same as
 * `useAppStore.subscribe((s, prev) => s.workspace !== prev.workspace && …)`.
 */
export function subscribeWorkspace(listener: (ws: Workspace, previous: Workspace) => void): () => void {
  return useAppStore.subscribe((s, prev) => {
    if (s.workspace !== prev.workspace) listener(s.workspace, prev.workspace);
  });
}

function travel(step: (doc: Workspace) => Workspace): boolean {
  const ws = getWorkspace();
  try {
    const next = step(ws);
    commit(next);
    return next !== ws;
  } catch (e) {
    console.warn('history step failed, history cleared:', e instanceof Error ? e.message : e);
    history.clear();
    commit(ws);
    return false;
  }
}

/** Undoes the last recorded step (closing an open gesture first). False when there was none. */
export function undo(): boolean {
  return travel((ws) => history.undo(ws));
}

/** Redoes the last undone step. False when there was none. */
export function redo(): boolean {
  return travel((ws) => history.redo(ws));
}

/** Starts a gesture (a drag): every change recorded until `endGesture` becomes one undo step. */
export function beginGesture(): void {
  history.beginGesture();
}

/** Ends the gesture: its changes, squashed, become one undo step. */
export function endGesture(): void {
  history.endGesture();
  commit(getWorkspace());
}

/** Abandons the gesture (Escape during a drag): the workspace goes back to before it. */
export function cancelGesture(): void {
  travel((ws) => history.cancelGesture(ws));
}

/** Updates the view slice (never recorded). The shown rule and language are kept in `workspace.view`. */
export function setView(patch: Partial<ViewState> | ((v: ViewState) => Partial<ViewState>)): void {
  useAppStore.setState((s) => {
    const view = { ...s.view, ...(typeof patch === 'function' ? patch(s.view) : patch) };
    const wsView = s.workspace.view;
    const selectedRuleId = view.selectedRuleId ?? undefined;
    if (wsView.selectedRuleId === selectedRuleId && wsView.lang === view.lang) return { view };
    const nextView = { ...wsView, lang: view.lang };
    if (selectedRuleId === undefined) delete nextView.selectedRuleId;
    else nextView.selectedRuleId = selectedRuleId;
    return { view, workspace: { ...s.workspace, view: nextView } };
  });
}

/** Records where the map is (centre [lon, lat] in degrees, zoom) in `workspace.view`; not an undo step. */
export function setMapView(center: [number, number], zoom: number): void {
  useAppStore.setState((s) => ({
    workspace: { ...s.workspace, view: { ...s.workspace.view, center, zoom } },
  }));
}

/** Updates the results slice; only the evaluation runner calls this. */
export function setResults(patch: Partial<ResultsState>): void {
  useAppStore.setState((s) => ({ results: { ...s.results, ...patch } }));
}

/** Sets the interface language. */
export function setLang(lang: Lang): void {
  setView({ lang });
}
