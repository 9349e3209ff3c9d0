import { Link, useLocation } from 'wouter';
import { planItemDoseInWords } from '../../domain/personalization/dose-words';
import type { PlanItem } from '../../domain/personalization/plan';
import { blocksFor, toSessionItem } from '../../domain/session/player';
import { Figure } from '../components/figure';
import { RecheckNotice, useSafetyRecheck } from '../components/safety-recheck';
import { PageTitle } from '../components/page';
import { updateJourney, useJourney } from '../hooks/use-journey';
import { ProgramLink } from './program';
import { LIBRARY as ENGLISH_LIBRARY } from '../../../content/catalog';
import { useCatalog } from '../i18n/catalog';
import { useLocale, useT, useWords } from '../i18n/i18n';

export function PlanPage() {
  const { plan, settings, intake } = useJourney();
  const [, navigate] = useLocation();
  const recheck = useSafetyRecheck();
  const t = useT();
  const words = useWords();
  const locale = useLocale();
  const { LIBRARY } = useCatalog();
  if (recheck === 'loading') return <p aria-live="polite">{t('plan.loading')}</p>;
  if (recheck)
    return (
      <section>
        <PageTitle title={t('plan.title')}>{t('plan.title')}</PageTitle>
        <RecheckNotice reason={recheck} />
      </section>
    );
  if (!plan || plan.status !== 'plan')
    return (
      <section>
        <PageTitle title={t('plan.title')}>{t('plan.title')}</PageTitle>
        <p>
          {t('plan.empty')} <Link href="/start">{t('plan.startCheck')}</Link>.
        </p>
      </section>
    );
  // Names come from the library in the page's language; reasons as the plan was worded.
  const exercise = (id: string) => LIBRARY.exercises.find((e) => e.id === id);
  const [warning, ...notes] = plan.messages;
  return (
    <section>
      <PageTitle title={t('plan.title')}>{t('plan.heading')}</PageTitle>
      <ProgramLink />
      <p className="lead">
        {plan.items.length > 0
          ? t('plan.lead', { count: plan.items.length, minutes: estimateMinutes(plan.items) })
          : t('plan.nothing')}
      </p>
      {(intake?.locale ?? 'en') !== locale && (
        <p className="notice subtle">{t('plan.otherLanguage')}</p>
      )}
      {warning && <p className="notice">{warning}</p>}
      {notes.map((n) => (
        <p key={n} className="notice subtle">
          {n}
        </p>
      ))}
      {plan.items.length > 0 && (
        <>
          <fieldset className="field settings">
            <legend>{t('plan.settings')}</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={settings.spokenCues}
                onChange={(e) =>
                  updateJourney({ settings: { ...settings, spokenCues: e.target.checked } })
                }
              />
              <span>{t('plan.spokenCues')}</span>
            </label>
            <label className="choice">
              <input
                type="checkbox"
                checked={settings.longerHolds}
                onChange={(e) =>
                  updateJourney({ settings: { ...settings, longerHolds: e.target.checked } })
                }
              />
              <span>{t('plan.longerHolds')}</span>
            </label>
          </fieldset>
          <button className="button primary big" type="button" onClick={() => navigate('/session')}>
            {t('plan.start')}
          </button>
          <ol className="plan-list">
            {plan.items.map((item) => (
              <li key={item.exerciseId} className="plan-item">
                <Figure poses={variantPoses(item)} />
                <div>
                  <h2>
                    <Link href={`/exercises/${item.exerciseId}`}>
                      {exercise(item.exerciseId)?.name ?? item.name}
                    </Link>
                  </h2>
                  <p className="variant-name">
                    {exercise(item.exerciseId)?.variants.find((v) => v.id === item.variant)?.name ??
                      item.variantName}
                  </p>
                  <p className="meta">{planItemDoseInWords(item, words)}</p>
                  {item.props.length > 0 && (
                    <p className="meta">
                      {t('dose.use', {
                        props: words.list(
                          item.props.map((p) => t(`plan.prop.${p}`)),
                          'and',
                        ),
                      })}
                    </p>
                  )}
                  <details>
                    <summary>{t('plan.why')}</summary>
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
          <h2 id="left-out">{t('plan.leftOut')}</h2>
          <ul className="excluded">
            {plan.excluded.map((e) => (
              <li key={e.exerciseId}>
                <strong>{exercise(e.exerciseId)?.name ?? e.name}</strong>
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
        <Link href="/start">{t('plan.changeAnswers')}</Link>
      </p>
    </section>
  );
}

export function variantPoses(item: Pick<PlanItem, 'exerciseId' | 'variant'>): string[] {
  // Poses are the same in every language.
  const exercise = ENGLISH_LIBRARY.exercises.find((e) => e.id === item.exerciseId);
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
