import { useState, type FormEvent } from 'react';
import { count } from '../../domain/monitoring/alert-words';
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

/** What each code pays for, short enough for a table cell. */
const CODE_WORDS: Record<RtmPatient['codes'][number]['code'], string> = {
  '98975': 'set-up and education',
  '98977': 'device supply, 30 days',
  '98980': 'first 20 minutes',
  '98981': 'each further 20 minutes',
};

type Period = RtmPatient['periods'][number];

function periodText(p: Period, month: string): string {
  const days = count(p.daysWithData, 'day', 'days');
  const state =
    p.status === 'met'
      ? `${days} with data, enough (${RTM_RULES.daysNeeded} needed)`
      : p.status === 'open'
        ? `${days} with data so far, ${count(RTM_RULES.daysNeeded - p.daysWithData, 'more day', 'more days')} needed`
        : `ended with ${days} with data, short of ${RTM_RULES.daysNeeded}`;
  const later = p.reportedIn === month ? '' : `; counts in ${formatMonth(p.reportedIn)}`;
  return `${formatDateRange(p.start, p.end)}: ${state}${later}`;
}

function Codes({ codes }: { codes: RtmPatient['codes'] }) {
  if (codes.length === 0) return <span className="meta">None yet</span>;
  return (
    <ul className="plain-list">
      {codes.map((c) => (
        <li key={`${c.code}-${c.period?.start ?? ''}`}>
          <strong>{c.code}</strong>
          {c.units > 1 ? ` × ${c.units}` : ''} <span className="meta">{CODE_WORDS[c.code]}</span>
        </li>
      ))}
    </ul>
  );
}

