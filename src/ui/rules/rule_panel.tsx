import { applyChange, setView, useAppStore } from '../../store/index.ts';
import { documentOf, findPreset, PRESETS } from '../../store/presets.ts';
import { useRules } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { CountedStatuses } from './counted_statuses.tsx';
import { RuleItem } from './rule_item.tsx';

/** Preset choice and the list of rules. */
export function RulePanel() {
  const t = useT();
  const presetId = useAppStore((s) => s.workspace.rules.presetId);
  const overrides = useAppStore((s) => s.workspace.rules.overrides);
  const selectedRuleId = useAppStore((s) => s.view.selectedRuleId);
  const rules = useRules();
  const preset = findPreset(presetId);

  const choosePreset = (id: string) => {
    applyChange({ kind: 'selectPreset', presetId: id }, { record: true });
    const first = findPreset(id)?.rules.find((r) => r.enabled);
    if (!findPreset(id)?.rules.some((r) => r.id === selectedRuleId))
      setView({ selectedRuleId: first?.id ?? null });
  };

  return (
    <div className="rule-panel">
      <div className="field">
        <label>
          {t('preset')}
          <select value={presetId} aria-label={t('preset')} onChange={(e) => choosePreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {t.pick(p.title)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {preset && (
        <details className="preset-docs">
          <summary>{t('presetDocuments')}</summary>
          <ul>
            {preset.documents.map((d) => (
              <li key={d.file}>
                {t.pick(documentOf(d.file)?.title ?? d.title)} <code>{d.file}</code> ({d.years})
              </li>
            ))}
          </ul>
        </details>
      )}
      <CountedStatuses />
      <ul className="rule-list">
        {rules.map((rule) => (
          <RuleItem
            key={rule.id}
            rule={rule}
            selected={rule.id === selectedRuleId}
            edited={rule.id in overrides}
          />
        ))}
      </ul>
    </div>
  );
}
