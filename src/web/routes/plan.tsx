import { Link, useLocation } from 'wouter';
import { LIBRARY } from '../../../content/catalog';
import { planItemDoseInWords } from '../../domain/personalization/dose-words';
import type { PlanItem } from '../../domain/personalization/plan';
import { blocksFor, toSessionItem } from '../../domain/session/player';
import { PROP_NAMES } from '../components/demands';
import { Figure } from '../components/figure';
import { RecheckNotice, useSafetyRecheck } from '../components/safety-recheck';
import { PageTitle } from '../components/page';
import { updateJourney, useJourney } from '../hooks/use-journey';
import { ProgramLink } from './program';

export function PlanPage() {
  const { plan, settings } = useJourney();
  const [, navigate] = useLocation();
  const recheck = useSafetyRecheck();
  if (recheck === 'loading') return <p aria-live="polite">Loading your plan…</p>;
  if (recheck)
    return (
      <section>
        <PageTitle title="Your plan">Your plan</PageTitle>
        <RecheckNotice reason={recheck} />
      </section>
    );
  if (!plan || plan.status !== 'plan')
    return (
      <section>
        <PageTitle title="Your plan">Your plan</PageTitle>
        <p>
          Your routine appears here after the safety check and a few questions.{' '}
          <Link href="/start">Start the safety check</Link>.
        </p>
      </section>
    );
  const [warning, ...notes] = plan.messages;
  return (
    <section>
      <PageTitle title="Your plan">Your stretching plan for today</PageTitle>
      <ProgramLink />
      <p className="lead">
        {plan.items.length > 0
          ? `${plan.items.length} ${plan.items.length === 1 ? 'exercise' : 'exercises'} chosen for how you are today. About ${estimateMinutes(plan.items)} minutes.`
          : 'Nothing in the library suits you today.'}
      </p>
      {warning && <p className="notice">{warning}</p>}
      {notes.map((n) => (
        <p key={n} className="notice subtle">
          {n}
        </p>
      ))}
      {plan.items.length > 0 && (
        <>
          <fieldset className="field settings">
            <legend>Session settings</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={settings.spokenCues}
                onChange={(e) =>
                  updateJourney({ settings: { ...settings, spokenCues: e.target.checked } })
                }
              />
              <span>Speak the cues out loud</span>
            </label>
            <label className="choice">
              <input
                type="checkbox"
                checked={settings.longerHolds}
                onChange={(e) =>
                  updateJourney({ settings: { ...settings, longerHolds: e.target.checked } })
                }
              />
              <span>Use the longer hold time</span>
            </label>
          </fieldset>
          <button className="button primary big" type="button" onClick={() => navigate('/session')}>
            Start the session
          </button>
          <ol className="plan-list">
            {plan.items.map((item) => (
              <li key={item.exerciseId} className="plan-item">
                <Figure poses={variantPoses(item)} />
                <div>
                  <h2>
                    <Link href={`/exercises/${item.exerciseId}`}>{item.name}</Link>
                  </h2>
                  <p className="variant-name">{item.variantName}</p>
                  <p className="meta">{planItemDoseInWords(item)}</p>
                  {item.props.length > 0 && (
                    <p className="meta">Use: {item.props.map((p) => PROP_NAMES[p]).join(', ')}</p>
                  )}
                  <details>
                    <summary>Why this version?</summary>
                    <ul>
                      {item.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </details>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {plan.excluded.length > 0 && (
        <section aria-labelledby="left-out">
          <h2 id="left-out">Left out today</h2>
          <ul className="excluded">
            {plan.excluded.map((e) => (
              <li key={e.exerciseId}>
                <strong>{e.name}</strong>
                <ul>
                  {e.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href="/start">Change my answers</Link>
      </p>
    </section>
  );
}

export function variantPoses(item: Pick<PlanItem, 'exerciseId' | 'variant'>): string[] {
  const exercise = LIBRARY.exercises.find((e) => e.id === item.exerciseId);
  return exercise?.variants.find((v) => v.id === item.variant)?.poses ?? [];
}

/** The player's own timed steps, plus about half a minute for each check-in. */
function estimateMinutes(items: PlanItem[]): number {
  const seconds = items.reduce((sum, item) => {
    const blocks = blocksFor(toSessionItem(item, true));
    return sum + blocks.flat().reduce((s, segment) => s + segment.seconds, 0) + 30 * blocks.length;
  }, 0);
  return Math.max(1, Math.round(seconds / 60));
}
