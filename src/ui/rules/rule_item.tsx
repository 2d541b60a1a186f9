import type { Rule } from '../../domain/index.ts';
import { AREA_CODE } from '../../domain/index.ts';
import { applyChange, setView, useAppStore } from '../../store/index.ts';
import { findPreset } from '../../store/presets.ts';
import { int, statusText } from '../format.ts';
import { useResultIndex } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { NumberField } from './number_field.tsx';
import { ReachEditor } from './reach_editor.tsx';
import { RuleSources } from './rule_sources.tsx';

interface Props {
  rule: Rule;
  selected: boolean;
  edited: boolean;
}

function RuleEditor({ rule }: { rule: Rule }) {
  const t = useT();
  const title = t.pick(rule.title);
  const presetId = useAppStore((s) => s.workspace.rules.presetId);
  const presetRule = findPreset(presetId)?.rules.find((r) => r.id === rule.id);
  const update = (next: Rule) => applyChange({ kind: 'updateRule', rule: next }, { record: true });
  if (rule.type === 'reach') {
    const preset = presetRule?.type === 'reach' ? presetRule : undefined;
    return <ReachEditor rule={rule} presetRule={preset} onChange={update} />;
  }
  if (rule.type === 'minCount') {
    return (
      <NumberField
        label={t('minCount')}
        ariaLabel={`${title}: ${t('minCount')}`}
        value={rule.minCount}
        step={1}
        positive
        integer
        onCommit={(v) => v !== undefined && update({ ...rule, minCount: v })}
      />
    );
  }
  return (
    <NumberField
      label={t('ratioTarget', { per: int(rule.perResidents, t.lang) })}
      ariaLabel={`${title}: ${t('ratioTarget', { per: int(rule.perResidents, t.lang) })}`}
      value={rule.target}
      step={0.01}
      positive
      onCommit={(v) => v !== undefined && update({ ...rule, target: v })}
    />
  );
}

/** One rule: choose it for the map, switch it on or off, edit thresholds, read its sources. */
export function RuleItem({ rule, selected, edited }: Props) {
  const t = useT();
  const title = t.pick(rule.title);
  const area = useResultIndex().get(rule.id)?.get(AREA_CODE);
  return (
    <li className={`rule-item${selected ? ' selected' : ''}${rule.enabled ? '' : ' disabled'}`}>
      <div className="rule-head">
        <input
          type="checkbox"
          checked={rule.enabled}
          aria-label={t('ruleEnabled', { rule: title })}
          onChange={(e) => applyChange({ kind: 'updateRule', rule: { ...rule, enabled: e.target.checked } })}
        />
        <label className="rule-title">
          <input
            type="radio"
            name="map-rule"
            className="overlay-radio"
            checked={selected}
            disabled={!rule.enabled}
            aria-label={t('ruleSelect', { rule: title })}
            onChange={() => setView({ selectedRuleId: rule.id })}
          />
          <span>{title}</span>
        </label>
        {rule.enabled && area && (
          <span className={`badge status-${area.status}`}>{statusText(area.status, t.lang)}</span>
        )}
      </div>
      <div className="rule-meta">
        {rule.nature && <span className="chip">{t(rule.nature)}</span>}
        {edited && <span className="chip chip-edited">{t('edited')}</span>}
        {selected && <span className="chip chip-selected">{t('ruleShown')}</span>}
      </div>
      <details className="rule-body">
        <summary>{t('ruleSettings')}</summary>
        {rule.description && <p className="rule-description">{t.pick(rule.description)}</p>}
        <RuleEditor rule={rule} />
        {edited && (
          <button
            type="button"
            className="text-button"
            onClick={() => applyChange({ kind: 'resetRule', ruleId: rule.id })}
          >
            {t('resetRule')}
          </button>
        )}
        <RuleSources rule={rule} />
      </details>
    </li>
  );
}
