import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ZoneCalendar } from '../../domain/scheduling/zone-calendar';
import { addTimeOff, adminClinics, adminSchedule, localToday, type AdminClinic } from '../api';
import { addDays } from '../../domain/calendar-days';
import { formatDay } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { WorkingHoursEditor } from './admin-hours';
import { useSession } from '../hooks/use-session';

const calendar = new ZoneCalendar();

const ADMIN_PAGES = [
  { href: '/admin', label: 'Schedules' },
  { href: '/admin/locations', label: 'Locations and therapists' },
  { href: '/admin/appointment-types', label: 'Appointment types' },
] as const;

/** Admin screens share a sign-in check and a sub-navigation that marks the current one. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { status, me } = useSession();
  const [location] = useLocation();
  if (status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (me?.user.role !== 'admin')
    return (
      <section>
        <PageTitle title="Clinic admin">Clinic admin</PageTitle>
        <p>
          This page is for clinic staff. <Link href="/sign-in">Sign in</Link> with an admin account.
        </p>
      </section>
    );
  return (
    <>
      <nav aria-label="Clinic admin" className="sub-nav">
        <ul>
          {ADMIN_PAGES.map((p) => (
            <li key={p.href}>
              <Link href={p.href} aria-current={location === p.href ? 'page' : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}

/** G5: a clinic's week, therapist by therapist, and time off, in the clinic's own time. */
export function AdminPage() {
  return (
    <AdminOnly>
      <Schedules />
    </AdminOnly>
  );
}

function Schedules() {
  const [clinics] = useAsync('admin-clinics', adminClinics);
  const [clinicId, setClinicId] = useState<string | null>(null);
  const all = clinics.status === 'done' ? clinics.value : [];
  const clinic = all.find((c) => c.id === clinicId) ?? all[0];
  return (
    <section>
      <PageTitle title="Clinic admin">Clinic schedules</PageTitle>
      <label className="field select">
        Location
        <select value={clinic?.id ?? ''} onChange={(e) => setClinicId(e.target.value)}>
          {all.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {clinic && <Week key={clinic.id} clinic={clinic} />}
    </section>
  );
}

/** A day or a week, for the whole location or one therapist. */
function Week({ clinic }: { clinic: AdminClinic }) {
  const [firstDay, setFirstDay] = useState(() => localToday());
  const [span, setSpan] = useState<1 | 7>(7);
  const [therapistId, setTherapistId] = useState('');
  const [version, setVersion] = useState(0);
  const from = calendar.instant(clinic.timeZone, firstDay, 0);
  const to = calendar.instant(clinic.timeZone, addDays(firstDay, span), 0);
  const [schedule] = useAsync(`${clinic.id}|${firstDay}|${span}|${therapistId}|${version}`, () =>
    adminSchedule(clinic.id, new Date(from), new Date(to), therapistId),
  );
  const days = Array.from({ length: span }, (_, i) => addDays(firstDay, i));
  const unit = span === 1 ? 'day' : 'week';
  return (
    <>
      <div className="program-fields">
        <label className="text-field">
          Show
          <select value={span} onChange={(e) => setSpan(e.target.value === '1' ? 1 : 7)}>
            <option value="7">Week</option>
            <option value="1">Day</option>
          </select>
        </label>
        <label className="text-field">
          Whose schedule
          <select value={therapistId} onChange={(e) => setTherapistId(e.target.value)}>
            <option value="">All therapists</option>
            {clinic.therapists.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="week-nav">
        <button
          type="button"
          className="button"
          onClick={() => setFirstDay(addDays(firstDay, -span))}
        >
          Previous {unit}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setFirstDay(addDays(firstDay, span))}
        >
          Next {unit}
        </button>
      </div>
      {schedule.status === 'done' && (
        <table className="records schedule">
          <caption>
            {`${span === 1 ? formatDay(firstDay) : `Week of ${formatDay(firstDay)}`} (${clinic.timeZone})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Therapist</th>
              {days.map((d) => (
                <th key={d} scope="col">
                  {formatDay(d, 'short')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schedule.value.therapists.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                {days.map((d) => {
                  const dayStart = calendar.instant(clinic.timeZone, d, 0);
                  const dayEnd = calendar.instant(clinic.timeZone, addDays(d, 1), 0);
                  const off = t.timeOff.filter(
                    (o) => Date.parse(o.start) < dayEnd && Date.parse(o.end) > dayStart,
                  );
                  return (
                    <td key={d}>
                      {off.map((o) => (
                        <div key={o.id} className="off">
                          Off: {o.reason}
                        </div>
                      ))}
                      {t.appointments
                        .filter((a) => a.localDate === d)
                        .map((a) => (
                          <div key={a.id}>
                            {a.localTime} {a.patient}
                            {span === 1 && <span className="meta"> · {a.type}</span>}
                          </div>
                        ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TimeOffForm clinic={clinic} onAdded={() => setVersion((v) => v + 1)} />
      <WorkingHoursEditor clinic={clinic} onSaved={() => setVersion((v) => v + 1)} />
    </>
  );
}

function TimeOffForm({ clinic, onAdded }: { clinic: AdminClinic; onAdded: () => void }) {
  const [therapistId, setTherapistId] = useState(clinic.therapists[0]?.id ?? '');
  const [date, setDate] = useState(() => localToday());
  const [days, setDays] = useState(1);
  const [reason, setReason] = useState('Vacation');
  const [message, setMessage] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    // Whole days in the clinic's own time zone, whatever the admin's computer says.
    const start = calendar.instant(clinic.timeZone, date, 0);
    const end = calendar.instant(clinic.timeZone, addDays(date, days), 0);
    addTimeOff(therapistId, start, end, reason).then(
      () => {
        setMessage('Time off added. Those hours are no longer bookable.');
        onAdded();
      },
      (e: unknown) => setMessage(e instanceof Error ? e.message : 'Could not add time off.'),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h2>Add time off</h2>
      <div className="program-fields">
        <label className="text-field">
          Therapist
          <select value={therapistId} onChange={(e) => setTherapistId(e.target.value)}>
            {clinic.therapists.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-field">
          First day
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="text-field">
          Days
          <input
            type="number"
            min={1}
            max={60}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          />
        </label>
        <label className="text-field">
          Reason
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      </div>
      <p role="status">{message}</p>
      <button type="submit" className="button primary">
        Add time off
      </button>
    </form>
  );
}
