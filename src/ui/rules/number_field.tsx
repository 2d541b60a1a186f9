import { CommittedNumberField } from '../committed_number.tsx';
import { type T, useT } from '../i18n/use_t.ts';

/** What a field accepts; `positive` excludes `min` itself (a radius of 0 km is not a radius). */
export interface NumberRange {
  min?: number;
  positive?: boolean;
  max?: number;
  integer?: boolean;
}

interface Props extends NumberRange {
  label: string;
  /** Full accessible name, when the visible label alone is ambiguous. */
  ariaLabel?: string;
  value: number | undefined;
  /**
   * Called on blur or Enter with a valid number that differs from `value`, or with undefined when
   * an `optional` field is emptied.
   */
  onCommit: (value: number | undefined) => void;
  step?: number;
  optional?: boolean;
  /** Message when the field is emptied but may not be (default: "Enter a number"). */
  requiredText?: string;
}

/** Whether `n` is within `range` (finite, bounds, whole). */
export function inRange(n: number, { min = 0, positive, max, integer }: NumberRange): boolean {
  if (!Number.isFinite(n) || n < min || (positive && n <= min)) return false;
  if (max !== undefined && n > max) return false;
  return !integer || Number.isInteger(n);
}

/** The message of a value out of `range`, e.g. "Enter a number (above 0, at most 200)". */
export function rangeText(t: T, { min = 0, positive, max, integer }: NumberRange): string {
  const parts = [t(positive ? 'rangeAbove' : 'rangeAtLeast', { n: min })];
  if (max !== undefined) parts.push(t('rangeAtMost', { n: max }));
  const kind = t(integer ? 'wholeNumberKind' : 'numberKind');
  return t('numberInvalid', { kind, range: parts.join(t.lang === 'zh' ? '，' : ', ') });
}

/**
 * A labelled number input for rule settings. It commits on blur or Enter (one undo step per edit,
 * not per key); Escape puts the current value back. Invalid input is marked (`aria-invalid` and a
 * message) and not applied.
 */
export function NumberField({
  label,
  ariaLabel,
  value,
  onCommit,
  step = 0.1,
  optional,
  requiredText,
  ...range
}: Props) {
  const t = useT();
  return (
    <CommittedNumberField
      className="field"
      label={label}
      ariaLabel={ariaLabel}
      min={range.min ?? 0}
      max={range.max}
      step={step}
      value={value}
      onCommit={onCommit}
      optional={optional}
      requiredText={requiredText ?? t('numberRequired')}
      check={(n) => (inRange(n, range) ? null : rangeText(t, range))}
    />
  );
}
