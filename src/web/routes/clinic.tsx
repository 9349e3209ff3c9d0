import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { bookAppointment, clinicDetail, SlotTakenError, type Guest, type Slot } from '../api';
import { formatDay, WEEKDAYS } from '../components/format';
import { PageTitle } from '../components/page';
import { SlotPicker } from '../components/slot-picker';
import { useAsync } from '../hooks/use-async';
import { useSession } from '../hooks/use-session';

export function ClinicPage() {
  const { id } = useParams<{ id: string }>();
  const [detail] = useAsync(id, () => clinicDetail(id));
  const [type, setType] = useState('initial-evaluation');
  const [therapistId, setTherapistId] = useState('');
  const [slot, setSlot] = useState<Slot | null>(null);

  if (detail.status === 'failed')
    return (
      <section>
        <PageTitle title="Clinic not found">We couldn't find that clinic</PageTitle>
        <p>
          {detail.message} <Link href="/clinics">Search for clinics</Link>.
        </p>
      </section>
    );
  if (detail.status !== 'done') return <p aria-live="polite">Loading the clinic…</p>;
  const { clinic, therapists, appointmentTypes } = detail.value;

  return (
    <section>
      <p className="breadcrumb">
        <Link href="/clinics">Find a clinic</Link>
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
          <caption>Opening hours</caption>
          <tbody>
            {WEEKDAYS.map((name, i) => {
              const today = clinic.weeklyHours.filter((h) => h.weekday === i + 1);
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>
                    {today.length
                      ? today.map((h) => `${h.opens}–${h.closes}`).join(', ')
                      : 'Closed'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>Book a visit</h2>
      <fieldset className="field">
        <legend>Type of visit</legend>
        <div className="choices">
          {appointmentTypes.map((t) => (
            <label key={t.id} className="choice">
              <input
                type="radio"
                name="appointmentType"
                value={t.id}
                checked={type === t.id}
                onChange={() => {
                  setType(t.id);
                  setSlot(null);
                }}
              />
              <span>
                {t.name} ({t.durationMinutes} min)
              </span>
            </label>
          ))}
        </div>
        <p className="hint">{appointmentTypes.find((t) => t.id === type)?.description}</p>
      </fieldset>
      <label className="field select">
        Therapist
        <select
          value={therapistId}
          onChange={(e) => {
            setTherapistId(e.target.value);
            setSlot(null);
          }}
        >
          <option value="">Any therapist</option>
          {therapists.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}, {t.credentials}
            </option>
          ))}
        </select>
      </label>
      <SlotPicker
        clinicId={clinic.id}
        timeZone={clinic.timeZone}
        appointmentType={type}
        therapistId={therapistId || undefined}
        selected={slot}
        onPick={setSlot}
      />
      {slot && (
        <BookingForm
          key={`${slot.start}-${slot.therapistId}`}
          slot={slot}
          clinicId={clinic.id}
          appointmentType={type}
          typeName={appointmentTypes.find((t) => t.id === type)?.name ?? ''}
          onAlternative={setSlot}
        />
      )}

      <h2>Our therapists</h2>
      <ul className="therapists">
        {therapists.map((t) => (
          <li key={t.id}>
            <strong>
              {t.name}, {t.credentials}
            </strong>
            <br />
            <span className="meta">{t.bio}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function BookingForm({
  slot,
  clinicId,
  appointmentType,
  typeName,
  onAlternative,
}: {
  slot: Slot;
  clinicId: string;
  appointmentType: string;
  typeName: string;
  onAlternative: (slot: Slot) => void;
}) {
  const [, navigate] = useLocation();
  const { me } = useSession();
  const [guest, setGuest] = useState<Guest>({
    name: me?.user.name ?? '',
    email: me?.user.email ?? '',
    phone: '',
  });
  // One key per attempt at this slot: a double click or a retry cannot book twice.
  const [key] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [taken, setTaken] = useState<SlotTakenError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const booked = await bookAppointment(
        { slot: slot.start, therapistId: slot.therapistId, appointmentType, clinicId, guest },
        key,
      );
      navigate(
        new URL(booked.links.manage).pathname + new URL(booked.links.manage).search + '&booked=1',
      );
    } catch (error) {
      if (error instanceof SlotTakenError) setTaken(error);
      else
        setFailure(
          error instanceof Error ? error.message : 'Something went wrong. Please try again.',
        );
    } finally {
      setBusy(false);
    }
  }

  if (taken)
    return (
      <div className="taken" role="alert" data-testid="slot-taken">
        <h3>That time was just taken</h3>
        <p>
          Someone booked {formatDay(slot.localDate)} at {slot.localTime} a moment before you. Your
          details are kept: pick one of the nearest open times.
        </p>
        <div className="slots">
          {taken.alternatives.map((alt) => (
            <button
              key={`${alt.start}-${alt.therapistId}`}
              type="button"
              className="slot"
              onClick={() => onAlternative(alt)}
            >
              {formatDay(alt.localDate, 'short')}, {alt.localTime}
              <span className="meta"> {alt.therapistName}</span>
            </button>
          ))}
        </div>
      </div>
    );

  return (
    <form className="form booking-form" onSubmit={(e) => void submit(e)}>
      <h3>
        {typeName}: {formatDay(slot.localDate)} at {slot.localTime} with {slot.therapistName}
      </h3>
      <label className="text-field">
        Full name
        <input
          required
          autoComplete="name"
          value={guest.name}
          onChange={(e) => setGuest({ ...guest, name: e.target.value })}
        />
      </label>
      <label className="text-field">
        Email
        <input
          required
          type="email"
          autoComplete="email"
          value={guest.email}
          onChange={(e) => setGuest({ ...guest, email: e.target.value })}
        />
      </label>
      <label className="text-field">
        Phone
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
        {busy ? 'Booking…' : 'Book this time'}
      </button>
    </form>
  );
}
