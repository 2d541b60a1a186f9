import {
  FACILITY_KINDS,
  FACILITY_STATUS_LABELS,
  FACILITY_STATUSES,
  type Facility,
  type FacilityAttribute,
  type FacilityKind,
  findScenario,
} from '../../domain/index.ts';
import { applyChange, facilityOrigin, useAppStore } from '../../store/index.ts';
import type { StringKey } from '../i18n/strings.ts';
import { useT } from '../i18n/use_t.ts';
import { NumberEdit, SelectEdit, TextEdit } from './edit_fields.tsx';
import { deleteFacility, duplicateFacility } from './facility_actions.ts';

const KINDS = Object.keys(FACILITY_KINDS) as FacilityKind[];
const COUNTS: FacilityAttribute[] = ['beds', 'doctors', 'nurses', 'ambulances'];
const ORIGIN_KEYS = {
  baseline: 'originBaseline',
  override: 'originOverride',
  proposal: 'originProposal',
} as const satisfies Record<string, StringKey>;

/** The facility with `patch` applied; keys set to undefined are dropped. */
function patched(f: Facility, patch: Partial<Facility>): Facility {
  const next: Facility = { ...f, ...patch };
  for (const key of Object.keys(next) as (keyof Facility)[]) if (next[key] === undefined) delete next[key];
  return next;
}

/**
 * A facility's attributes as a form: name, kind, status, counts, position and notes; duplicate and
 * delete. Each committed field is one undo step on the active list (baseline or scenario). Text
 * from the data goes through React (escaped), never innerHTML.
 */
export function FacilityDetails({ id }: { id: string }) {
  const t = useT();
  const facility = useAppStore((s) => s.facilities.find((f) => f.id === id));
  const origin = useAppStore((s) => facilityOrigin(s.workspace, id));
  const target = useAppStore((s) =>
    s.workspace.activeScenarioId === null
      ? null
      : findScenario(s.workspace, s.workspace.activeScenarioId)?.name,
  );
  if (!facility) return null;
  const update = (patch: Partial<Facility>) =>
    applyChange({ kind: 'upsertFacility', facility: patched(facility, patch) });
  return (
    <form
      className="facility-details facility-form"
      aria-label={t('editFacility')}
      onSubmit={(e) => e.preventDefault()}
    >
      <p className="details-name">{facility.name}</p>
      <p className="muted">
        <span className={`chip origin-${origin}`}>{t(ORIGIN_KEYS[origin])}</span>
        {facility.illustrative && <span className="tag tag-illustrative">{t('illustrativeTag')}</span>}
      </p>
      <p className="note">{t('editsApplyTo', { target: target ?? t('baselineName') })}</p>
      <TextEdit label={t('facilityName')} value={facility.name} onCommit={(name) => update({ name })} />
      <SelectEdit
        label={t('kind')}
        value={facility.kind}
        options={KINDS.map((k) => ({ value: k, label: t.pick(FACILITY_KINDS[k].label) }))}
        onChange={(kind) => update({ kind })}
      />
      <SelectEdit
        label={t('statusLabel')}
        value={facility.status}
        options={FACILITY_STATUSES.map((s) => ({ value: s, label: t.pick(FACILITY_STATUS_LABELS[s]) }))}
        onChange={(status) => update({ status })}
      />
      <div className="edit-grid">
        {COUNTS.map((key) => (
          <NumberEdit
            key={key}
            label={t(key)}
            value={facility[key]}
            min={0}
            integer
            optional
            onCommit={(v) => update({ [key]: v })}
          />
        ))}
        <NumberEdit
          label={t('longitude')}
          value={facility.lon}
          min={-180}
          max={180}
          onCommit={(lon) => lon !== undefined && update({ lon })}
        />
        <NumberEdit
          label={t('latitude')}
          value={facility.lat}
          min={-90}
          max={90}
          onCommit={(lat) => lat !== undefined && update({ lat })}
        />
      </div>
      <TextEdit
        label={t('address')}
        value={facility.address ?? ''}
        onCommit={(address) => update({ address: address === '' ? undefined : address })}
      />
      <TextEdit
        label={t('notes')}
        value={facility.notes ?? ''}
        multiline
        onCommit={(notes) => update({ notes: notes === '' ? undefined : notes })}
      />
      <div className="form-actions">
        <button type="button" onClick={() => duplicateFacility(facility, t.lang)}>
          {t('duplicateFacility')}
        </button>
        <button type="button" className="danger" onClick={() => deleteFacility(facility.id)}>
          {t(
            origin === 'proposal' || target === null || target === undefined
              ? 'deleteFacility'
              : 'closeFacility',
          )}
        </button>
      </div>
      <p className="note">{t('dragHint')}</p>
    </form>
  );
}
