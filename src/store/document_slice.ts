import type { Facility, Zone } from '../domain/index.ts';
import type { DocumentChange } from './changes.ts';

/** The data the planner works on. Never holds derived coverage results. */
export interface DocumentState {
  zones: Zone[];
  facilities: Facility[];
  illustrative: boolean;
  sourceName: string;
  /** Bumped whenever `zones` is replaced, so the worker knows when to rebuild its model. */
  zonesVersion: number;
}

export const initialDocument: DocumentState = {
  zones: [],
  facilities: [],
  illustrative: false,
  sourceName: '',
  zonesVersion: 0,
};

/** Applies a data change to the document, returning a new state (never mutating). */
export function reduceDocument(state: DocumentState, change: DocumentChange): DocumentState {
  switch (change.kind) {
    case 'loadData':
      return {
        zones: change.zones,
        facilities: change.facilities,
        illustrative: change.illustrative,
        sourceName: change.sourceName,
        zonesVersion: state.zonesVersion + 1,
      };
    case 'setFacilities':
      return { ...state, facilities: change.facilities };
    case 'upsertFacility': {
      const exists = state.facilities.some((f) => f.id === change.facility.id);
      const facilities = exists
        ? state.facilities.map((f) => (f.id === change.facility.id ? change.facility : f))
        : [...state.facilities, change.facility];
      return { ...state, facilities };
    }
    case 'removeFacility':
      return { ...state, facilities: state.facilities.filter((f) => f.id !== change.facilityId) };
    default:
      return state;
  }
}
