import { useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';

/** What the engine found odd in the data (facilities outside every zone, zones without population…). */
export function DataIssues() {
  const t = useT();
  const evaluation = useAppStore((s) => s.results.evaluation);
  const issues = evaluation?.issues ?? [];
  if (issues.length === 0) return null;
  return (
    <details className="data-issues">
      <summary className="issues-summary">
        {t('dataIssues')} ({issues.length})
      </summary>
      <ul>
        {issues.map((issue, i) => (
          // Issues have no id; their order is stable within one evaluation.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>{t.pick(issue.message)}</li>
        ))}
      </ul>
    </details>
  );
}
