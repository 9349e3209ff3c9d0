import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import {
  cancelAppointment,
  clinicDetail,
  getAppointment,
  rescheduleAppointment,
  SlotTakenError,
  type Appointment,
  type Slot,
} from '../api';
import { formatDay, zoneName, formatClock } from '../components/format';
import { PageTitle } from '../components/page';
import {
  ANY,
  SlotPicker,
  TherapistChoice,
  timesOf,
  type TimeChoice,
} from '../components/slot-picker';
import { useAsync } from '../hooks/use-async';
import { failureWords } from '../messages';

const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** The confirmation page, and the private place to cancel or move a visit. */
export function AppointmentPage() {
  const { id } = useParams<{ id: string }>();
  const params = new URLSearchParams(useSearch());
  const token = params.get('token') ?? '';
  const t = useT();
  const [loaded] = useAsync(`${id}|${token}`, () => getAppointment(id, token));
  const [changed, setChanged] = useState<Appointment | null>(null);

  if (loaded.status === 'failed')
    return (
      <section>
        <PageTitle title={t('visit.notFoundTab')}>{t('visit.notFound')}</PageTitle>
        <p>{loaded.message}</p>
      </section>
    );
  if (loaded.status !== 'done') return <p aria-live="polite">{t('visit.loading')}</p>;
  const appointment = changed ?? loaded.value;
  const cancelled = appointment.status === 'cancelled';
  const moved = cancelled ? appointment.movedTo : null;
  const title = t(
    moved
      ? 'visit.moved'
      : cancelled
        ? 'visit.cancelled'
        : params.get('booked')
          ? 'visit.booked'
          : 'visit.title',
  );

  return (
    <section className="appointment">
      <PageTitle title={title}>{title}</PageTitle>
      {!cancelled && params.get('booked') && (
        <p className="notice" data-testid="emailed">
          {t('visit.emailed', { email: appointment.guest.email })}
        </p>
      )}
      {changed && (
        <p className="notice" data-testid="emailed">
          {t('visit.emailedCancel', { email: appointment.guest.email })}
        </p>
      )}
      {moved && (
        <p className="notice">
          {t('visit.nowAt', {
            day: formatDay(moved.localDate),
            time: formatClock(moved.localTime),
          })}
        </p>
      )}
      <dl className="facts">
        <dt>{t(moved ? 'visit.beforeMove' : 'visit.when')}</dt>
        <dd data-testid="when">
          {t('visit.whenValue', {
            day: formatDay(appointment.localDate),
            time: formatClock(appointment.localTime),
            zone: zoneName(appointment.timeZone, new Date(appointment.start)),
          })}
        </dd>
        <dt>{t('visit.what')}</dt>
        <dd>
          {t('visit.whatValue', {
            type: appointment.appointmentType.name,
            minutes: appointment.appointmentType.durationMinutes,
            therapist: appointment.therapist.name,
          })}
        </dd>
        <dt>{t('visit.where')}</dt>
        <dd>
          <Link href={`/clinics/${appointment.clinic.id}`}>{appointment.clinic.name}</Link>,{' '}
          {appointment.clinic.address}, {appointment.clinic.city}, {appointment.clinic.state}{' '}
          {appointment.clinic.zip} ·{' '}
          <a href={`tel:${appointment.clinic.phone.replace(/[^\d+]/g, '')}`}>
            {appointment.clinic.phone}
          </a>
        </dd>
        <dt>{t('visit.for')}</dt>
        <dd>
          {appointment.guest.name} · {appointment.guest.email} · {appointment.guest.phone}
        </dd>
      </dl>
      {!cancelled && (
        <>
          <p className="actions">
            <a className="button primary" href={pathOf(appointment.links.calendar)} download>
              {t('visit.addToCalendar')}
            </a>
          </p>
          <p className="meta">{t('visit.keepLink')}</p>
          <Manage appointment={appointment} token={token} onCancelled={setChanged} />
        </>
      )}
      {cancelled && !moved && (
        <p>
          <Link href={`/clinics/${appointment.clinic.id}`}>
            {t('visit.bookAgain', { clinic: appointment.clinic.name })}
          </Link>
        </p>
      )}
    </section>
  );
}

