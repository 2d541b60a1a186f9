import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { CommittedNumberField } from '../committed_number.tsx';
import { useT } from '../i18n/use_t.ts';
import { inRange, rangeText } from '../rules/number_field.tsx';

interface TextProps {
  label: string;
  value: string;
  multiline?: boolean;
  /** Called on blur or Enter when the text changed. */
  onCommit: (value: string) => void;
}

/** A labelled text field that commits on blur or Enter (one undo step per edit, not per key). */
export function TextEdit({ label, value, multiline, onCommit }: TextProps) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !multiline) commit();
    if (e.key === 'Escape') setText(value);
  };
  const common = {
    id,
    value: text,
    onBlur: commit,
    onKeyDown: onKey,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
  };
  return (
    <div className="field edit-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}

interface NumberProps {
  label: string;
  value: number | undefined;
  min: number;
  max?: number;
  step?: number;
  /** Empty allowed (commits undefined). */
  optional?: boolean;
  integer?: boolean;
  /** Message for invalid input (default: the accepted range, as the rule fields say it). */
  invalidText?: string;
  onCommit: (value: number | undefined) => void;
}

/**
 * A labelled number field that commits a valid value on blur or Enter (one undo step per edit, not
 * per key); Escape puts the current value back. Invalid input (out of range, not whole, text the
 * browser cannot read as a number, or emptied when required) is marked (`aria-invalid` and a
 * message) and not committed.
 */
export function NumberEdit({
  label,
  value,
  min,
  max,
  step,
  optional,
  integer,
  invalidText,
  onCommit,
}: NumberProps) {
  const t = useT();
  const range = { min, ...(max === undefined ? {} : { max }), ...(integer ? { integer } : {}) };
  return (
    <CommittedNumberField
      className="field edit-field"
      label={label}
      min={min}
      max={max}
      step={step ?? (integer ? 1 : 'any')}
      value={value}
      onCommit={onCommit}
      optional={optional}
      requiredText={t('numberRequired')}
      check={(n) => (inRange(n, range) ? null : (invalidText ?? rangeText(t, range)))}
    />
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A labelled select that commits on change. */
export function SelectEdit<T extends string>({ label, value, options, onChange }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="field edit-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
