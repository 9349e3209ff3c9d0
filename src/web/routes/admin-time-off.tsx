import { useState, type FormEvent } from 'react';
import { addDays } from '../../domain/calendar-days';
import { localDate, ZoneCalendar } from '../../domain/scheduling/zone-calendar';
import { ApiError, localToday, type AdminClinic, type Schedule } from '../api';
import { formatDay, readerTag, formatClock } from '../components/format';
import { useStaffT } from '../i18n/staff';
import { withNodes } from '../i18n/i18n';
import { Authored } from '../components/authored';
import {
  AdminTextField,
  fieldErrorsOf,
  formErrorOf,
  useFocusFirstProblem,
  type FieldErrors,
} from './admin-fields';
import { blockTimeOff, removeTimeOff, type StaffVisit, type VisitDecision } from './admin-api';
import { failureWords } from '../messages';

const calendar = new ZoneCalendar();

/** "Thursday, December 3, 9:00 AM · Follow-up with Ana Ruiz · Pat Doe, (480) 555-0100" */
export function VisitList({ visits, label }: { visits: readonly StaffVisit[]; label: string }) {
  const t = useStaffT();
  return (
    <ul className="visit-list" aria-label={label}>
      {visits.map((v) => (
        <li key={v.id}>
          <strong>
            {formatDay(v.localDate)}, <span className="nowrap">{formatClock(v.localTime)}</span>
          </strong>{' '}
          ·{' '}
          {withNodes((values) => t('admin.visitLine', values), {
            type: <Authored>{v.type}</Authored>,
            therapist: v.therapistName,
          })}
          <br />
          {v.patient.name} ·{' '}
          <a href={`tel:${v.patient.phone.replace(/[^\d+]/g, '')}`}>{v.patient.phone}</a> ·{' '}
          <a href={`mailto:${v.patient.email}`}>{v.patient.email}</a>
        </li>
      ))}
    </ul>
  );
}

type Block = { therapistId: string; start: number; end: number; reason: string };
type Pending = { block: Block; visits: StaffVisit[]; detail: string; stale: boolean };

const visitsIn = (error: unknown): { visits: StaffVisit[]; detail: string } | null =>
  error instanceof ApiError && error.problem.status === 409 && Array.isArray(error.problem.visits)
    ? { visits: error.problem.visits as StaffVisit[], detail: error.message }
    : null;

/**
 * Whole days off in the clinic's own time. Visits already booked then are shown first, and
 * staff choose on purpose: cancel them (each patient is emailed) or keep them.
 */
