import { useState, type FormEvent } from 'react';
import { localToday, logRtmMinutes, rtmReport } from '../api';
import { useAsync } from '../hooks/use-async';

/** F6: the month's remote-monitoring report across your patients. */
export function RtmReport() {
  const [month, setMonth] = useState(() => localToday().slice(0, 7));
  const [report] = useAsync(`rtm|${month}`, () => rtmReport(month));
  return (
    <section aria-labelledby="rtm-heading">
      <h2 id="rtm-heading">Remote monitoring (RTM)</h2>
      <label className="text-field inline">
        Month
        <input
          type="month"
          value={month}
          onChange={(e) => e.target.value && setMonth(e.target.value)}
        />
      </label>
      {report.status === 'done' && (
        <table className="records">
          <caption>
            30-day period from the 1st: 16 days with data support 98977; every 20 minutes of
            management 98980/98981
          </caption>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Days with data</th>
              <th scope="col">Minutes</th>
              <th scope="col">Supports</th>
            </tr>
          </thead>
          <tbody>
            {report.value.map((r) => (
              <tr key={r.patientId}>
                <th scope="row">{r.name}</th>
                <td>
                  {r.daysWithData} of {r.daysNeeded}
                </td>
                <td>{r.minutes}</td>
                <td>
                  {r.codes.length
                    ? r.codes.map((c) => `${c.code}${c.units > 1 ? ` ×${c.units}` : ''}`).join(', ')
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Log time spent managing this patient's program remotely. */
export function RtmMinutesForm({ patientId }: { patientId: string }) {
  const [minutes, setMinutes] = useState(10);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    logRtmMinutes(patientId, localToday(), minutes, note).then(
      () => setMessage(`Logged ${minutes} minutes for today.`),
      (e: unknown) => setMessage(e instanceof Error ? e.message : 'Could not log.'),
    );
  }
  return (
    <form className="form" onSubmit={submit}>
      <h2>Treatment-management time</h2>
      <div className="program-fields">
        <label className="text-field">
          Minutes today
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
      <p role="status">{message}</p>
      <button type="submit" className="button">
        Log minutes
      </button>
    </form>
  );
}