function Manage({
  appointment,
  token,
  onCancelled,
}: {
  appointment: Appointment;
  token: string;
  onCancelled: (a: Appointment) => void;
}) {
  const t = useT();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<'idle' | 'confirm-cancel' | 'reschedule'>('idle');
  // A move keeps the same therapist unless the person picks someone else, or anyone.
  const [therapist, setTherapist] = useState(appointment.therapist.id);
  const [time, setTime] = useState<TimeChoice | null>(null);
  const [withWhom, setWithWhom] = useState(ANY);
  const [clinic] = useAsync(mode === 'reschedule' ? appointment.clinic.id : null, () =>
    clinicDetail(appointment.clinic.id),
  );
  const [message, setMessage] = useState<string | null>(null);
  const [alternatives, setAlternatives] = useState<Slot[]>([]);
  const [busy, setBusy] = useState(false);

  const pick = (next: TimeChoice) => {
    setTime(next);
    setWithWhom(ANY);
  };
  /** Who the move asks for; null lets the server take whoever is free then. */
  const chosenTherapist = (at: TimeChoice) =>
    withWhom !== ANY ? withWhom : at.slots.length === 1 ? at.slots[0]!.therapistId : null;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof SlotTakenError) setAlternatives(error.alternatives);
      setMessage(failureWords(error, t('common.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="manage">
      <h2>{t('visit.change')}</h2>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {mode === 'idle' && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setMode('reschedule')}>
            {t('visit.chooseAnother')}
          </button>
          <button type="button" className="button warn" onClick={() => setMode('confirm-cancel')}>
            {t('visit.cancel')}
          </button>
        </div>
      )}
      {mode === 'confirm-cancel' && (
        <div className="confirm" role="group" aria-label={t('visit.confirmCancel')}>
          <p>
            {t('visit.cancelQuestion', {
              day: formatDay(appointment.localDate),
              time: formatClock(appointment.localTime),
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button warn"
              disabled={busy}
              onClick={() =>
                void run(async () => onCancelled(await cancelAppointment(appointment.id, token)))
              }
            >
              {t('visit.yesCancel')}
            </button>
            <button type="button" className="button" onClick={() => setMode('idle')}>
              {t('visit.keep')}
            </button>
          </div>
        </div>
      )}
      {mode === 'reschedule' && (
        <>
          <SlotPicker
            clinicId={appointment.clinic.id}
            timeZone={appointment.timeZone}
            appointmentType={appointment.appointmentType.id}
            therapists={
              clinic.status === 'done'
                ? clinic.value.therapists
                : [{ id: appointment.therapist.id, name: appointment.therapist.name }]
            }
            therapist={therapist}
            onTherapist={(id) => {
              setTherapist(id);
              setTime(null);
            }}
            selected={time}
            onPick={pick}
          />
          {alternatives.length > 0 && (
            <div className="slots">
              {timesOf(alternatives).map((alt) => (
                <button
                  key={alt.start}
                  type="button"
                  className="slot"
                  onClick={() => {
                    setTherapist(ANY);
                    pick(alt);
                  }}
                >
                  {formatDay(alt.localDate, 'short')}, {formatClock(alt.localTime)}
                </button>
              ))}
            </div>
          )}
          {time && <TherapistChoice time={time} value={withWhom} onChange={setWithWhom} />}
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={!time || busy}
              onClick={() =>
                void run(async () => {
                  if (!time) return;
                  const moved = await rescheduleAppointment(
                    appointment.id,
                    token,
                    time.start,
                    chosenTherapist(time),
                  );
                  navigate(pathOf(moved.links.manage) + '&booked=1');
                })
              }
            >
              {time
                ? t('visit.moveTo', {
                    day: formatDay(time.localDate, 'short'),
                    time: formatClock(time.localTime),
                  })
                : t('visit.pickAbove')}
            </button>
            <button type="button" className="button" onClick={() => setMode('idle')}>
              {t('visit.neverMind')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
