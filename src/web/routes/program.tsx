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
import { useT } from '../i18n/i18n';

/** Makes the visit's plan again for the new stage, once more if the first try fails. */
async function replan(intake: Intake): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      updateJourney({ plan: await planForMe(intake) });
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
  if (status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (me?.user.role !== 'patient')
    return (
      <section>
        <PageTitle title="Your program">Your program</PageTitle>
        {me ? (
          <p>
            This page is for patients: it shows where they are in their long-term program.
            {me.user.role === 'therapist' && (
              <>
                {' '}
                You see each patient’s stage on their page under{' '}
                <Link href="/therapist">your patients</Link>.
              </>
            )}
          </p>
        ) : (
          <p>
            Your program takes you from a bad week to staying well, one stage at a time.{' '}
            <Link href="/sign-in">Sign in</Link> or <Link href="/sign-up">create an account</Link>{' '}
            to see where you are.
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
        setAnswered({
          view: after,
          text: 'You are staying in this stage for now. We will ask again in a week if you are still ready.',
        });
        return;
      }
      // The plan kept for this visit was made for the old stage: make it again for the new one.
      const { intake } = journey;
      const planWords =
        intake === null
          ? ''
          : (await replan(intake))
            ? ' Your plan now has its exercises.'
            : ' Today’s plan still shows your earlier exercises: the new ones come the next time you do the safety check.';
      setAnswered({
        view: after,
        text: `You have moved on to stage ${after.stage.number}: “${after.stage.name}”.${planWords}`,
      });
    })();

  return (
    <section className="program-page">
      <PageTitle title="Your program">Your program</PageTitle>
      {loaded.status === 'failed' && !answered && (
        <p className="error">
          {loaded.message}{' '}
          <button type="button" className="link" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {!view && loaded.status !== 'failed' && <p aria-live="polite">Loading your program…</p>}
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
  return (
    <>
      <p className="lead">
        You are in{' '}
        <strong>
          stage {stage.number} of 4: {stage.name}
        </strong>
        {sinceWords(view)}.
      </p>
      {seekCare && (
        <ReasonNotes reasons={view.reasons} className="notice warn-notice" role="alert">
          <p>
            <Link href="/seek-care">Where to get help</Link>
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
          Your therapist has been asked to approve the next stage, “{view.proposal.toStageName}”.
          Until then, keep going with this one.
        </p>
      )}
      <h2>The four stages</h2>
      <StageStepper view={view} />
      {!seekCare && (
        <section aria-labelledby="stage-holds">
          <h2 id="stage-holds">What “{stage.name}” holds for you</h2>
          <StageItems items={view.items} label={`In ${stage.name}`} />
          <p>
            <Link href="/plan">Go to today’s plan</Link>
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
            <h2 id="unlocks">What unlocks the next stage</h2>
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

  return (
    <section className="card offer" aria-labelledby="offer-heading">
      <h2 id="offer-heading">You are ready for “{proposal.toStageName}”</h2>
      {next && <p>{next.description}</p>}
      <h3>Why now</h3>
      <ReasonChecklist reasons={checklist(proposal.reasons)} />
      {adds.length > 0 && (
        <>
          <h3>What it adds</h3>
          <StageItems items={adds} label={`New in ${proposal.toStageName}`} />
        </>
      )}
      <p className="meta">
        Staying is fine too. If you stay, we will ask again in a week if you are still ready.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => onAnswer(proposal.id, true)}
        >
          Move on to “{proposal.toStageName}”
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onAnswer(proposal.id, false)}
        >
          Stay here for now
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
