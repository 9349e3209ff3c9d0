import { useRef, useState, type FormEvent, useLayoutEffect } from 'react';
import type { CheckinReport, CheckinResult } from '../../domain/safety/checkin';
import type { BlockPlace, SessionItem } from '../../domain/session/player';
import { CheckboxGroup, ErrorSummary, PainScale } from '../components/fields';
import { useT } from '../i18n/i18n';

export type CheckinAnswers = Omit<CheckinReport, 'exerciseId' | 'variant' | 'painBefore'>;

const SIGNS = ['tinglingSpread', 'numbnessSpread', 'sharpPain', 'lostBalance'] as const;
type Sign = (typeof SIGNS)[number];

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
  const t = useT();
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
    return (
      <div
        className={`verdict verdict-${verdict.action}`}
        data-testid="verdict"
        data-action={verdict.action}
      >
        <h2 ref={heading} tabIndex={-1}>
          {t(`checkin.${verdict.action}.title`)}
        </h2>
        <ul>
          {verdict.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {verdict.action === 'modify' && replacementName && (
          <p>{t('checkin.nextName', { name: replacementName })}</p>
        )}
        <button type="button" className="button primary big" onClick={onConfirm}>
          {verdict.action === 'continue' && next
            ? next.side !== (place?.side ?? null)
              ? t('checkin.goOnSide', { side: next.side ?? 'other' })
              : t('checkin.goOnSet', { set: next.set })
            : t(`checkin.${verdict.action}.button`)}
        </button>
      </div>
    );
  }

  return (
    <form className="form checkin" onSubmit={submit} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        {t('checkin.question', {
          exercise: item.name.toLowerCase(),
          side: place?.side ?? 'none',
          several: place && place.sets > 1 ? 'yes' : 'no',
          set: place?.set ?? 1,
          sets: place?.sets ?? 1,
        })}
      </h2>
      <ErrorSummary
        errors={missing ? [{ field: 'painAfter', message: t('checkin.painNow') }] : []}
      />
      <PainScale
        name="painAfter"
        legend={t('checkin.painLegend', { before: painBefore })}
        value={pain}
        onChange={setPain}
        error={missing && pain === undefined ? t('checkin.chooseNumber') : undefined}
      />
      <CheckboxGroup
        name="signs"
        legend={t('checkin.signs')}
        hint={t('checkin.signsHint')}
        options={SIGNS.map((value) => ({ value, label: t(`checkin.sign.${value}`) }))}
        value={signs}
        onChange={setSigns}
      />
      <button type="submit" className="button primary big">
        {t('checkin.send')}
      </button>
    </form>
  );
}
