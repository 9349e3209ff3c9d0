import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { habitPath } from '../route-paths';
import { formatDate } from './format';
import type { ChartMark } from './pain-chart';
import type { StageItem, StageMove, StageReason, StageView } from './progression-api';
import { useT, type Translate } from '../i18n/i18n';
import './progression.css';

/** The conditions that unlock the next stage, shown as a checklist. */
const CHECKS = new Set<StageReason['rule']>([
  'red-flag',
  'green-sessions',
  'spreading-symptoms',
  'leg-pain-steady',
  'leg-pain-better',
]);
/** What moves someone back a stage (or keeps them in the first one). */
const SETBACKS = new Set<StageReason['rule']>([
  'stopped-session',
  'spreading-symptoms',
  'pain-jump',
]);

export const checklist = (reasons: StageReason[]) => reasons.filter((r) => CHECKS.has(r.rule));
/** Notes that are neither a condition nor a setback: the last stage, why the press-up is in. */
export const notes = (reasons: StageReason[]) =>
  reasons.filter((r) => r.rule === 'last-stage' || r.rule === 'press-up-centralises');

/**
 * The kind sentences after a setback. The engine answers a setback without the checklist (no
 * red-flag line), so a failed spreading line there is a setback, not a missing condition.
 */
export function setbacks(view: Pick<StageView, 'decision' | 'reasons'>): StageReason[] {
  if (view.decision === 'seek-care' || view.reasons.some((r) => r.rule === 'red-flag')) return [];
  return view.reasons.filter((r) => SETBACKS.has(r.rule) && !r.passed);
}

/** Days after a step back that its kind words stay at the top of the page. */
const STEP_BACK_NOTICE_DAYS = 7;

/**
 * The kind words of a step back made in the last week: after it, the engine's answer for the
 * day is the new stage's checklist, so the reason for the move would otherwise sit only in the
 * history.
 */
export function recentStepBack(view: Pick<StageView, 'history'>, today: string): StageReason[] {
  const [latest] = view.history;
  if (latest?.kind !== 'step-back') return [];
  const age = (Date.parse(today) - Date.parse(latest.date)) / 86_400_000;
  if (age < 0 || age >= STEP_BACK_NOTICE_DAYS) return [];
  return latest.reasons.filter((r) => SETBACKS.has(r.rule) && !r.passed);
}

/**
 * The day the person moved into their stage (the latest move), or null before any move. The
 * server's `since` is the first day counted for the next offer, the day after the move.
 */
const movedOn = (view: StageView) => view.history[0]?.date ?? null;

/** ", since Wednesday 4 June" after the stage's name, or nothing before the first move. */
export function sinceWords(view: StageView, t: Translate): string {
  const day = movedOn(view);
  return day ? t('stage.since', { day: formatDate(day, true) }) : '';
}

/**
 * Reasons as sentences, one paragraph each, in a box such as a setback or seek-care notice
 * (`children` adds to it, e.g. where to get help). Nothing when there is nothing to say.
 */
export function ReasonNotes({
  reasons,
  className,
  role,
  children,
}: {
  reasons: StageReason[];
  className?: string;
  role?: 'status' | 'alert';
  children?: ReactNode;
}) {
  if (reasons.length === 0 && !children) return null;
  return (
    <div className={className} role={role}>
      {reasons.map((r) => (
        <p key={r.rule}>{r.text}</p>
      ))}
      {children}
    </div>
  );
}

const stageName = (view: StageView, n: number, t: Translate) =>
  view.stages.find((s) => s.number === n)?.name ?? t('stage.number', { number: n });

