import { useState } from 'react';
import { Link } from 'wouter';
import { localToday, planForMe } from '../api';
import { HabitCheck } from '../components/habit-check';
import { formatDate } from '../components/format';
import { PageTitle } from '../components/page';
import {
  acceptStage,
  declineStage,
  fetchMyStage,
  type StageView,
} from '../components/progression-api';
import {
  checklist,
  movedOn,
  notes,
  ReasonChecklist,
  setbacks,
  StageHistory,
  StageItems,
  StageStepper,
} from '../components/stage-parts';
import { useAsync } from '../hooks/use-async';
import { updateJourney, useJourney } from '../hooks/use-journey';
import { useSession } from '../hooks/use-session';

/** The patient's long-term program: the stages, where they are, what unlocks the next and why. */
export function ProgramPage() {
  const { status, me } = useSession();
  const today = localToday();
  const patient = me?.user.role === 'patient' ? me.user.id : null;
  const [loaded, reload] = useAsync(patient && `stage|${patient}|${today}`, () =>
    fetchMyStage(today),
  );
  /** The answer to accepting or declining, shown until the page loads again. */
  const [answered, setAnswered] = useState<StageView | null>(null);
  /** What became of the answer: a new stage, staying, or why it could not be done. */
  const [flash, setFlash] = useState<{ text: string; failed: boolean } | null>(null);
  if (status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (!patient)
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
  const view = answered ?? (loaded.status === 'done' ? loaded.value : null);
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
      {flash && (
        <p className={flash.failed ? 'error' : 'notice'} role={flash.failed ? 'alert' : 'status'}>
          {flash.text}
        </p>
      )}
      {view && (
        <Program
          view={view}
          today={today}
          onAnswer={(after, text, failed = false) => {
            setAnswered(after);
            setFlash({ text, failed });
          }}
        />
      )}
    </section>
  );
}

type OnAnswer = (view: StageView, text: string, failed?: boolean) => void;

function Program({
  view,
  today,
  onAnswer,
}: {
  view: StageView;
  today: string;
  onAnswer: OnAnswer;
}) {
  const { stage } = view;
  const seekCare = view.decision === 'seek-care';
  const setback = setbacks(view);
  const checks = checklist(view.reasons);
  return (
    <>
      <p className="lead">
        You are in{' '}
        <strong>
          stage {stage.number} of 4: {stage.name}
        </strong>
        {movedOn(view) ? `, since ${formatDate(movedOn(view)!, true)}` : ''}.
      </p>
      {seekCare && (
        <div className="notice warn-notice" role="alert">
          {view.reasons.map((r) => (
            <p key={r.rule}>{r.text}</p>
          ))}
          <p>
            <Link href="/seek-care">Where to get help</Link>
          </p>
        </div>
      )}
      {setback.length > 0 && (
        <div className="notice setback" role="status">
          {setback.map((r) => (
            <p key={r.rule}>{r.text}</p>
          ))}
        </div>
      )}
      {view.proposal?.awaiting === 'patient' && (
        <Offer view={view} proposal={view.proposal} today={today} onAnswer={onAnswer} />
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
          {notes(view.reasons).map((r) => (
            <p key={r.rule} className="meta">
              {r.text}
            </p>
          ))}
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
  today,
  onAnswer,
}: {
  view: StageView;
  proposal: NonNullable<StageView['proposal']>;
  today: string;
  onAnswer: OnAnswer;
}) {
  const journey = useJourney();
  const [busy, setBusy] = useState(false);
  const holding = new Set(view.items.map((i) => i.id));
  const adds = proposal.items.filter((i) => !holding.has(i.id));
  const next = view.stages.find((s) => s.number === proposal.toStage);

  async function answer(accept: boolean) {
    setBusy(true);
    try {
      const after = accept
        ? await acceptStage(proposal.id, today)
        : await declineStage(proposal.id, today);
      // The plan kept for this visit was made for the old stage: make it again for the new one.
      const replanned = accept && journey.intake !== null;
      if (replanned) updateJourney({ plan: await planForMe(journey.intake!) });
      onAnswer(
        after,
        accept
          ? `You have moved on to stage ${after.stage.number}: “${after.stage.name}”.${replanned ? ' Your plan now has its exercises.' : ''}`
          : 'You are staying in this stage for now. We will ask again in a week if you are still ready.',
      );
    } catch (e) {
      const why = e instanceof Error ? e.message : 'Something went wrong. Please try again.';
      // The offer may have been withdrawn meanwhile: show where things stand now.
      const now = await fetchMyStage(today).catch(() => view);
      onAnswer(now, why, true);
    } finally {
      setBusy(false);
    }
  }

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
          onClick={() => void answer(true)}
        >
          Move on to “{proposal.toStageName}”
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void answer(false)}>
          Stay here for now
        </button>
      </div>
    </section>
  );
}

/** For the plan page: "Your program: stage 2 of 4 — Glide and activate", for signed-in patients. */
export function ProgramLink() {
  const { me } = useSession();
  const today = localToday();
  const patient = me?.user.role === 'patient' ? me.user.id : null;
  const [loaded] = useAsync(patient && `stage|${patient}|${today}`, () => fetchMyStage(today));
  if (loaded.status !== 'done') return null;
  const { stage, proposal } = loaded.value;
  return (
    <p className="program-link">
      <Link href="/program">
        Your program: stage {stage.number} of 4 — {stage.name}
      </Link>
      {proposal?.awaiting === 'patient' && <span className="badge open"> Next stage ready</span>}
    </p>
  );
}
