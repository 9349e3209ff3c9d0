import { useRef, useState, type FormEvent, useLayoutEffect } from 'react';
import type { CheckinReport, CheckinResult } from '../../domain/safety/checkin';
import type { BlockPlace, SessionItem } from '../../domain/session/player';
import { CheckboxGroup, ErrorSummary, PainScale } from '../components/fields';

export type CheckinAnswers = Omit<CheckinReport, 'exerciseId' | 'variant' | 'painBefore'>;

const SIGNS = [
  ['tinglingSpread', 'Tingling spread further down my leg'],
  ['numbnessSpread', 'Numbness spread further down my leg'],
  ['sharpPain', 'I felt a sharp pain'],
  ['lostBalance', 'I felt unsteady or lost my balance'],
] as const;
type Sign = (typeof SIGNS)[number][0];

const VERDICT_TEXT: Record<CheckinResult['action'], { title: string; button: string }> = {
  continue: { title: 'Good: carry on', button: 'Next exercise' },
  modify: { title: "Let's make it gentler", button: 'Try the gentler version' },
  skip: { title: "Let's skip this one today", button: 'Go to the next exercise' },
  stop: { title: "Let's stop here for today", button: 'End the session' },
};

/** B3: after each side and set, ask what happened; the player then does what the rules say. */
export function CheckinForm({
  item,
  place,
  next,
  painBefore,
  verdict,
  replacementName,
  onSubmit,
  onConfirm,
}: {
  item: SessionItem;
  /** The side and set just done. */
  place: BlockPlace | null;
  /** The side or set still to do, if any: "carry on" then leads there. */
  next: BlockPlace | null;
  painBefore: number;
  verdict: CheckinResult | null;
  replacementName: string | undefined;
  onSubmit: (answers: CheckinAnswers) => void;
  onConfirm: () => void;
}) {
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [signs, setSigns] = useState<Sign[]>([]);
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [verdict]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pain === undefined) {
      setMissing(true);
      return;
    }
    onSubmit({
      painAfter: pain,
      tinglingSpread: signs.includes('tinglingSpread'),
      numbnessSpread: signs.includes('numbnessSpread'),
      sharpPain: signs.includes('sharpPain'),
      lostBalance: signs.includes('lostBalance'),
    });
  }

  if (verdict) {
    const text = VERDICT_TEXT[verdict.action];
    return (
      <div
        className={`verdict verdict-${verdict.action}`}
        data-testid="verdict"
        data-action={verdict.action}
      >
        <h2 ref={heading} tabIndex={-1}>
          {text.title}
        </h2>
        <ul>
          {verdict.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {verdict.action === 'modify' && replacementName && <p>Next: {replacementName}.</p>}
        <button type="button" className="button primary big" onClick={onConfirm}>
          {verdict.action === 'continue' && next
            ? next.side !== (place?.side ?? null)
              ? `Go on to the ${next.side} side`
              : `Go on to set ${next.set}`
            : text.button}
        </button>
      </div>
    );
  }

  return (
    <form className="form checkin" onSubmit={submit} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        How did the {item.name.toLowerCase()} feel{place?.side ? ` on your ${place.side} side` : ''}
        {place && place.sets > 1 ? ` (set ${place.set} of ${place.sets})` : ''}?
      </h2>
      <ErrorSummary
        errors={missing ? [{ field: 'painAfter', message: 'How is your leg pain now?' }] : []}
      />
      <PainScale
        name="painAfter"
        legend={`How is your leg pain now? (It was ${painBefore} before.)`}
        value={pain}
        onChange={setPain}
        error={missing && pain === undefined ? 'Please choose a number.' : undefined}
      />
      <CheckboxGroup
        name="signs"
        legend="Did any of these happen?"
        hint="Tick any that apply. Leave them all unticked if none did."
        options={SIGNS.map(([value, label]) => ({ value, label }))}
        value={signs}
        onChange={setSigns}
      />
      <button type="submit" className="button primary big">
        Send my answers
      </button>
    </form>
  );
}
