import { create } from 'zustand';
import type { ApplyOptions, DocumentChange } from './changes.ts';
import { type DocumentState, initialDocument, reduceDocument } from './document_slice.ts';
import { initialResults, type ResultsState } from './results_slice.ts';
import { initialRules, type RulesState, reduceRules } from './rules_slice.ts';
import { initialView, type Lang, type ViewState } from './view_slice.ts';

export type { ApplyOptions, DocumentChange } from './changes.ts';
export type { DocumentState } from './document_slice.ts';
export type { ResultsState } from './results_slice.ts';
export { effectiveRules, type RulesState } from './rules_slice.ts';
export type { BasemapId, Lang, LevelFilter, Selection, ViewState } from './view_slice.ts';

/** The whole app state: four slices side by side. */
export interface AppState {
  document: DocumentState;
  rules: RulesState;
  view: ViewState;
  results: ResultsState;
}

/** The one zustand store. Components read with selectors: `useAppStore((s) => s.view.lang)`. */
export const useAppStore = create<AppState>(() => ({
  document: initialDocument,
  rules: initialRules,
  view: initialView('zh'),
  results: initialResults,
}));

/** Snapshot of the recorded part of the state: what undo, scenarios and persistence deal with. */
export interface DocumentSnapshot {
  document: DocumentState;
  rules: RulesState;
}

export type ChangeListener = (
  change: DocumentChange,
  before: DocumentSnapshot,
  after: DocumentSnapshot,
  options: ApplyOptions,
) => void;

const listeners = new Set<ChangeListener>();

/** Subscribes to every document change (for history, scenarios, persistence). Returns an unsubscribe. */
export function onDocumentChange(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The single entry point for changing the document (zones, facilities, preset, rule edits).
 * `record: true` marks an undoable step; loads pass `record: false`.
 */
export function applyChange(change: DocumentChange, options: ApplyOptions = { record: true }): void {
  const state = useAppStore.getState();
  const before: DocumentSnapshot = { document: state.document, rules: state.rules };
  const after: DocumentSnapshot = {
    document: reduceDocument(state.document, change),
    rules: reduceRules(state.rules, change),
  };
  if (after.document === before.document && after.rules === before.rules) return;
  useAppStore.setState(after);
  for (const l of listeners) l(change, before, after, options);
}

/** Replaces the document and rules wholesale (for undo/redo and loading a saved scenario). */
export function restoreSnapshot(snapshot: DocumentSnapshot): void {
  useAppStore.setState({ document: snapshot.document, rules: snapshot.rules });
}

/** Updates the view slice (never recorded). */
export function setView(patch: Partial<ViewState> | ((v: ViewState) => Partial<ViewState>)): void {
  useAppStore.setState((s) => ({
    view: { ...s.view, ...(typeof patch === 'function' ? patch(s.view) : patch) },
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
