import { type KeyboardEvent, useEffect, useId, useState } from 'react';

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
  invalidText: string;
  onCommit: (value: number | undefined) => void;
}

/**
 * A labelled number field that commits a valid value on blur or Enter; an invalid one is marked
 * (`aria-invalid`, a message) and not committed.
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
  const id = useId();
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const commit = () => {
    const raw = text.trim();
    if (raw === '') {
      setInvalid(!optional);
      if (optional && value !== undefined) onCommit(undefined);
      return;
    }
    const n = Number(raw);
    const ok =
      Number.isFinite(n) && n >= min && (max === undefined || n <= max) && (!integer || Number.isInteger(n));
    setInvalid(!ok);
    if (ok && n !== value) onCommit(n);
  };
  return (
    <div className="field edit-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-err` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {invalid && (
        <span id={`${id}-err`} className="field-error">
          {invalidText}
        </span>
      )}
    </div>
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
