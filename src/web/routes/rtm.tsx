import { useState, type FormEvent } from 'react';
import { RTM_RULES } from '../../domain/monitoring/rtm';
import {
  localToday,
  logRtmMinutes,
  recordRtmSetup,
  rtmForPatient,
  rtmReport,
  type RtmPatient,
} from '../api';
import { formatDate, formatDateRange, formatMonth } from '../components/format';
import { useAsync } from '../hooks/use-async';
import { failureWords } from '../messages';
import { useStaffT, type StaffTranslate } from '../i18n/staff';

type Period = RtmPatient['periods'][number];

function periodText(p: Period, month: string, t: StaffTranslate): string {
  const text = t(
    `rtm.period.${p.status === 'met' ? 'met' : p.status === 'open' ? 'open' : 'short'}`,
    {
      range: formatDateRange(p.start, p.end),
      days: p.daysWithData,
      needed: RTM_RULES.daysNeeded,
      more: RTM_RULES.daysNeeded - p.daysWithData,
    },
  );
  return p.reportedIn === month
    ? text
    : t('rtm.period.later', { period: text, month: formatMonth(p.reportedIn) });
}

function Codes({ codes }: { codes: RtmPatient['codes'] }) {
  const t = useStaffT();
  if (codes.length === 0) return <span className="meta">{t('rtm.noneYet')}</span>;
  return (
    <ul className="plain-list">
      {codes.map((c) => (
        <li key={`${c.code}-${c.period?.start ?? ''}`}>
          <strong>{c.code}</strong>
          {c.units > 1 ? ` × ${c.units}` : ''}{' '}
          <span className="meta">{t('rtm.code', { code: c.code })}</span>
        </li>
      ))}
    </ul>
  );
}

