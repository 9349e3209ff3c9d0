import { useState } from 'react';
import { Link } from 'wouter';
import { localToday, planForMe } from '../api';
import { HabitCheck } from '../components/habit-check';
import { PageTitle } from '../components/page';
import {
  acceptStage,
  declineStage,
  fetchMyStage,
  useMyStage,
  type StageView,
} from '../components/progression-api';
import {
  checklist,
  notes,
  ReasonChecklist,
  ReasonNotes,
  recentStepBack,
  setbacks,
  sinceWords,
  StageHistory,
  StageItems,
  StageStepper,
} from '../components/stage-parts';
import { useAction } from '../hooks/use-action';
import { updateJourney, useJourney } from '../hooks/use-journey';
import { useSession } from '../hooks/use-session';
import type { Intake } from '../../domain/personalization/intake';
import { useLocale, useT } from '../i18n/i18n';
import type { Locale } from '../../domain/i18n/locale';

/** Makes the visit's plan again for the new stage, once more if the first try fails. */
async function replan(intake: Intake, locale: Locale): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const inLanguage = { ...intake, locale };
      updateJourney({ intake: inLanguage, plan: await planForMe(inLanguage) });
      return true;
    } catch {
      // A second try, quietly; the move itself is already made.
    }
  }
  return false;
}

