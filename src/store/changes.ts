import type { Change, Facility, FacilityStatus, Rule, Workspace, Zone, ZonePatch } from '../domain/index.ts';
import { facilityEditChange } from './document_slice.ts';
import { rulesEditChange } from './rules_slice.ts';

/**
 * The planner's edits as the UI (and the import dialog) speaks them. Each is turned into one domain
 * `Change` (src/domain/change.ts) by `editToChange`; only domain changes are applied and recorded.
 * Facility edits act on the active facility list: the baseline, or the active scenario (where an
 * edit of a baseline facility becomes an override and a deletion closes it, see docs/workflow.md).
 */
export type StoreEdit =
  | {
      kind: 'loadData';
      zones: Zone[];
      facilities: Facility[];
      /** True when the data is invented (示意数据). */
      illustrative: boolean;
      sourceName: string;
    }
  /** Replaces the baseline facilities (an import of facilities only). */
  | { kind: 'setFacilities'; facilities: Facility[] }
  /** A new proposal in the active scenario; when the baseline is active a scenario "方案 N" is created and made active. */
  | { kind: 'addProposal'; facility: Facility }
  /** Replaces (or adds) a facility in the active list; in a scenario a baseline facility gets an override. */
  | { kind: 'upsertFacility'; facility: Facility }
  /** Deletes a facility from the active list; in a scenario a baseline facility is closed instead. */
  | { kind: 'removeFacility'; facilityId: string }
  /** Moves a facility to a longitude/latitude in degrees (in a scenario: an override). */
  | { kind: 'moveFacility'; facilityId: string; lon: number; lat: number }
  | { kind: 'updateZone'; code: string; patch: ZonePatch }
  | { kind: 'selectPreset'; presetId: string }
  /** An edited copy of an effective rule: stored as per-field overrides of the preset rule. */
  | { kind: 'updateRule'; rule: Rule }
  | { kind: 'resetRule'; ruleId: string }
  /** Which facility statuses count toward the rules; undefined: all. */
  | { kind: 'setCountedStatuses'; statuses: FacilityStatus[] | undefined };

/** What `applyChange` accepts: a store edit, or a domain change as is (scenarios panel, tests). */
export type StoreChange = StoreEdit | Change;

/** Kept for callers written against the first store: the same as `StoreChange`. */
export type DocumentChange = StoreChange;

export interface ApplyOptions {
  /**
   * true: an undoable step (inside a gesture: part of the gesture's one step).
   * false: applied without an undo step, and the undo history is cleared (loads, opening a file):
   * recorded diffs may no longer fit the document.
   */
  record: boolean;
}

/** Context an edit may need: the interface language (for default names) and fresh ids. */
export interface EditContext {
  lang: 'zh' | 'en';
  newId: () => string;
  now: () => string;
}

/** The domain change an edit stands for, or null when it changes nothing. */
export function editToChange(ws: Workspace, change: StoreChange, ctx: EditContext): Change | null {
  if ('type' in change) return change;
  if (change.kind === 'loadData') {
    const after: Workspace = {
      ...ws,
      zones: change.zones,
      baseline: change.facilities,
      illustrative: change.illustrative,
      sourceName: change.sourceName,
    };
    return { type: 'workspace_replaced', before: ws, after };
  }
  switch (change.kind) {
    case 'selectPreset':
    case 'updateRule':
    case 'resetRule':
    case 'setCountedStatuses':
      return rulesEditChange(ws, change);
    default:
      return facilityEditChange(ws, change, ctx);
  }
}
