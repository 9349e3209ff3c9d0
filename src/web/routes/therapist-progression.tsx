import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { formatDate } from '../components/format';
import {
  approveStage,
  declineProposal,
  patientStage,
  type StageView,
} from '../components/progression-api';
import {
  checklist,
  notes,
  ReasonChecklist,
  ReasonNotes,
  setbacks,
  sinceWords,
  StageHistory,
  StageItems,
  StageStepper,
} from '../components/stage-parts';
import { useAction } from '../hooks/use-action';

const DECISION_WORDS: Record<StageView['decision'], string> = {
  advance: 'Ready for the next stage',
  stay: 'Stays in this stage for now',
  'step-back': 'Should step back a stage',
  'seek-care': 'Needs medical advice first: the plan is paused',
};

/**
 * The therapist's view of a patient's long-term program: the stage, the engine's reasons, the
 * proposal to approve or decline (with an optional note), and every stage change.
 */
export function ProgramStagePanel({
  patientId,
  today,
  view,
  failed,
  onChange,
}: {
  patientId: string;
  today: string;
  view: StageView | null;
  failed: string | null;
  /** A new view after an answer; `programVersion` when approving assigned one. */
  onChange: (view: StageView, programVersion?: number) => void;
}) {
  const t = useT();
  const [note, setNote] = useState('');
  /** What became of the last answer; a refusal's words are the action's message instead. */
  const [done, setDone] = useState<string | null>(null);
  const { busy, run, message } = useAction();
  if (failed) return <p className="error">The program stage could not be loaded. {failed}</p>;
  if (!view) return <p aria-live="polite">Loading the program stage…</p>;
  const { stage, proposal } = view;
  const checks = checklist(view.reasons);

  const answer = (proposalId: string, approve: boolean) =>
    run(async () => {
      setDone(null);
      try {
        if (approve) {
          const approved = await approveStage(patientId, proposalId, today, note);
          setDone(
            `Approved. Program version ${approved.programVersion} was assigned with the exercises of “${approved.progression.stage.name}”; the home program below shows it.`,
          );
          onChange(approved.progression, approved.programVersion);
        } else {
          const after = await declineProposal(patientId, proposalId, today, note);
          setDone(
            'Declined. The patient stays in this stage; the app proposes again in a week if they are still ready.',
          );
          onChange(after);
        }
        setNote('');
      } catch (e) {
        // The proposal may have been withdrawn meanwhile: show where things stand now.
        const now = await patientStage(patientId, today).catch(() => null);
        if (now) onChange(now);
        throw e;
      }
    })();

  return (
    <section className="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading">Program stage</h2>
      <p className="lead">
        Stage {stage.number} of 4: <strong>{stage.name}</strong>
        {sinceWords(view, t)}.{' '}
        {view.guidance === 'therapist'
          ? 'Follows your program: you approve each move.'
          : 'Self-guided: the patient decides each move.'}
      </p>
      {message}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <StageStepper view={view} current="Current" />
      <h3>Today’s assessment: {DECISION_WORDS[view.decision]}</h3>
      <ReasonNotes reasons={setbacks(view)} className="notice setback" />
      {view.decision === 'seek-care' ? (
        <ReasonNotes reasons={view.reasons} className="notice warn-notice" />
      ) : (
        checks.length > 0 && <ReasonChecklist reasons={checks} />
      )}
      <ReasonNotes reasons={notes(view.reasons)} className="meta" />
      <h3>In “{stage.name}” now</h3>
      <StageItems items={view.items} label={`In ${stage.name} now`} />
      {proposal && (
        <div className="card offer proposal">
          <h3>
            Proposed: stage {proposal.toStage}, “{proposal.toStageName}”
          </h3>
          <p className="meta">Proposed on {formatDate(proposal.date, true)}.</p>
          {proposal.awaiting === 'patient' ? (
            <p>The patient is self-guided and decides this themselves.</p>
          ) : (
            <>
              {view.decision === 'advance' ? (
                <p>Every condition above still holds today.</p>
              ) : (
                <ReasonChecklist reasons={checklist(proposal.reasons)} />
              )}
              <h4>The new program would hold</h4>
              <StageItems items={proposal.items} label={`Proposed for ${proposal.toStageName}`} />
              <label className="text-field">
                Note for the patient (optional)
                <textarea value={note} rows={3} onChange={(e) => setNote(e.target.value)} />
              </label>
              <div className="actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={busy}
                  onClick={() => void answer(proposal.id, true)}
                >
                  Approve “{proposal.toStageName}”
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void answer(proposal.id, false)}
                >
                  Decline for now
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <StageHistory view={view} audience="therapist" headingId="stage-history-heading" level={3} />
    </section>
  );
}