/** The four stages in order, each done, current or ahead. */
export function StageStepper({ view, current }: { view: StageView; current?: string }) {
  const t = useT();
  return (
    <ol className="stage-stepper">
      {view.stages.map((s) => (
        <li
          key={s.number}
          className={`stage-step ${s.status}`}
          aria-current={s.status === 'current' ? 'step' : undefined}
        >
          <span className="stage-dot" aria-hidden="true">
            {s.status === 'done' ? '✓' : s.number}
          </span>
          <div>
            <p className="stage-step-title">
              <span className="visually-hidden">
                {t('stage.numberLabel', { number: s.number })}{' '}
              </span>
              <strong>{s.name}</strong>{' '}
              <span className="stage-status">
                {s.status === 'current' && current ? current : t(`stage.status.${s.status}`)}
              </span>
            </p>
            <p className="meta">{s.description}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Exercises link to their page, habits to their lesson. */
export function StageItems({ items, label }: { items: StageItem[]; label: string }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <ul className="stage-items" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <Link href={item.kind === 'habit' ? habitPath(item.id) : `/exercises/${item.id}`}>
            {item.name}
          </Link>
          {item.kind === 'habit' ? (
            <span className="meta"> · {t('stage.habit')}</span>
          ) : (
            <>
              {item.version === 'gentlest' && <span className="meta"> · {t('stage.easiest')}</span>}
              {item.doseWords && <span className="meta"> · {item.doseWords}</span>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Each condition, met (✓) or still missing, in the person's own words. */
export function ReasonChecklist({ reasons }: { reasons: StageReason[] }) {
  const t = useT();
  return (
    <ul className="reason-checklist">
      {reasons.map((r) => (
        <li key={r.rule} className={r.passed ? 'met' : 'missing'}>
          <span className="reason-mark" aria-hidden="true">
            {r.passed ? '✓' : '○'}
          </span>
          <span>
            <span className="visually-hidden">{t(r.passed ? 'stage.met' : 'stage.missing')} </span>
            {r.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A move's kind as the catalogue's messages choose by it. */
const MOVE_KIND = { advance: 'advance', 'step-back': 'back', 'seek-care': 'care' } as const;

function whoWords(move: StageMove, audience: 'patient' | 'therapist', t: Translate): string {
  if (!move.by) return t('stage.by.engine');
  if (move.by.role === 'patient')
    return t(audience === 'patient' ? 'stage.by.you' : 'stage.by.patient');
  return t('stage.by.therapist', { name: move.by.name });
}

/** Every move so far, newest first: when, from and to, why and who. */
export function StageHistory({
  view,
  audience,
  headingId,
  level = 2,
}: {
  view: StageView;
  audience: 'patient' | 'therapist';
  headingId: string;
  level?: 2 | 3;
}) {
  const moves = view.history;
  const Heading = level === 3 ? 'h3' : 'h2';
  const t = useT();
  return (
    <section aria-labelledby={headingId} className="stage-history">
      <Heading id={headingId}>
        {t(audience === 'patient' ? 'stage.history.patient' : 'stage.history.therapist')}
      </Heading>
      {moves.length === 0 ? (
        <p className="meta">
          {t(audience === 'patient' ? 'stage.noMoves.patient' : 'stage.noMoves.therapist')}
        </p>
      ) : (
        <ol className="plain-list history-list">
          {moves.map((m) => {
            const why = m.kind === 'advance' ? checklist(m.reasons) : m.reasons;
            return (
              <li key={m.at} className={`history-move ${m.kind}`}>
                <p>
                  <strong>{formatDate(m.date, true)}</strong>:{' '}
                  {t('stage.move', {
                    kind: MOVE_KIND[m.kind],
                    from: stageName(view, m.fromStage, t),
                    fromNumber: m.fromStage,
                    to: stageName(view, m.toStage, t),
                    toNumber: m.toStage,
                  })}{' '}
                  <span className="meta">{whoWords(m, audience, t)}.</span>
                </p>
                {why.length > 0 && (
                  <details>
                    <summary>{t('stage.why')}</summary>
                    <ul>
                      {why.map((r) => (
                        <li key={r.rule}>{r.text}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Stage changes as chart marks: "Stage 2", up or down, on the day of the move. */
export function stageMarks(view: StageView, t: Translate): ChartMark[] {
  // Oldest first, the way the chart reads from left to right.
  return [...view.history].reverse().map((m) => ({
    key: m.at,
    date: m.date,
    label: t('stage.number', { number: m.toStage }),
    direction: m.toStage > m.fromStage ? ('up' as const) : ('down' as const),
    words: t('stage.mark', {
      day: formatDate(m.date, false, 'short'),
      kind: MOVE_KIND[m.kind],
      number: m.toStage,
      name: stageName(view, m.toStage, t),
    }),
  }));
}
