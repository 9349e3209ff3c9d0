import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ZoneCalendar } from '../../domain/scheduling/zone-calendar';
import { adminClinics, adminSchedule, localToday, type AdminClinic } from '../api';
import { addDays } from '../../domain/calendar-days';
import { formatDay, zoneName, formatClock } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { visitsToMove } from './admin-api';
import { WorkingHoursEditor } from './admin-hours';
import { TimeOffForm, TimeOffList, VisitList } from './admin-time-off';
import { useSession } from '../hooks/use-session';
import { withNodes } from '../i18n/i18n';
import { useStaffT } from '../i18n/staff';
import { Authored } from '../components/authored';

const calendar = new ZoneCalendar();

const ADMIN_PAGES = [
  { href: '/admin', label: 'admin.nav.schedules' },
  { href: '/admin/locations', label: 'admin.nav.locations' },
  { href: '/admin/appointment-types', label: 'admin.nav.types' },
] as const;

/** Admin screens share a sign-in check and a sub-navigation that marks the current one. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { status, me } = useSession();
  const [location] = useLocation();
  const t = useStaffT();
  if (status === 'loading') return <p aria-live="polite">{t('staff.loading')}</p>;
  if (me?.user.role !== 'admin')
    return (
      <section>
        <PageTitle title={t('admin.title')}>{t('admin.title')}</PageTitle>
        <p>
          {withNodes((v) => t('admin.staffOnly', v), {
            link: <Link href="/sign-in">{t('progress.signIn')}</Link>,
          })}
        </p>
      </section>
    );
  return (
    <>
      <nav aria-label={t('admin.title')} className="sub-nav">
        <ul>
          {ADMIN_PAGES.map((p) => (
            <li key={p.href}>
              <Link href={p.href} aria-current={location === p.href ? 'page' : undefined}>
                {t(p.label)}
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
  const t = useStaffT();
  const [clinics] = useAsync('admin-clinics', adminClinics);
  const [clinicId, setClinicId] = useState<string | null>(null);
  const all = clinics.status === 'done' ? clinics.value : [];
  const clinic = all.find((c) => c.id === clinicId) ?? all[0];
  return (
    <section>
      <PageTitle title={t('admin.title')}>{t('admin.schedules')}</PageTitle>
      <label className="field select">
        {t('admin.location')}
        <select
          translate="no"
          value={clinic?.id ?? ''}
          onChange={(e) => setClinicId(e.target.value)}
        >
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
  const t = useStaffT();
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
  const active = new Set(clinic.therapists.filter((th) => th.active).map((th) => th.id));
  const days = Array.from({ length: span }, (_, i) => addDays(firstDay, i));
  const unit = span === 1 ? 'day' : 'week';
  return (
    <>
      {clinic.closed && <p className="error">{t('admin.closedWarning')}</p>}
      {stranded.status === 'done' && stranded.value.visitsToMove.length > 0 && (
        <section className="decision" aria-labelledby="to-move-title">
          <h2 id="to-move-title">
            {t('admin.toMove', { count: stranded.value.visitsToMove.length })}
          </h2>
          <p>
            {t(clinic.closed ? 'admin.closedVisits' : 'admin.inactiveVisits')} {t('admin.callEach')}
          </p>
          <VisitList visits={stranded.value.visitsToMove} label={t('admin.visitsToMove')} />
        </section>
      )}
      <div className="program-fields">
        <label className="text-field">
          {t('admin.show')}
          <select value={span} onChange={(e) => setSpan(e.target.value === '1' ? 1 : 7)}>
            <option value="7">{t('admin.week')}</option>
            <option value="1">{t('admin.day')}</option>
          </select>
        </label>
        <label className="text-field">
          {t('admin.whose')}
          <select value={therapistId} onChange={(e) => setTherapistId(e.target.value)}>
            <option value="">{t('admin.allTherapists')}</option>
            {clinic.therapists.map((th) => (
              <option key={th.id} value={th.id}>
                {th.name}
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
          {t('admin.previous', { unit })}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setFirstDay(addDays(firstDay, span))}
        >
          {t('admin.next', { unit })}
        </button>
      </div>
      {schedule.status === 'done' && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.schedule')}>
          <table className="records schedule">
            <caption>
              <span>
                {t(span === 1 ? 'admin.caption.day' : 'admin.caption.week', {
                  day: formatDay(firstDay),
                  zone: zoneName(clinic.timeZone, new Date(from)),
                })}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.therapist')}</th>
                {days.map((d) => (
                  <th key={d} scope="col">
                    {formatDay(d, 'short')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {schedule.value.therapists.map((th) => (
                <tr key={th.id}>
                  <th scope="row">
                    {th.name}
                    {!active.has(th.id) && <span className="meta"> {t('admin.noBookings')}</span>}
                  </th>
                  {days.map((d) => {
                    const dayStart = calendar.instant(clinic.timeZone, d, 0);
                    const dayEnd = calendar.instant(clinic.timeZone, addDays(d, 1), 0);
                    const off = th.timeOff.filter(
                      (o) => Date.parse(o.start) < dayEnd && Date.parse(o.end) > dayStart,
                    );
                    return (
                      <td key={d}>
                        {off.map((o) => (
                          <div key={o.id} className="off">
                            {withNodes((v) => t('admin.off', v), {
                              reason: <Authored>{o.reason}</Authored>,
                            })}
                          </div>
                        ))}
                        {th.appointments
                          .filter((a) => a.localDate === d)
                          .map((a) => (
                            <div key={a.id}>
                              {formatClock(a.localTime)} {a.patient}
                              {span === 1 && (
                                <span className="meta">
                                  {' '}
                                  · <Authored>{a.type}</Authored>
                                </span>
                              )}
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
