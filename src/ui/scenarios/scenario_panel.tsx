import { useId, useMemo, useState } from 'react';
import {
  type Change,
  createScenario,
  deleteScenario,
  duplicateScenario,
  renameScenario,
  type Scenario,
  setActiveScenario,
} from '../../domain/index.ts';
import { nextScenarioName } from '../../store/index.ts';
import { applyChange, getWorkspace, newId, useWorkspace } from '../../store/workspace_access.ts';
import { useWT, type WT } from '../workspace/workflow_strings.ts';
import { openComparison } from './compare_state.ts';
import '../workspace/workflow.css';

const now = () => new Date().toISOString();

/** What a scenario changes against the baseline: proposals, overrides, closures. */
function scenarioCounts(baseIds: ReadonlySet<string>, s: Scenario) {
  const changed = s.facilities.filter((f) => baseIds.has(f.id)).length;
  return { added: s.facilities.length - changed, changed, closed: s.removedBaselineIds.length };
}

function apply(change: Change | null): void {
  if (change) applyChange(change);
}

/**
 * The baseline and the named scenarios (方案): pick the one shown and edited, create, duplicate,
 * rename, delete (all domain changes, so undo brings them back), and open the comparison.
 */
export function ScenarioPanel() {
  const t = useWT();
  const baseline = useWorkspace((w) => w.baseline);
  const scenarios = useWorkspace((w) => w.scenarios);
  const activeId = useWorkspace((w) => w.activeScenarioId);
  const baseIds = useMemo(() => new Set(baseline.map((f) => f.id)), [baseline]);
  const group = useId();
  const activate = (id: string | null) => apply(setActiveScenario(getWorkspace(), id));
  const create = () => {
    const cur = getWorkspace();
    applyChange(createScenario(cur, { id: newId(), name: nextScenarioName(cur, t.lang), createdAt: now() }));
  };
  return (
    <section className="scenario-panel" aria-label={t('scenarios')}>
      <h3>{t('scenarios')}</h3>
      <ul className="scenario-list" aria-label={t('scenarioList')}>
        <li className={`scenario-item${activeId === null ? ' active' : ''}`}>
          <label>
            <input
              type="radio"
              name={group}
              checked={activeId === null}
              aria-label={t('baseline')}
              onChange={() => activate(null)}
            />
            <span className="scenario-text">
              <span className="scenario-name">{t('baseline')}</span>
              <span className="scenario-note">{t('baselineNote', { count: baseline.length })}</span>
            </span>
          </label>
        </li>
        {scenarios.map((s) => (
          <ScenarioItem
            key={s.id}
            scenario={s}
            active={activeId === s.id}
            counts={scenarioCounts(baseIds, s)}
            group={group}
            t={t}
            onActivate={activate}
          />
        ))}
      </ul>
      <div className="scenario-actions">
        <button type="button" onClick={create}>
          {t('newScenario')}
        </button>
        <button
          type="button"
          disabled={scenarios.length === 0}
          onClick={() => openComparison(getWorkspace())}
        >
          {t('compareOpen')}
        </button>
      </div>
    </section>
  );
}

interface ItemProps {
  scenario: Scenario;
  active: boolean;
  counts: { added: number; changed: number; closed: number };
  group: string;
  t: WT;
  onActivate: (id: string) => void;
}

function ScenarioItem({ scenario: s, active, counts, group, t, onActivate }: ItemProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const noteId = useId();
  const commit = () => {
    const name = (editing ?? '').trim();
    setEditing(null);
    if (name !== '') apply(renameScenario(getWorkspace(), s.id, name));
  };
  if (editing !== null) {
    return (
      <li className="scenario-item">
        <input
          type="text"
          aria-label={t('scenarioName')}
          value={editing}
          // biome-ignore lint/a11y/noAutofocus: the field appears because the planner asked to rename
          autoFocus
          onChange={(e) => setEditing(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setEditing(null);
          }}
        />
        <button type="button" onClick={commit}>
          {t('save')}
        </button>
        <button type="button" onClick={() => setEditing(null)}>
          {t('cancel')}
        </button>
      </li>
    );
  }
  const duplicate = () => {
    const cur = getWorkspace();
    const name = `${s.name}${t('copySuffix')}`;
    applyChange(duplicateScenario(cur, s.id, { id: newId(), name, createdAt: now() }));
  };
  return (
    <li className={`scenario-item${active ? ' active' : ''}`}>
      <label>
        <input
          type="radio"
          name={group}
          checked={active}
          aria-label={s.name}
          aria-describedby={noteId}
          onChange={() => onActivate(s.id)}
        />
        <span className="scenario-text">
          <span className="scenario-name">{s.name}</span>
          <span className="scenario-note" id={noteId}>
            {t('scenarioNote', counts)}
          </span>
        </span>
      </label>
      <span className="icon-row">
        <button
          type="button"
          aria-label={t('renameOf', { name: s.name })}
          title={t('renameScenario')}
          onClick={() => setEditing(s.name)}
        >
          {t('renameShort')}
        </button>
        <button
          type="button"
          aria-label={t('duplicateOf', { name: s.name })}
          title={t('duplicateScenario')}
          onClick={duplicate}
        >
          {t('duplicateShort')}
        </button>
        <button
          type="button"
          aria-label={t('deleteOf', { name: s.name })}
          title={t('deleteScenario')}
          onClick={() => applyChange(deleteScenario(getWorkspace(), s.id))}
        >
          {t('deleteShort')}
        </button>
      </span>
    </li>
  );
}
