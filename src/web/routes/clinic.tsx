import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { bookAppointment, clinicDetail, SlotTakenError, type Guest } from '../api';
import { formatDay, weekdayNames, formatClock } from '../components/format';
import { PageTitle } from '../components/page';
import {
  ANY,
  SlotPicker,
  TherapistChoice,
  timesOf,
  type TimeChoice,
} from '../components/slot-picker';
import { useAsync } from '../hooks/use-async';
import { useSession } from '../hooks/use-session';
import { failureWords } from '../messages';
import { useT } from '../i18n/i18n';

export function ClinicPage() {
  const { id } = useParams<{ id: string }>();
  const [detail] = useAsync(id, () => clinicDetail(id));
  const [type, setType] = useState('initial-evaluation');
  const [therapist, setTherapist] = useState(ANY);
  const [time, setTime] = useState<TimeChoice | null>(null);
  const [attempt, setAttempt] = useState(0);
  // What was typed survives picking another time (after "just taken", say).
  const [typed, setTyped] = useState<Guest | null>(null);
  const t = useT();

  if (detail.status === 'failed')
    return (
      <section>
        {detail.offline ? (
          <PageTitle title={t('clinic.offlineTab')}>{t('clinic.offline')}</PageTitle>
        ) : (
          <PageTitle title={t('clinic.notFoundTab')}>{t('clinic.notFound')}</PageTitle>
        )}
        <p>
          {detail.message} <Link href="/clinics">{t('clinic.search')}</Link>.
        </p>
      </section>
    );
  if (detail.status !== 'done') return <p aria-live="polite">{t('clinic.loading')}</p>;
  const { clinic, therapists, appointmentTypes } = detail.value;

  return (
    <section>
      <p className="breadcrumb">
        <Link href="/clinics">{t('clinics.tabTitle')}</Link>
      </p>
      <PageTitle title={clinic.name}>{clinic.name}</PageTitle>
      <div className="clinic-info">
        <div>
          <p>
            {clinic.address}, {clinic.city}, {clinic.state} {clinic.zip}
            <br />
            <a href={`tel:${clinic.phone.replace(/[^\d+]/g, '')}`}>{clinic.phone}</a>
          </p>
          <p className="meta">{clinic.services.join(' · ')}</p>
        </div>
        <table className="hours">
          <caption>{t('clinic.hours')}</caption>
          <tbody>
            {weekdayNames().map((name, i) => {
              const today = clinic.weeklyHours.filter((h) => h.weekday === i + 1);
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>
                    {today.length
                      ? today.map((h) => `${h.opens}–${h.closes}`).join(', ')
                      : t('clinic.closed')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>{t('clinic.book')}</h2>
      <fieldset className="field">
        <legend>{t('clinic.type')}</legend>
        <div className="choices">
          {appointmentTypes.map((kind) => (
            <label key={kind.id} className="choice">
              <input
                type="radio"
                name="appointmentType"
                value={kind.id}
                checked={type === kind.id}
                onChange={() => {
                  setType(kind.id);
                  setTime(null);
                }}
              />
              <span>
                {kind.name} ({kind.durationMinutes} min)
              </span>
            </label>
          ))}
        </div>
        <p className="hint">{appointmentTypes.find((kind) => kind.id === type)?.description}</p>
      </fieldset>
      <SlotPicker
        clinicId={clinic.id}
        timeZone={clinic.timeZone}
        appointmentType={type}
        therapists={therapists}
        therapist={therapist}
        onTherapist={(id) => {
          setTherapist(id);
          setTime(null);
        }}
        selected={time}
        onPick={setTime}
      />
      {time && (
        <BookingForm
          // A new form for each attempt: an alternative at the same time (with someone else)
          // starts afresh too, with a new idempotency key and no "taken" notice.
          key={`${time.start}-${therapist}-${attempt}`}
          time={time}
          clinicId={clinic.id}
          appointmentType={type}
          typeName={appointmentTypes.find((t) => t.id === type)?.name ?? ''}
          onAlternative={(alternative) => {
            setTime(alternative);
            setAttempt((n) => n + 1);
          }}
          typed={typed}
          onTyped={setTyped}
        />
      )}

      <h2>{t('clinic.therapists')}</h2>
      <ul className="therapists">
        {therapists.map((person) => (
          <li key={person.id}>
            <strong>
              {person.name}, {person.credentials}
            </strong>
            <br />
            <span className="meta">{person.bio}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function BookingForm({
  time,
  clinicId,
  appointmentType,
  typeName,
  onAlternative,
  typed,
  onTyped,
}: {
  time: TimeChoice;
  clinicId: string;
  appointmentType: string;
  typeName: string;
  onAlternative: (time: TimeChoice) => void;
  typed: Guest | null;
  onTyped: (guest: Guest) => void;
}) {
  const [, navigate] = useLocation();
  const { me } = useSession();
  const [guest, setGuestState] = useState<Guest>(
    typed ?? { name: me?.user.name ?? '', email: me?.user.email ?? '', phone: '' },
  );
  const setGuest = (next: Guest) => {
    setGuestState(next);
    onTyped(next);
  };
  // One key per attempt at this slot: a double click or a retry cannot book twice.
  const [key] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [taken, setTaken] = useState<SlotTakenError | null>(null);
  const [withWhom, setWithWhom] = useState(ANY);
  const t = useT();
  // One therapist on offer is booked by name, so the page never promises someone else.
  const therapistId =
    withWhom !== ANY ? withWhom : time.slots.length === 1 ? time.slots[0]!.therapistId : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const booked = await bookAppointment(
        {
          slot: time.start,
          ...(therapistId ? { therapistId } : {}),
          appointmentType,
          clinicId,
          guest,
        },
        key,
      );
      navigate(
        new URL(booked.links.manage).pathname + new URL(booked.links.manage).search + '&booked=1',
      );
    } catch (error) {
      if (error instanceof SlotTakenError) setTaken(error);
      else setFailure(failureWords(error, t('common.failed')));
    } finally {
      setBusy(false);
    }
  }

  if (taken)
    return (
      <div className="taken" role="alert" data-testid="slot-taken">
        <h3>{t('booking.taken')}</h3>
        <p>
          {t('booking.takenWhy', {
            day: formatDay(time.localDate),
            time: formatClock(time.localTime),
          })}
        </p>
        <div className="slots">
          {timesOf(taken.alternatives).map((alt) => (
            <button
              key={alt.start}
              type="button"
              className="slot"
              onClick={() => onAlternative(alt)}
            >
              {formatDay(alt.localDate, 'short')}, {formatClock(alt.localTime)}
              {alt.start === time.start && `, ${t('booking.anotherTherapist')}`}
            </button>
          ))}
        </div>
      </div>
    );

  return (
    <form className="form booking-form" onSubmit={(e) => void submit(e)}>
      <h3>
        {t('booking.heading', {
          type: typeName,
          day: formatDay(time.localDate),
          time: formatClock(time.localTime),
        })}
      </h3>
      <TherapistChoice time={time} value={withWhom} onChange={setWithWhom} />
      <label className="text-field">
        {t('booking.name')}
        <input
          required
          autoComplete="name"
          value={guest.name}
          onChange={(e) => setGuest({ ...guest, name: e.target.value })}
        />
      </label>
      <label className="text-field">
        {t('auth.email')}
        <input
          required
          type="email"
          autoComplete="email"
          value={guest.email}
          onChange={(e) => setGuest({ ...guest, email: e.target.value })}
        />
      </label>
      <label className="text-field">
        {t('booking.phone')}
        <input
          required
          type="tel"
          autoComplete="tel"
          value={guest.phone}
          onChange={(e) => setGuest({ ...guest, phone: e.target.value })}
        />
      </label>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <button className="button primary big" type="submit" disabled={busy}>
        {t(busy ? 'booking.booking' : 'booking.book')}
      </button>
    </form>
  );
}