/** F6: the month's remote-monitoring report across your patients, with files to keep. */
export function RtmReport() {
  const [month, setMonth] = useState(() => localToday().slice(0, 7));
  const [report] = useAsync(`rtm|${month}`, () => rtmReport(month));
  const file = (kind: 'csv' | 'pdf') => `/api/v1/therapist/rtm/report.${kind}?month=${month}`;
  return (
    <section aria-labelledby="rtm-heading" className="rtm">
      <h2 id="rtm-heading">Remote monitoring (RTM)</h2>
      <p className="hint">
        Each patient&apos;s 30-day periods start on the day they joined your care team; a period
        needs data on {RTM_RULES.daysNeeded} days and is reported in the month it ends. Your minutes
        count per calendar month.
      </p>
      <div className="roster-controls">
        <label className="text-field">
          Month
          <input
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </label>
      </div>
      <div className="rtm-downloads">
        <a className="button" href={file('csv')} download>
          Download {formatMonth(month)} as CSV
        </a>
        <a className="button" href={file('pdf')} download>
          Download {formatMonth(month)} as PDF
        </a>
      </div>
      {report.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {report.status === 'failed' && <p className="error">{report.message}</p>}
      {report.status === 'done' && report.value.patients.length === 0 && (
        <p>No one on your care team was being monitored in {formatMonth(month)}.</p>
      )}
      {report.status === 'done' && report.value.patients.length > 0 && (
        <div className="table-scroll">
          <table className="records rtm-report stack">
            <caption>{formatMonth(month)}</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">30-day periods</th>
                <th scope="col">Your minutes</th>
                <th scope="col">Codes supported</th>
              </tr>
            </thead>
            <tbody>
              {report.value.patients.map((r) => (
                <tr key={r.patientId}>
                  <th scope="row">{r.name}</th>
                  <td data-label="30-day periods">
                    <ul className="plain-list">
                      {r.periods.map((p) => (
                        <li key={p.number}>{periodText(p, month)}</li>
                      ))}
                    </ul>
                  </td>
                  <td data-label="Your minutes">{r.minutes}</td>
                  <td data-label="Codes supported">
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
  const today = localToday();
  const month = today.slice(0, 7);
  const [state, reload] = useAsync(`rtm|${patientId}|${month}`, () =>
    rtmForPatient(patientId, month),
  );
  return (
    <section aria-labelledby="rtm-patient-heading" className="rtm">
      <h2 id="rtm-patient-heading">Remote monitoring this month</h2>
      {state.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {state.status === 'failed' && <p className="error">{state.message}</p>}
      {state.status === 'done' && <RtmStatus rtm={state.value} onChange={reload} />}
      <RtmMinutesForm patientId={patientId} onLogged={reload} />
      {state.status === 'done' && state.value.entries.length > 0 && (
        <table className="records stack">
          <caption>
            Your time with {state.value.name} in {formatMonth(month)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Minutes</th>
              <th scope="col">Live contact</th>
              <th scope="col">What you did</th>
            </tr>
          </thead>
          <tbody>
            {state.value.entries.map((e, i) => (
              <tr key={i}>
                <td>{formatDate(e.date, false, 'short')}</td>
                <td data-label="Minutes">{e.minutes}</td>
                <td data-label="Live contact">{e.liveContact ? 'Yes' : 'No'}</td>
                <td data-label="What you did">{e.note || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RtmStatus({ rtm, onChange }: { rtm: RtmPatient; onChange: () => void }) {
  const current = rtm.periods.at(-1);
  const next =
    rtm.minutes < RTM_RULES.minutesBlock
      ? `${count(rtm.minutesToNextCode, 'more minute', 'more minutes')} for 98980`
      : `${count(rtm.minutesToNextCode, 'more minute', 'more minutes')} for another 98981`;
  return (
    <>
      <ul className="plain-list rtm-status">
        <li>Monitoring started on {formatDate(rtm.startedOn, true)}.</li>
        {current && <li>{periodText(current, rtm.month)}.</li>}
        <li>
          {count(rtm.minutes, 'minute', 'minutes')} of your time logged in {formatMonth(rtm.month)};{' '}
          {next}.
        </li>
        {rtm.minutes >= RTM_RULES.minutesBlock && !rtm.liveContact && (
          <li>
            98980 also needs one live call or video with the patient this month; none is logged yet.
          </li>
        )}
        {rtm.codes.length > 0 && (
          <li>
            Supported so far: <Codes codes={rtm.codes} />
          </li>
        )}
      </ul>
      <SetupForm rtm={rtm} onRecorded={onChange} />
    </>
  );
}

function SetupForm({ rtm, onRecorded }: { rtm: RtmPatient; onRecorded: () => void }) {
  const [date, setDate] = useState(localToday);
  const [message, setMessage] = useState<string | null>(null);
  if (rtm.setupOn)
    return <p>Set-up and education (98975) recorded on {formatDate(rtm.setupOn, true)}.</p>;
  function submit(event: FormEvent) {
    event.preventDefault();
    recordRtmSetup(rtm.patientId, date).then(
      () => {
        setMessage(null);
        onRecorded();
      },
      (e: unknown) => setMessage(failureWords(e, 'Could not record it.')),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h3>Set-up and education (98975)</h3>
      <p className="hint">Once per patient: when you set them up and showed them how to log.</p>
      <div className="program-fields">
        <label className="text-field">
          Day it was done
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
        Record set-up and education
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
  function submit(event: FormEvent) {
    event.preventDefault();
    logRtmMinutes(patientId, day, minutes, note, live).then(
      () => {
        const when = day === localToday() ? 'today' : formatDate(day);
        setMessage(`Logged ${count(minutes, 'minute', 'minutes')} for ${when}.`);
        setNote('');
        setLive(false);
        onLogged?.();
      },
      (e: unknown) => setMessage(failureWords(e, 'Could not log.')),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h3>Treatment-management time</h3>
      <div className="program-fields">
        <label className="text-field">
          Day
          <input
            type="date"
            value={day}
            max={localToday()}
            required
            onChange={(e) => setDay(e.target.value)}
          />
        </label>
        <label className="text-field">
          Minutes
          <input
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
        </label>
        <label className="text-field">
          What you did
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <label className="choice">
        <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />
        <span>Included a live call or video with the patient</span>
      </label>
      <p role="status">{message}</p>
      <button type="submit" className="button">
        Log minutes
      </button>
    </form>
  );
}
