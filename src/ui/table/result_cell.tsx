import type { RuleResult } from '../../domain/index.ts';
import { resultValueText, statusText } from '../format.ts';
import { useT } from '../i18n/use_t.ts';

/** A result in a table cell: the value and the status in words (colour is only a hint). */
export function ResultCell({ result }: { result: RuleResult | undefined }) {
  const t = useT();
  const status = result?.status ?? 'na';
  if (status === 'na') {
    return (
      <td className="result-cell status-na" data-status="na">
        <span className="muted">{statusText('na', t.lang)}</span>
      </td>
    );
  }
  return (
    <td className={`result-cell status-${status}`} data-status={status}>
      <span className="value">{resultValueText(result, t.lang)}</span>{' '}
      <span className={`badge status-${status}`}>{statusText(status, t.lang)}</span>
    </td>
  );
}