/** F6: the month's remote-monitoring report across your patients, with files to keep. */
export function RtmReport() {
  const t = useStaffT();
  const [month, setMonth] = useState(() => localToday().slice(0, 7));
  const [report] = useAsync(`rtm|${month}`, () => rtmReport(month));
  const file = (kind: 'csv' | 'pdf') => `/api/v1/therapist/rtm/report.${kind}?month=${month}`;
  return (
    <section aria-labelledby="rtm-heading" className="rtm">
      <h2 id="rtm-heading">{t('rtm.title')}</h2>
      <p className="hint">{t('rtm.hint', { needed: RTM_RULES.daysNeeded })}</p>
      <div className="roster-controls">
        <label className="text-field">
          {t('rtm.month')}
          <input
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </label>
      </div>
      <div className="rtm-downloads">
        <a className="button" href={file('csv')} download>
          {t('rtm.csv', { month: formatMonth(month) })}
        </a>
        <a className="button" href={file('pdf')} download>
          {t('rtm.pdf', { month: formatMonth(month) })}
        </a>
      </div>
      {report.status === 'loading' && <p aria-live="polite">{t('staff.loading')}</p>}
      {report.status === 'failed' && <p className="error">{report.message}</p>}
      {report.status === 'done' && report.value.patients.length === 0 && (
        <p>{t('rtm.nobody', { month: formatMonth(month) })}</p>
      )}
      {report.status === 'done' && report.value.patients.length > 0 && (
        <div className="table-scroll">
          <table className="records rtm-report stack">
            <caption>{formatMonth(month)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roster.patient')}</th>
                <th scope="col">{t('rtm.periods')}</th>
                <th scope="col">{t('rtm.yourMinutes')}</th>
                <th scope="col">{t('rtm.codes')}</th>
              </tr>
            </thead>
            <tbody>
              {report.value.patients.map((r) => (
                <tr key={r.patientId}>
                  <th scope="row">{r.name}</th>
                  <td data-label={t('rtm.periods')}>
                    <ul className="plain-list">
                      {r.periods.map((p) => (
                        <li key={p.number}>{periodText(p, month, t)}</li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t('rtm.yourMinutes')}>{r.minutes}</td>
                  <td data-label={t('rtm.codes')}>
                    <Codes codes={r.codes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One patient's monitoring this month, with set-up and time logging. */
export function RtmPanel({ patientId }: { patientId: string }) {
  const t = useStaffT();
  const today = localToday();
  const month = today.slice(0, 7);
  const [state, reload] = useAsync(`rtm|${patientId}|${month}`, () =>
    rtmForPatient(patientId, month),
  );
  return (
    <section aria-labelledby="rtm-patient-heading" className="rtm">
      <h2 id="rtm-patient-heading">{t('rtm.thisMonth')}</h2>
      {state.status === 'loading' && <p aria-live="polite">{t('staff.loading')}</p>}
      {state.status === 'failed' && <p className="error">{state.message}</p>}
      {state.status === 'done' && <RtmStatus rtm={state.value} onChange={reload} />}
      <RtmMinutesForm patientId={patientId} onLogged={reload} />
      {state.status === 'done' && state.value.entries.length > 0 && (
        <table className="records stack">
          <caption>
            {t('rtm.yourTime', { name: state.value.name, month: formatMonth(month) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('patient.day')}</th>
              <th scope="col">{t('rtm.minutes')}</th>
              <th scope="col">{t('rtm.live')}</th>
              <th scope="col">{t('rtm.whatYouDid')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.entries.map((e, i) => (
              <tr key={i}>
                <td>{formatDate(e.date, false, 'short')}</td>
                <td data-label={t('rtm.minutes')}>{e.minutes}</td>
                <td data-label={t('rtm.live')}>{t(e.liveContact ? 'answer.yes' : 'answer.no')}</td>
                <td data-label={t('rtm.whatYouDid')}>{e.note || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RtmStatus({ rtm, onChange }: { rtm: RtmPatient; onChange: () => void }) {
  const t = useStaffT();
  const current = rtm.periods.at(-1);
  const next = t(rtm.minutes < RTM_RULES.minutesBlock ? 'rtm.next98980' : 'rtm.next98981', {
    minutes: rtm.minutesToNextCode,
  });
  return (
    <>
      <ul className="plain-list rtm-status">
        <li>{t('rtm.started', { day: formatDate(rtm.startedOn, true) })}</li>
        {current && <li>{periodText(current, rtm.month, t)}.</li>}
        <li>{t('rtm.logged', { minutes: rtm.minutes, month: formatMonth(rtm.month), next })}</li>
        {rtm.minutes >= RTM_RULES.minutesBlock && !rtm.liveContact && <li>{t('rtm.needsLive')}</li>}
        {rtm.codes.length > 0 && (
          <li>
            {t('rtm.supported')} <Codes codes={rtm.codes} />
          </li>
        )}
      </ul>
      <SetupForm rtm={rtm} onRecorded={onChange} />
    </>
  );
}

function SetupForm({ rtm, onRecorded }: { rtm: RtmPatient; onRecorded: () => void }) {
  const t = useStaffT();
  const [date, setDate] = useState(localToday);
  const [message, setMessage] = useState<string | null>(null);
  if (rtm.setupOn) return <p>{t('rtm.setupOn', { day: formatDate(rtm.setupOn, true) })}</p>;
  function submit(event: FormEvent) {
    event.preventDefault();
    recordRtmSetup(rtm.patientId, date).then(
      () => {
        setMessage(null);
        onRecorded();
      },
      (e: unknown) => setMessage(failureWords(e, t('rtm.setupFailed'))),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h3>{t('rtm.setup')}</h3>
      <p className="hint">{t('rtm.setupHint')}</p>
      <div className="program-fields">
        <label className="text-field">
          {t('rtm.setupDay')}
          <input
            type="date"
            value={date}
            max={localToday()}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
      </div>
      <p role="status">{message}</p>
      <button type="submit" className="button">
        {t('rtm.recordSetup')}
      </button>
    </form>
  );
}

/** Log time spent managing this patient's program remotely. */
export function RtmMinutesForm({
  patientId,
  onLogged,
}: {
  patientId: string;
  onLogged?: () => void;
}) {
  const [day, setDay] = useState(localToday);
  const [minutes, setMinutes] = useState(10);
  const [note, setNote] = useState('');
  const [live, setLive] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const t = useStaffT();
  function submit(event: FormEvent) {
    event.preventDefault();
    logRtmMinutes(patientId, day, minutes, note, live).then(
      () => {
        setMessage(
          day === localToday()
            ? t('rtm.loggedToday', { minutes })
            : t('rtm.loggedOn', { minutes, day: formatDate(day) }),
        );
        setNote('');
        setLive(false);
        onLogged?.();
      },
      (e: unknown) => setMessage(failureWords(e, t('rtm.logFailed'))),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h3>{t('rtm.managementTime')}</h3>
      <div className="program-fields">
        <label className="text-field">
          {t('patient.day')}
          <input
            type="date"
            value={day}
            max={localToday()}
            required
            onChange={(e) => setDay(e.target.value)}
          />
        </label>
        <label className="text-field">
          {t('rtm.minutes')}
          <input
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
        </label>
        <label className="text-field">
          {t('rtm.whatYouDid')}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <label className="choice">
        <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />
        <span>{t('rtm.liveCall')}</span>
      </label>
      <p role="status">{message}</p>
      <button type="submit" className="button">
        {t('rtm.logMinutes')}
      </button>
    </form>
  );
}