/** The patient's long-term program: the stages, where they are, what unlocks the next and why. */
export function ProgramPage() {
  const { status, me } = useSession();
  const today = localToday();
  const journey = useJourney();
  const [loaded, reload] = useMyStage(today);
  /**
   * After accepting or declining: the stage as it is now and what became of the answer, shown
   * until the page loads again. A refusal's words are the action's message instead.
   */
  const [answered, setAnswered] = useState<{ view: StageView; text: string | null } | null>(null);
  const { busy, run, message } = useAction();
  const t = useT();
  const locale = useLocale();
  if (status === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (me?.user.role !== 'patient')
    return (
      <section>
        <PageTitle title={t('program.title')}>{t('program.title')}</PageTitle>
        {me ? (
          <p>
            {t('program.forPatients')}
            {me.user.role === 'therapist' && (
              <>
                {' '}
                {t('program.therapistsSee')}{' '}
                <Link href="/therapist">{t('program.yourPatients')}</Link>.
              </>
            )}
          </p>
        ) : (
          <p>
            {t('program.intro')} <Link href="/sign-in">{t('progress.signIn')}</Link>{' '}
            {t('summary.or')} <Link href="/sign-up">{t('progress.createAccount')}</Link>{' '}
            {t('program.signInWhy')}
          </p>
        )}
      </section>
    );
  const view = answered?.view ?? (loaded.status === 'done' ? loaded.value : null);

  const answer = (current: StageView, proposalId: string, accept: boolean) =>
    run(async () => {
      let after: StageView;
      try {
        after = accept
          ? await acceptStage(proposalId, today)
          : await declineStage(proposalId, today);
      } catch (e) {
        // The offer may have been withdrawn meanwhile: show where things stand now.
        setAnswered({ view: await fetchMyStage(today).catch(() => current), text: null });
        throw e;
      }
      if (!accept) {
        setAnswered({ view: after, text: t('program.staying') });
        return;
      }
      // The plan kept for this visit was made for the old stage: make it again for the new one.
      const { intake } = journey;
      const plan =
        intake === null ? 'none' : (await replan(intake, locale)) ? 'replanned' : 'unchanged';
      setAnswered({
        view: after,
        text: t('program.movedOn', {
          number: after.stage.number,
          name: after.stage.name,
          plan,
        }),
      });
    })();

  return (
    <section className="program-page">
      <PageTitle title={t('program.title')}>{t('program.title')}</PageTitle>
      {loaded.status === 'failed' && !answered && (
        <p className="error">
          {loaded.message}{' '}
          <button type="button" className="link" onClick={reload}>
            {t('offline.tryAgain')}
          </button>
        </p>
      )}
      {!view && loaded.status !== 'failed' && <p aria-live="polite">{t('program.loading')}</p>}
      {message}
      {answered?.text && (
        <p className="notice" role="status">
          {answered.text}
        </p>
      )}
      {view && (
        <Program
          view={view}
          today={today}
          busy={busy}
          onAnswer={(proposalId, accept) => void answer(view, proposalId, accept)}
        />
      )}
    </section>
  );
}

type OnAnswer = (proposalId: string, accept: boolean) => void;

function Program({
  view,
  today,
  busy,
  onAnswer,
}: {
  view: StageView;
  today: string;
  busy: boolean;
  onAnswer: OnAnswer;
}) {
  const { stage } = view;
  const seekCare = view.decision === 'seek-care';
  const checks = checklist(view.reasons);
  const t = useT();
  return (
    <>
      <p className="lead">
        {t('program.youAreIn')}{' '}
        <strong>{t('program.stageOf', { number: stage.number, name: stage.name })}</strong>
        {sinceWords(view, t)}.
      </p>
      {seekCare && (
        <ReasonNotes reasons={view.reasons} className="notice warn-notice" role="alert">
          <p>
            <Link href="/seek-care">{t('program.whereHelp')}</Link>
          </p>
        </ReasonNotes>
      )}
      <ReasonNotes
        reasons={setbacks(view).length > 0 ? setbacks(view) : recentStepBack(view, today)}
        className="notice setback"
        role="status"
      />
      {view.proposal?.awaiting === 'patient' && (
        <Offer view={view} proposal={view.proposal} busy={busy} onAnswer={onAnswer} />
      )}
      {view.proposal?.awaiting === 'therapist' && (
        <p className="notice" role="status">
          {t('program.awaitingTherapist', { name: view.proposal.toStageName })}
        </p>
      )}
      <h2>{t('program.fourStages')}</h2>
      <StageStepper view={view} />
      {!seekCare && (
        <section aria-labelledby="stage-holds">
          <h2 id="stage-holds">{t('program.holds', { name: stage.name })}</h2>
          <StageItems items={view.items} label={t('program.in', { name: stage.name })} />
          <p>
            <Link href="/plan">{t('program.toPlan')}</Link>
          </p>
          <ReasonNotes reasons={notes(view.reasons)} className="meta" />
          {stage.number === 4 && <HabitCheck date={today} />}
        </section>
      )}
      {/* An open offer already lists every condition, met. */}
      {!seekCare &&
        stage.number < 4 &&
        checks.length > 0 &&
        view.proposal?.awaiting !== 'patient' && (
          <section aria-labelledby="unlocks">
            <h2 id="unlocks">{t('program.unlocks')}</h2>
            <ReasonChecklist reasons={checks} />
          </section>
        )}
      <StageHistory view={view} audience="patient" headingId="moves" />
    </>
  );
}

function Offer({
  view,
  proposal,
  busy,
  onAnswer,
}: {
  view: StageView;
  proposal: NonNullable<StageView['proposal']>;
  busy: boolean;
  onAnswer: OnAnswer;
}) {
  const holding = new Set(view.items.map((i) => i.id));
  const adds = proposal.items.filter((i) => !holding.has(i.id));
  const next = view.stages.find((s) => s.number === proposal.toStage);
  const t = useT();

  return (
    <section className="card offer" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('program.ready', { name: proposal.toStageName })}</h2>
      {next && <p>{next.description}</p>}
      <h3>{t('program.whyNow')}</h3>
      <ReasonChecklist reasons={checklist(proposal.reasons)} />
      {adds.length > 0 && (
        <>
          <h3>{t('program.adds')}</h3>
          <StageItems items={adds} label={t('program.newIn', { name: proposal.toStageName })} />
        </>
      )}
      <p className="meta">{t('program.stayingFine')}</p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => onAnswer(proposal.id, true)}
        >
          {t('program.moveOn', { name: proposal.toStageName })}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onAnswer(proposal.id, false)}
        >
          {t('program.stay')}
        </button>
      </div>
    </section>
  );
}

/** For the plan page: "Your program: stage 2 of 4 — Glide and activate", for signed-in patients. */
export function ProgramLink() {
  const [loaded] = useMyStage(localToday());
  const t = useT();
  if (loaded.status !== 'done') return null;
  const { stage, proposal } = loaded.value;
  return (
    <p className="program-link">
      <Link href="/program">{t('program.link', { number: stage.number, name: stage.name })}</Link>
      {proposal?.awaiting === 'patient' && (
        <span className="badge open"> {t('program.nextReady')}</span>
      )}
    </p>
  );
}