export function TimeOffForm({ clinic, onAdded }: { clinic: AdminClinic; onAdded: () => void }) {
  const t = useStaffT();
  const staff = clinic.therapists.filter((th) => th.active);
  const [therapistId, setTherapistId] = useState(staff[0]?.id ?? '');
  const [date, setDate] = useState(() => localToday());
  const [days, setDays] = useState('1');
  const [reason, setReason] = useState(() => t('admin.vacation'));
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState<Pending | null>(null);
  const form = useFocusFirstProblem(errors);
  const name = (id: string) => clinic.therapists.find((th) => th.id === id)?.name ?? '';

  function send(block: Block, decision?: VisitDecision) {
    setMessage(null);
    blockTimeOff(block.therapistId, block, decision).then(
      (saved) => {
        setPending(null);
        setErrors({});
        const visits =
          saved.cancelled > 0
            ? t('admin.cancelledVisits', { count: saved.cancelled })
            : saved.kept > 0
              ? t('admin.keptVisits', { count: saved.kept })
              : '';
        setMessage(
          t('admin.timeOffAdded', { name: name(block.therapistId), visits })
            .replace(/\s+/g, ' ')
            .trim(),
        );
        onAdded();
      },
      (e: unknown) => {
        const inTheWay = visitsIn(e);
        if (inTheWay) {
          setPending({ block, ...inTheWay, stale: decision !== undefined });
          return;
        }
        // The server names start and end; people chose a first day and a number of days.
        const raw = fieldErrorsOf(e);
        const shown: FieldErrors = {
          ...(raw.start ? { date: raw.start } : {}),
          ...(raw.end ? { days: raw.end } : {}),
          ...(raw.reason ? { reason: raw.reason } : {}),
        };
        setErrors(shown);
        setMessage(formErrorOf(e, shown, t('admin.saveFailed')));
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const count = Number(days);
    const shown: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) shown.date = t('admin.firstDayMissing');
    if (!Number.isInteger(count) || count < 1 || count > 60) shown.days = t('admin.daysWrong');
    setErrors(shown);
    if (Object.keys(shown).length > 0) return;
    // Whole days in the clinic's own time zone, whatever the admin's computer says.
    send({
      therapistId,
      start: calendar.instant(clinic.timeZone, date, 0),
      end: calendar.instant(clinic.timeZone, addDays(date, count), 0),
      reason,
    });
  }

  if (staff.length === 0) return null;
  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      <h2>{t('admin.addTimeOff')}</h2>
      <div className="program-fields">
        <label className="text-field">
          {t('admin.therapist')}
          <select value={therapistId} onChange={(e) => setTherapistId(e.target.value)}>
            {staff.map((th) => (
              <option key={th.id} value={th.id}>
                {th.name}
              </option>
            ))}
          </select>
        </label>
        <AdminTextField
          label={t('admin.firstDay')}
          type="date"
          value={date}
          error={errors.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <AdminTextField
          label={t('admin.days')}
          type="number"
          min={1}
          max={60}
          value={days}
          error={errors.days}
          onChange={(e) => setDays(e.target.value)}
        />
        <AdminTextField
          label={t('admin.reason')}
          value={reason}
          maxLength={100}
          error={errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {pending ? (
        <VisitDecisionPanel
          pending={pending}
          therapist={name(pending.block.therapistId)}
          onDecide={(action) =>
            send(pending.block, { action, ids: pending.visits.map((v) => v.id) })
          }
          onBack={() => setPending(null)}
        />
      ) : (
        <button type="submit" className="button primary">
          {t('admin.addTimeOff')}
        </button>
      )}
      <p role="status">{message}</p>
    </form>
  );
}

function VisitDecisionPanel({
  pending,
  therapist,
  onDecide,
  onBack,
}: {
  pending: Pending;
  therapist: string;
  onDecide: (action: 'cancel' | 'keep') => void;
  onBack: () => void;
}) {
  const t = useStaffT();
  const count = pending.visits.length;
  return (
    <section className="decision" aria-labelledby="decision-title" role="alert">
      <h3 id="decision-title">{t('admin.bookedIn', { count, therapist })}</h3>
      <p>{pending.stale ? pending.detail : t('admin.chooseWhether', { count })}</p>
      <VisitList visits={pending.visits} label={t('admin.bookedInTime')} />
      <div className="actions">
        <button type="button" className="button warn" onClick={() => onDecide('cancel')}>
          {t('admin.cancelThem', { count })}
        </button>
        <button type="button" className="button" onClick={() => onDecide('keep')}>
          {t('admin.keepThem', { count })}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('admin.goBack')}
        </button>
      </div>
    </section>
  );
}

/** Time off in the week shown, each with a button that removes it. */
export function TimeOffList({
  clinic,
  schedule,
  onRemoved,
}: {
  clinic: AdminClinic;
  schedule: Schedule;
  /** Told what happened, in words; the list itself reloads. */
  onRemoved: (message: string) => void;
}) {
  const t = useStaffT();
  const blocks = schedule.therapists.flatMap((th) =>
    th.timeOff.map((o) => ({ ...o, therapist: th.name })),
  );
  const dates = new Intl.DateTimeFormat(readerTag(), {
    timeZone: clinic.timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
  const withTimes = new Intl.DateTimeFormat(readerTag(), {
    timeZone: clinic.timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  const when = (start: string, end: string) => {
    const [s, e] = [Date.parse(start), Date.parse(end)];
    const midnight = (ms: number) =>
      calendar.instant(clinic.timeZone, localDate(clinic.timeZone, ms).toString(), 0) === ms;
    // Whole days end at the next midnight: show the last day off, not the day after.
    return midnight(s) && midnight(e)
      ? e - s <= 25 * 3_600_000
        ? dates.format(s)
        : dates.formatRange(s, e - 1)
      : withTimes.formatRange(s, e);
  };
  return (
    <section>
      <h2>{t('admin.timeOffShown')}</h2>
      {blocks.length === 0 ? (
        <p>{t('admin.noTimeOff')}</p>
      ) : (
        <ul className="visit-list time-off-list">
          {blocks.map((b) => (
            <li key={b.id}>
              <span>
                <strong>{b.therapist}</strong> · <Authored>{b.reason}</Authored> ·{' '}
                {when(b.start, b.end)}
              </span>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  removeTimeOff(b.id).then(
                    () => {
                      onRemoved(t('admin.removed', { name: b.therapist }));
                    },
                    (e: unknown) => onRemoved(failureWords(e, t('admin.removeFailed'))),
                  );
                }}
              >
                {t('admin.window.remove')}
                <span className="visually-hidden">
                  {' '}
                  {t('admin.timeOffOf', { name: b.therapist, when: when(b.start, b.end) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
