import { useId, type InputHTMLAttributes } from 'react';

/** A labelled input with an optional hint, tied together for screen readers. */
export function TextField({
  label,
  hint,
  ...input
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <label className="text-field">
      {label}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input {...input} aria-describedby={hint ? `${id}-hint` : undefined} />
    </label>
  );
}
