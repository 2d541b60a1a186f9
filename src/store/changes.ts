import type { Facility, FacilityStatus, Rule, Zone } from '../domain/index.ts';

/**
 * Every change to the planner's document (data + rule choices). The only way to change the
 * document is `applyChange(change, { record })`; a history or persistence layer can subscribe
 * with `onDocumentChange` and see each change with the state before and after.
 */
export type DocumentChange =
  | {
      kind: 'loadData';
      zones: Zone[];
      facilities: Facility[];
      /** True when the data is invented (示意数据). */
      illustrative: boolean;
      sourceName: string;
    }
  | { kind: 'setFacilities'; facilities: Facility[] }
  | { kind: 'upsertFacility'; facility: Facility }
  | { kind: 'removeFacility'; facilityId: string }
  | { kind: 'selectPreset'; presetId: string }
  | { kind: 'updateRule'; rule: Rule }
  | { kind: 'resetRule'; ruleId: string }
  /** Which facility statuses count toward the rules (e.g. existing only, or with planned ones). */
  | { kind: 'setCountedStatuses'; statuses: FacilityStatus[] };

export interface ApplyOptions {
  /** Whether the change is an undoable step (false for loads and intermediate drag states). */
  record: boolean;
}
