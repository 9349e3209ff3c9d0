import { useId, type ReactNode } from 'react';

type Option<T extends string> = { value: T; label: string };

/** A labelled group of inputs with its hint and error tied to it for screen readers. */
function Fieldset({
  name,
  legend,
  hint,
  error,
  className,
  children,
}: {
  name: string;
  legend: ReactNode;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <fieldset
      id={`field-${name}`}
      className={`field ${className ?? ''} ${error ? 'has-error' : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="choices">{children}</div>
    </fieldset>
  );
}

type GroupProps<T extends string> = {
  name: string;
  legend: ReactNode;
  hint?: string;
  options: readonly Option<T>[];
};

/** A required single choice as radio buttons with a visible error. */
export function RadioGroup<T extends string>({
  value,
  onChange,
  error,
  className,
  ...group
}: GroupProps<T> & {
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string | undefined;
  className?: string;
}) {
  return (
    <Fieldset {...group} error={error} className={className}>
      {group.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={group.name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </Fieldset>
  );
}

/** Any number of choices as checkboxes. */
export function CheckboxGroup<T extends string>({
  value,
  onChange,
  ...group
}: GroupProps<T> & { value: readonly T[]; onChange: (value: T[]) => void }) {
  return (
    <Fieldset {...group}>
      {group.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            name={group.name}
            value={option.value}
            checked={value.includes(option.value)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? [...value, option.value]
                  : value.filter((v) => v !== option.value),
              )
            }
          />
          <span>{option.label}</span>
        </label>
      ))}
    </Fieldset>
  );
}

const PAIN_WORDS = [
  'no pain',
  '',
  '',
  'mild',
  '',
  'moderate',
  '',
  'severe',
  '',
  '',
  'worst imaginable',
];
export const PAIN_OPTIONS = Array.from({ length: 11 }, (_, n) => ({
  value: String(n) as `${number}`,
  label: PAIN_WORDS[n] ? `${n} (${PAIN_WORDS[n]})` : String(n),
}));

/** 0–10 pain score (NPRS) as a row of radio buttons that wraps on a phone. */
export function PainScale(props: {
  name: string;
  legend: ReactNode;
  value: number | undefined;
  onChange: (value: number) => void;
  error?: string | undefined;
}) {
  return (
    <RadioGroup
      className="pain-scale"
      name={props.name}
      legend={props.legend}
      hint="0 means no pain, 10 the worst pain you can imagine."
      options={PAIN_OPTIONS}
      value={props.value === undefined ? undefined : (String(props.value) as `${number}`)}
      onChange={(v) => props.onChange(Number(v))}
      error={props.error}
    />
  );
}

export type ErrorItem = { field: string; message: string };

/** Lists what to fix at the top of a form, with links to each field; takes focus when shown. */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2>
        Please answer {errors.length === 1 ? 'this question' : `these ${errors.length} questions`}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#field-${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
