import { useState } from 'react';
import { withNodes } from '../i18n/i18n';
import { useStaffT } from '../i18n/staff';
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

/** ICU select keys are plain words: "step-back" is said as "back". */
const DECISION_KEY: Record<StageView['decision'], string> = {
  advance: 'advance',
  stay: 'stay',
  'step-back': 'back',
  'seek-care': 'care',
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
  const t = useStaffT();
  const [note, setNote] = useState('');
  /** What became of the last answer; a refusal's words are the action's message instead. */
  const [done, setDone] = useState<string | null>(null);
  const { busy, run, message } = useAction();
  if (failed) return <p className="error">{t('stagePanel.loadFailed', { reason: failed })}</p>;
  if (!view) return <p aria-live="polite">{t('stagePanel.loading')}</p>;
  const { stage, proposal } = view;
  const checks = checklist(view.reasons);

  const answer = (proposalId: string, approve: boolean) =>
    run(async () => {
      setDone(null);
      try {
        if (approve) {
          const approved = await approveStage(patientId, proposalId, today, note);
          setDone(
            t('stagePanel.approved', {
              version: approved.programVersion,
              stage: approved.progression.stage.name,
            }),
          );
          onChange(approved.progression, approved.programVersion);
        } else {
          const after = await declineProposal(patientId, proposalId, today, note);
          setDone(t('stagePanel.declined'));
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
      <h2 id="stage-heading">{t('stagePanel.title')}</h2>
      <p className="lead">
        {withNodes(
          (v) => t('stagePanel.stage', v),
          { name: <strong>{stage.name}</strong> },
          {
            number: stage.number,
          },
        )}
        {sinceWords(view, t)}.{' '}
        {t(view.guidance === 'therapist' ? 'stagePanel.guided' : 'stagePanel.selfGuided')}
      </p>
      {message}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <StageStepper view={view} current={t('stagePanel.current')} />
      <h3>
        {t('stagePanel.assessment', {
          decision: t('stagePanel.decision', { decision: DECISION_KEY[view.decision] }),
        })}
      </h3>
      <ReasonNotes reasons={setbacks(view)} className="notice setback" />
      {view.decision === 'seek-care' ? (
        <ReasonNotes reasons={view.reasons} className="notice warn-notice" />
      ) : (
        checks.length > 0 && <ReasonChecklist reasons={checks} />
      )}
      <ReasonNotes reasons={notes(view.reasons)} className="meta" />
      <h3>{t('stagePanel.inStage', { stage: stage.name })}</h3>
      <StageItems items={view.items} label={t('stagePanel.inStage', { stage: stage.name })} />
      {proposal && (
        <div className="card offer proposal">
          <h3>
            {t('stagePanel.proposed', { number: proposal.toStage, stage: proposal.toStageName })}
          </h3>
          <p className="meta">
            {t('stagePanel.proposedOn', { day: formatDate(proposal.date, true) })}
          </p>
          {proposal.awaiting === 'patient' ? (
            <p>{t('stagePanel.patientDecides')}</p>
          ) : (
            <>
              {view.decision === 'advance' ? (
                <p>{t('stagePanel.stillHolds')}</p>
              ) : (
                <ReasonChecklist reasons={checklist(proposal.reasons)} />
              )}
              <h4>{t('stagePanel.newProgram')}</h4>
              <StageItems
                items={proposal.items}
                label={t('stagePanel.proposedFor', { stage: proposal.toStageName })}
              />
              <label className="text-field">
                {t('stagePanel.note')}
                <textarea value={note} rows={3} onChange={(e) => setNote(e.target.value)} />
              </label>
              <div className="actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={busy}
                  onClick={() => void answer(proposal.id, true)}
                >
                  {t('stagePanel.approve', { stage: proposal.toStageName })}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void answer(proposal.id, false)}
                >
                  {t('stagePanel.decline')}
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
