import type { Rule } from '../../domain/index.ts';
import { documentOf } from '../../store/presets.ts';
import { useT } from '../i18n/use_t.ts';

/** Where a rule comes from: document title, file and lines, with the original Chinese on expand. */
export function RuleSources({ rule }: { rule: Rule }) {
  const t = useT();
  return (
    <ul className="rule-sources">
      {rule.sources.map((s) => {
        const doc = documentOf(s.file);
        return (
          <li key={`${s.file}:${s.lines.join(',')}`}>
            <div className="source-ref">
              {doc && <span className="source-title">{t.pick(doc.title)}</span>} <code>{s.file}</code>{' '}
              {t('line', { lines: s.lines.join(', ') })}
            </div>
            <details>
              <summary>{t('originalQuote')}</summary>
              <blockquote lang="zh-CN">{s.quoteZh}</blockquote>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
