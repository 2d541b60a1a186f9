import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

interface Options {
  /** The value the document holds; the field shows it again whenever it changes. */
  value: number | undefined;
  /** Called on blur or Enter with a number `check` accepts that differs from `value`, or with undefined when an `optional` field is emptied. */
  onCommit: (value: number | undefined) => void;
  /** The message for a number that may not be applied (NaN for text that is not a number), or null. */
  check: (n: number) => string | null;
  /** Empty allowed (commits undefined); otherwise emptying shows `requiredText`. */
  optional?: boolean | undefined;
  requiredText: string;
}

/**
 * The state of a number input that commits on blur or Enter, not per key (one undo step per edit);
 * Escape puts the held value back. Text the browser cannot read as a number (e.g. "1e"), a number
 * `check` refuses, or an emptied required field is not committed and sets `error`. Spread `input`
 * on the `<input type="number">`.
 */
function useCommittedNumber({ value, onCommit, check, optional, requiredText }: Options) {
  const ref = useRef<HTMLInputElement>(null);
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);

  const commit = () => {
    // "1e" or "-" in a number input reads as '' with badInput: not an empty field.
    if (ref.current?.validity.badInput) {
      setError(check(Number.NaN));
      return;
    }
    const raw = text.trim();
    if (raw === '') {
      setError(optional ? null : requiredText);
      if (optional && value !== undefined) onCommit(undefined);
      return;
    }
    const n = Number(raw);
    const problem = check(n);
    setError(problem);
    if (problem === null && n !== value) onCommit(n);
  };
  const revert = () => {
    setText(shown);
    setError(null);
    // A bad input is not in React's value: put the shown text back on the element itself.
    if (ref.current && ref.current.value !== shown) ref.current.value = shown;
  };
  return {
    error,
    input: {
      ref,
      value: text,
      onChange: (e: ChangeEvent<HTMLInputElement>) => setText(e.target.value),
      onBlur: commit,
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') revert();
      },
    },
  };
}

interface FieldProps extends Options {
  label: string;
  /** Full accessible name, when the visible label alone is ambiguous. */
  ariaLabel?: string | undefined;
  className: string;
  min: number;
  max?: number | undefined;
  step: number | 'any';
}

/**
 * A labelled number field that commits on blur or Enter (one undo step per edit, not per key);
 * Escape puts the current value back. Invalid input is marked (`aria-invalid` and a message) and
 * not committed. The rule fields and the facility and zone forms are this field.
 *
 * @example <CommittedNumberField label="床位" className="field" min={0} step={1} value={beds}
 *   onCommit={setBeds} check={(n) => (n >= 0 ? null : '≥ 0')} requiredText="请输入数字" />
 */
export function CommittedNumberField({
  label,
  ariaLabel,
  className,
  min,
  max,
  step,
  ...options
}: FieldProps) {
  const id = useId();
  const { error, input } = useCommittedNumber(options);
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        {...input}
        min={min}
        max={max}
        step={step}
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
      />
      {error && (
        <span id={`${id}-err`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
