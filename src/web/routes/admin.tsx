import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ZoneCalendar } from '../../domain/scheduling/zone-calendar';
import { adminClinics, adminSchedule, localToday, type AdminClinic } from '../api';
import { addDays } from '../../domain/calendar-days';
import { formatDay, zoneName } from '../components/format';
import { PageTitle } from '../components/page';
import { countOf } from './admin-fields';
import { useAsync } from '../hooks/use-async';
import { visitsToMove } from './admin-api';
import { WorkingHoursEditor } from './admin-hours';
import { TimeOffForm, TimeOffList, VisitList } from './admin-time-off';
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
  const [removed, setRemoved] = useState<string | null>(null);
  const from = calendar.instant(clinic.timeZone, firstDay, 0);
  const to = calendar.instant(clinic.timeZone, addDays(firstDay, span), 0);
  const [schedule] = useAsync(`${clinic.id}|${firstDay}|${span}|${therapistId}|${version}`, () =>
    adminSchedule(clinic.id, new Date(from), new Date(to), therapistId),
  );
  const [stranded] = useAsync(`${clinic.id}|${version}|move`, () => visitsToMove(clinic.id));
  const active = new Set(clinic.therapists.filter((t) => t.active).map((t) => t.id));
  const days = Array.from({ length: span }, (_, i) => addDays(firstDay, i));
  const unit = span === 1 ? 'day' : 'week';
  return (
    <>
      {clinic.closed && (
        <p className="error">
          This location is closed: it offers no times and patients can't find it.
        </p>
      )}
      {stranded.status === 'done' && stranded.value.visitsToMove.length > 0 && (
        <section className="decision" aria-labelledby="to-move-title">
          <h2 id="to-move-title">{countOf(stranded.value.visitsToMove.length, 'visit')} to move</h2>
          <p>
            {clinic.closed
              ? 'This location is closed, so these visits cannot take place here.'
              : 'These visits are with therapists who no longer take bookings.'}{' '}
            Call or email each patient to find them another time or therapist.
          </p>
          <VisitList visits={stranded.value.visitsToMove} label="Visits to move" />
        </section>
      )}
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
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Schedule">
          <table className="records schedule">
            <caption>
              <span>{`${span === 1 ? formatDay(firstDay) : `Week of ${formatDay(firstDay)}`} (${zoneName(clinic.timeZone, new Date(from))})`}</span>
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
                  <th scope="row">
                    {t.name}
                    {!active.has(t.id) && (
                      <span className="meta"> (no longer taking bookings)</span>
                    )}
                  </th>
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
        </div>
      )}
      {schedule.status === 'done' && (
        <TimeOffList
          clinic={clinic}
          schedule={schedule.value}
          onRemoved={(message) => {
            setRemoved(message);
            setVersion((v) => v + 1);
          }}
        />
      )}
      <p role="status">{removed}</p>
      <TimeOffForm clinic={clinic} onAdded={() => setVersion((v) => v + 1)} />
      <WorkingHoursEditor clinic={clinic} onSaved={() => setVersion((v) => v + 1)} />
    </>
  );
}
