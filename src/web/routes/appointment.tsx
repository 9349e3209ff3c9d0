import { useState } from 'react';
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
import { formatDay, zoneName } from '../components/format';
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
  const [loaded] = useAsync(`${id}|${token}`, () => getAppointment(id, token));
  const [changed, setChanged] = useState<Appointment | null>(null);

  if (loaded.status === 'failed')
    return (
      <section>
        <PageTitle title="Appointment not found">We couldn't find that appointment</PageTitle>
        <p>{loaded.message}</p>
      </section>
    );
  if (loaded.status !== 'done') return <p aria-live="polite">Loading your appointment…</p>;
  const appointment = changed ?? loaded.value;
  const cancelled = appointment.status === 'cancelled';
  const moved = cancelled ? appointment.movedTo : null;
  const title = moved
    ? 'This visit was moved'
    : cancelled
      ? 'Appointment cancelled'
      : params.get('booked')
        ? "You're booked"
        : 'Your appointment';

  return (
    <section className="appointment">
      <PageTitle title={title}>{title}</PageTitle>
      {!cancelled && params.get('booked') && (
        <p className="notice" data-testid="emailed">
          We’ve emailed the details to {appointment.guest.email}, with this page’s link and a
          calendar file. It can take a minute to arrive.
        </p>
      )}
      {changed && (
        <p className="notice" data-testid="emailed">
          We’ve emailed {appointment.guest.email} to say it’s cancelled.
        </p>
      )}
      {moved && (
        <p className="notice">
          It now takes place on {formatDay(moved.localDate)} at {moved.localTime}. To change or
          cancel it, open the link in your newest confirmation.
        </p>
      )}
      <dl className="facts">
        <dt>{moved ? 'Before the move' : 'When'}</dt>
        <dd data-testid="when">
          {formatDay(appointment.localDate)} at {appointment.localTime} (
          {zoneName(appointment.timeZone, new Date(appointment.start))})
        </dd>
        <dt>What</dt>
        <dd>
          {appointment.appointmentType.name}, {appointment.appointmentType.durationMinutes} minutes,
          with {appointment.therapist.name}
        </dd>
        <dt>Where</dt>
        <dd>
          <Link href={`/clinics/${appointment.clinic.id}`}>{appointment.clinic.name}</Link>,{' '}
          {appointment.clinic.address}, {appointment.clinic.city}, {appointment.clinic.state}{' '}
          {appointment.clinic.zip} ·{' '}
          <a href={`tel:${appointment.clinic.phone.replace(/[^\d+]/g, '')}`}>
            {appointment.clinic.phone}
          </a>
        </dd>
        <dt>Booked for</dt>
        <dd>
          {appointment.guest.name} · {appointment.guest.email} · {appointment.guest.phone}
        </dd>
      </dl>
      {!cancelled && (
        <>
          <p className="actions">
            <a className="button primary" href={pathOf(appointment.links.calendar)} download>
              Add to my calendar (.ics)
            </a>
          </p>
          <p className="meta">
            Keep this page's address: it is your private link to change or cancel the visit.
          </p>
          <Manage appointment={appointment} token={token} onCancelled={setChanged} />
        </>
      )}
      {cancelled && !moved && (
        <p>
          <Link href={`/clinics/${appointment.clinic.id}`}>
            Book another time at {appointment.clinic.name}
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
      setMessage(failureWords(error, 'Something went wrong. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="manage">
      <h2>Need to change it?</h2>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {mode === 'idle' && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setMode('reschedule')}>
            Choose another time
          </button>
          <button type="button" className="button warn" onClick={() => setMode('confirm-cancel')}>
            Cancel appointment
          </button>
        </div>
      )}
      {mode === 'confirm-cancel' && (
        <div className="confirm" role="group" aria-label="Confirm cancellation">
          <p>
            Cancel your visit on {formatDay(appointment.localDate)} at {appointment.localTime}?
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
              Yes, cancel it
            </button>
            <button type="button" className="button" onClick={() => setMode('idle')}>
              Keep it
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
                  {formatDay(alt.localDate, 'short')}, {alt.localTime}
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
                ? `Move to ${formatDay(time.localDate, 'short')}, ${time.localTime}`
                : 'Pick a new time above'}
            </button>
            <button type="button" className="button" onClick={() => setMode('idle')}>
              Never mind
            </button>
          </div>
        </>
      )}
    </div>
  );
}
