import { FACILITY_KINDS, type Facility, type FacilityKind, type Workspace } from '../../domain/index.ts';
import { applyChange, getWorkspace, newId, setView } from '../../store/index.ts';
import { type Lang, translate } from '../i18n/strings.ts';

/** Every facility name in the workspace (baseline and every scenario). */
function allNames(ws: Workspace): Set<string> {
  return new Set([...ws.baseline, ...ws.scenarios.flatMap((s) => s.facilities)].map((f) => f.name));
}

/**
 * The first free default name of a proposed facility of `kind`: "拟建 急救站 1", "拟建 急救站 2"…
 * (English: "Proposed Ambulance station 1").
 */
export function proposedName(ws: Workspace, kind: FacilityKind, lang: Lang): string {
  const names = allNames(ws);
  const label = FACILITY_KINDS[kind].label[lang];
  for (let n = 1; ; n++) {
    const name = translate('proposedName', lang, { kind: label, n });
    if (!names.has(name)) return name;
  }
}

/** Shows a facility in the details panel. */
export function selectFacility(id: string | null): void {
  setView((v) => ({
    selection: id === null ? null : { type: 'facility', id },
    panels: id === null ? v.panels : { ...v.panels, details: true },
  }));
}

/**
 * Places a proposed facility of `kind` at longitude/latitude (degrees) in the active scenario
 * (a new scenario "方案 N" when the baseline is active), selects it and returns it.
 */
export function placeProposal(kind: FacilityKind, lon: number, lat: number, lang: Lang): Facility {
  const facility: Facility = {
    id: `p-${newId().slice(0, 8)}`,
    name: proposedName(getWorkspace(), kind, lang),
    kind,
    status: 'proposed',
    lon,
    lat,
  };
  applyChange({ kind: 'addProposal', facility });
  selectFacility(facility.id);
  return facility;
}

/** A proposed copy of a facility about 500 m east of it, in the active scenario; selected. */
export function duplicateFacility(source: Facility, lang: Lang): void {
  const copy: Facility = {
    ...source,
    id: `p-${newId().slice(0, 8)}`,
    name: `${source.name}${translate('copySuffix', lang)}`,
    status: 'proposed',
    lon: Math.round((source.lon + 0.005) * 1e6) / 1e6,
  };
  applyChange({ kind: 'addProposal', facility: copy });
  selectFacility(copy.id);
}

/** Deletes a facility from the active list (in a scenario a baseline facility is closed there). */
export function deleteFacility(id: string): void {
  applyChange({ kind: 'removeFacility', facilityId: id });
  selectFacility(null);
}
