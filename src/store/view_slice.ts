import type { Label } from '../domain/index.ts';

export type Lang = keyof Label;

export type BasemapId = 'none' | 'osm' | 'tdt_vec' | 'tdt_img';
export type LevelFilter = 'street' | 'village' | 'all';
export type Selection = { type: 'zone'; code: string } | { type: 'facility'; id: string } | null;

/** What the planner is looking at; not part of the document, not recorded for undo. */
export interface ViewState {
  lang: Lang;
  selectedRuleId: string | null;
  selection: Selection;
  /** Ask the map to fly to a zone or facility; `seq` changes with every request, even for the same target. */
  flyTo: { target: NonNullable<Selection>; seq: number } | null;
  panels: { rules: boolean; details: boolean };
  basemap: BasemapId;
  tiandituKey: string;
  /** True until the demo (or a file) has loaded. */
  loading: boolean;
  loadError: Label | null;
  table: {
    sortKey: string;
    sortDir: 'asc' | 'desc';
    failingOnly: boolean;
    level: LevelFilter;
    expanded: string[];
  };
}

export function initialView(lang: Lang): ViewState {
  return {
    lang,
    selectedRuleId: null,
    selection: null,
    flyTo: null,
    panels: { rules: true, details: true },
    basemap: 'none',
    tiandituKey: '',
    loading: true,
    loadError: null,
    table: { sortKey: 'name', sortDir: 'asc', failingOnly: false, level: 'street', expanded: [] },
  };
}
