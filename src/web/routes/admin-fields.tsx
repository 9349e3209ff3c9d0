import { useId, useRef, type InputHTMLAttributes, useLayoutEffect } from 'react';
import { ApiError } from '../api';
import './admin.css';
import { failureWords } from '../messages';

/** Messages per field from a refusal, keyed by the field's path ("openingHours.0.startMinute"). */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const e of error.problem.errors ?? []) out[e.field] ??= e.message;
  return out;
}

/** The problems under one part of a form ("openingHours."), keyed by the rest of the path. */
export function under(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([field]) => field.startsWith(prefix))
      .map(([field, message]) => [field.slice(prefix.length), message]),
  );
}

/** A refusal that names no field we show (the server's own words), or null. */
export function formErrorOf(error: unknown, shown: FieldErrors, fallback: string): string | null {
  if (Object.keys(shown).length > 0) return null;
  return failureWords(error, fallback);
}

/** A field's problem, beside it, naming the field, tied to its input for screen readers. */
export function FieldProblem({
  id,
  label,
  message,
}: {
  id: string;
  label: string;
  message: string;
}) {
  return (
    <span className="field-problem" id={id}>
      {label}: {message}
    </span>
  );
}

/** A labelled input with its hint and (when refused) its problem beside it. */
export function AdminTextField({
  label,
  hint,
  error,
  ...input
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <label className="text-field">
      {label}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && <FieldProblem id={`${id}-error`} label={label} message={error} />}
    </label>
  );
}

/** After a refusal, keyboard focus goes to the first field it names. */
export function useFocusFirstProblem(errors: FieldErrors) {
  const form = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
