import {
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { MessageKey } from '../../../content/messages/en';
import { useT, type Translate } from '../i18n/i18n';

type Option<T extends string> = { value: T; label: string };

/** A labelled group of inputs with its hint and error tied to it for screen readers. */
function Fieldset({
  name,
  legend,
  hint,
  error,
  className,
  legendId,
  children,
}: {
  name: string;
  legend: ReactNode;
  legendId?: string;
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
      <legend id={legendId}>{legend}</legend>
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

/**
 * Moves keyboard focus to the first control of the next question in the same form, or to its
 * submit button after the last one, so answering a form is Tab-free once started. Only
 * keyboard presses move focus (a mouse click has a non-zero `detail`), so the page never jumps
 * under a pointer.
 */
function advanceFrom(field: HTMLElement | null) {
  const form = field?.closest('form');
  if (!form || !field) return;
  const fields = [...form.querySelectorAll<HTMLElement>('.field')];
  const next = fields.slice(fields.indexOf(field) + 1)[0];
  const target =
    next?.querySelector<HTMLElement>('button, input, [tabindex="0"]') ??
    form.querySelector<HTMLElement>('button[type=submit]');
  target?.focus();
}

/**
 * A required single choice among a few answers (yes/no, a side) as a row of buttons that Tab
 * reaches and Space or Enter presses; a keyboard answer moves on to the next question.
 */
export function ButtonChoice<T extends string>({
  value,
  onChange,
  error,
  ...group
}: GroupProps<T> & {
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  function choose(option: T, event: MouseEvent<HTMLButtonElement>) {
    const firstAnswer = value === undefined;
    onChange(option);
    if (firstAnswer && event.detail === 0)
      advanceFrom(event.currentTarget.closest<HTMLElement>('.field'));
  }
  return (
    <Fieldset {...group} error={error} className="button-choice">
      {group.options.map((option) => (
        <button
          key={option.value}
          type="button"
          name={group.name}
          value={option.value}
          className="choice"
          aria-pressed={value === option.value}
          onClick={(e) => choose(option.value, e)}
        >
          {option.label}
        </button>
      ))}
    </Fieldset>
  );
}

/**
 * Any number of choices as one list that takes a single Tab stop: arrow keys move between
 * options and Space or Enter ticks one, so an optional question costs one key press to pass.
 */
export function MultiChoice<T extends string>({
  value,
  onChange,
  ...group
}: GroupProps<T> & { value: readonly T[]; onChange: (value: T[]) => void }) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const legendId = useId();
  const toggle = (option: T) =>
    onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    const last = group.options.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowRight: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      ArrowLeft: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      setActive(to);
      list.current?.querySelectorAll<HTMLElement>('[role=option]')[to]?.focus();
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      const option = group.options[index];
      if (option) toggle(option.value);
    }
  }
  return (
    <Fieldset {...group} className="multi-choice" legendId={legendId}>
      <ul
        ref={list}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={legendId}
        data-name={group.name}
        className="choices"
      >
        {group.options.map((option, index) => (
          <li
            key={option.value}
            role="option"
            aria-selected={value.includes(option.value)}
            data-value={option.value}
            tabIndex={index === active ? 0 : -1}
            className="choice"
            onClick={() => {
              setActive(index);
              toggle(option.value);
            }}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <span className="tick" aria-hidden="true" />
            {option.label}
          </li>
        ))}
      </ul>
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

/** The scale's anchors in words, at the scores that have one. */
const PAIN_WORDS: Partial<Record<number, MessageKey>> = {
  0: 'pain.0',
  3: 'pain.3',
  5: 'pain.5',
  7: 'pain.7',
  10: 'pain.10',
};
const painOptions = (t: Translate) =>
  Array.from({ length: 11 }, (_, n) => {
    const word = PAIN_WORDS[n];
    return {
      value: String(n) as `${number}`,
      label: word ? t('pain.scoreWithWord', { score: n, word: t(word) }) : String(n),
    };
  });

/** 0–10 pain score (NPRS) as a row of radio buttons that wraps on a phone. */
export function PainScale(props: {
  name: string;
  legend: ReactNode;
  value: number | undefined;
  onChange: (value: number) => void;
  error?: string | undefined;
}) {
  const t = useT();
  // Typing a digit picks that score, as people say it out loud ("a 5").
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!/^[0-9]$/.test(event.key)) return;
    event.preventDefault();
    props.onChange(Number(event.key));
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${event.key}"]`)?.focus();
  }
  return (
    <div onKeyDown={onKeyDown} role="presentation">
      <RadioGroup
        className="pain-scale"
        name={props.name}
        legend={props.legend}
        hint={t('pain.hint')}
        options={painOptions(t)}
        value={props.value === undefined ? undefined : (String(props.value) as `${number}`)}
        onChange={(v) => props.onChange(Number(v))}
        error={props.error}
      />
    </div>
  );
}

export type ErrorItem = { field: string; message: string };

/** Lists what to fix at the top of a form, with links to each field; takes focus when shown. */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={(el) => el?.focus()}>
      <h2>{t('field.errorSummary', { count: errors.length })}</h2>
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
