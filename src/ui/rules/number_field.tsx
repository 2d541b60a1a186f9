import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  /** Full accessible name, when the visible label alone is ambiguous. */
  ariaLabel?: string;
  value: number | undefined;
  /** Called with a valid number, or undefined when the field is emptied and `optional`. */
  onCommit: (value: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
  optional?: boolean;
}

/** A labelled number input that commits only valid values and marks invalid ones. */
export function NumberField({
  label,
  ariaLabel,
  value,
  onCommit,
  min = 0,
  max,
  step = 0.1,
  optional,
}: Props) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value === undefined ? '' : String(value));
    setInvalid(false);
  }, [value]);

  const change = (raw: string) => {
    setText(raw);
    if (raw.trim() === '') {
      setInvalid(!optional);
      if (optional) onCommit(undefined);
      return;
    }
    const n = Number(raw);
    const ok =
      Number.isFinite(n) && n >= min && (max === undefined || n <= max) && (min > 0 || n > 0 || min === 0);
    setInvalid(!ok);
    if (ok && n !== value) onCommit(n);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        aria-label={ariaLabel}
        aria-invalid={invalid || undefined}
        onChange={(e) => change(e.target.value)}
      />
    </div>
  );
}
