import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { fetchProgress, localToday, saveLog, type ProgressView } from '../api';
import { PainScale } from '../components/fields';
import { AdherenceChart } from '../components/adherence-chart';
import { count, formatDay } from '../components/format';
import { PageTitle } from '../components/page';
import { PainChart, type ChartMark } from '../components/pain-chart';
import { useMyStage } from '../components/progression-api';
import { stageMarks } from '../components/stage-parts';
import { RecheckNotice } from '../components/safety-recheck';
import { updateJourney } from '../hooks/use-journey';
import { TextField } from '../components/text-field';
import { useAsync } from '../hooks/use-async';
import { Reminders } from './reminders';
import { useSession } from '../hooks/use-session';
import { useT } from '../i18n/i18n';
import { safetyRecheck } from '../../domain/safety/recheck';
import { useSyncStatus } from '../offline/sync';
import { failureWords } from '../messages';

export function ProgressPage() {
  const { status, me } = useSession();
  const today = localToday();
  const [progress, reload] = useAsync(
    me?.user.role === 'patient' ? `${me.user.id}|${today}` : null,
    () => fetchProgress(today),
  );
  const [stage] = useMyStage(today);
  // What was recorded offline has just reached the server: show the history with it.
  const { synced } = useSyncStatus();
  useEffect(() => {
    if (synced) reload();
    // `reload` is a new function each render; only the change to "synced" matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [synced]);
  if (status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (me?.user.role !== 'patient')
    return (
      <section>
        <PageTitle title="Your progress">Your progress</PageTitle>
        <p>
          <Link href="/sign-in">Sign in</Link> or <Link href="/sign-up">create an account</Link> to
          log your pain and see how you are doing over the weeks.
        </p>
      </section>
    );
  /** Stage changes for the chart, or null while the stage is still on its way. */
  const marks =
    stage.status === 'done' ? stageMarks(stage.value) : stage.status === 'failed' ? [] : null;
  return (
    <section>
      <PageTitle title="Your progress">Your progress</PageTitle>
      {progress.status === 'failed' &&
        (progress.offline ? (
          <p className="notice">
            Your history and charts need a connection the first time they open on this device.
            Today's log below still works: it is kept here and sent when you are back online.
          </p>
        ) : (
          <p className="error">{progress.message}</p>
        ))}
      {progress.status === 'done' && progress.value.safetyRecheck && (
        <RecheckNotice reason={progress.value.safetyRecheck} />
      )}
      {progress.status === 'done' && <Overview view={progress.value} marks={marks} />}
      <DailyLogForm
        userId={me.user.id}
        today={today}
        logs={progress.status === 'done' ? progress.value.logs : []}
        onSaved={reload}
      />
      {progress.status === 'done' && <Sessions view={progress.value} />}
      <Reminders userId={me.user.id} />
    </section>
  );
}

/** `marks` is null while the stage is loading: the chart waits for it, to be drawn once. */
function Overview({ view, marks }: { view: ProgressView; marks: ChartMark[] | null }) {
  const { progress, logs } = view;
  return (
    <>
      {view.missedADay && (
        <p className="notice" role="status">
          Yesterday slipped by. That's fine: a short, gentle session today keeps the habit going.
        </p>
      )}
      <ul className="summary-words">
        {progress.summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <ul className="stats">
        <li>
          <strong>{progress.latest ? progress.latest.legPain : '–'}</strong> leg pain now
          {progress.baseline && (
            <span className="meta"> (started at {progress.baseline.legPain})</span>
          )}
        </li>
        <li>
          <strong>{progress.adherence.percent}%</strong> of this week's plan (
          {count(progress.adherence.done, 'session', 'sessions')} of {progress.adherence.prescribed}
          )
        </li>
        <li>
          <strong>{progress.streakDays}</strong> {progress.streakDays === 1 ? 'day' : 'days'} in a
          row of stretching
        </li>
      </ul>
      {logs.length > 0 && marks && (
        <figure className="chart">
          <figcaption>Pain over time</figcaption>
          <PainChart logs={logs} baseline={progress.baseline?.legPain ?? null} marks={marks} />
          <details>
            <summary>Show the numbers as a table</summary>
            <table className="records">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Leg pain</th>
                  <th scope="col">Back pain</th>
                </tr>
              </thead>
              <tbody>
                {logs.map((l) => (
                  <tr key={l.date}>
                    <td>{formatDay(l.date, 'short')}</td>
                    <td>{l.legPain}</td>
                    <td>{l.backPain}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      )}
      <AdherenceChart weeks={progress.weeks} />
    </>
  );
}

function DailyLogForm({
  userId,
  today,
  logs,
  onSaved,
}: {
  userId: string;
  today: string;
  /** The days logged so far, oldest first (the last answer kept, when offline). */
  logs: ProgressView['logs'];
  onSaved: () => void;
}) {
  const t = useT();
  const previous = logs.at(-1);
  const [legChosen, setLeg] = useState<number | undefined>(undefined);
  const [backChosen, setBack] = useState<number | undefined>(undefined);
  const [activities, setActivities] = useState(() =>
    previous?.psfs.length ? previous.psfs.map((p) => ({ ...p })) : [{ activity: '', score: 5 }],
  );
  const [notesTyped, setNotes] = useState<string | undefined>(undefined);
  // Today's log, once saved, comes back to be corrected rather than as an empty form: until
  // the person changes an answer, the form shows what they saved.
  const todays = previous?.date === today ? previous : undefined;
  const leg = legChosen ?? todays?.legPain;
  const back = backChosen ?? todays?.backPain;
  const notes = notesTyped ?? todays?.notes ?? '';
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (leg === undefined || back === undefined) {
      setMessage('Choose a number for leg pain and for back pain.');
      return;
    }
    try {
      const sent = await saveLog(userId, today, {
        legPain: leg,
        backPain: back,
        psfs: activities.filter((a) => a.activity.trim().length >= 2),
        notes,
      });
      if (sent.kept) {
        // The server would ask the warning signs again for this rise; with no network the
        // same rule runs here, so the next plan waits for the questions all the same.
        const recheck = safetyRecheck({
          logs: [
            ...logs
              .filter((l) => l.date !== today)
              .map((l) => ({ date: l.date, legPain: l.legPain, updatedAt: 0 })),
            { date: today, legPain: leg, updatedAt: Date.now() },
          ],
          checkins: [],
          screenedAt: Date.now() - 1,
        });
        if (recheck) updateJourney({ recheck });
        setMessage(t('sync.kept'));
        return;
      }
      if (sent.value.safetyRecheck) updateJourney({ recheck: sent.value.safetyRecheck });
      setMessage('Saved for today.');
      onSaved();
    } catch (e) {
      setMessage(failureWords(e, 'Could not save. Please try again.'));
    }
  }

  return (
    <form className="form daily-log" onSubmit={(e) => void submit(e)}>
      <h2>How are you today, {formatDay(today)}?</h2>
      <PainScale name="legPain" legend="Leg pain right now" value={leg} onChange={setLeg} />
      <PainScale name="backPain" legend="Back pain right now" value={back} onChange={setBack} />
      <fieldset className="field">
        <legend>Everyday activities</legend>
        <p className="hint">
          Up to 5 things your pain makes hard, each from 0 (can't do it) to 10 (as before).
        </p>
        {activities.map((a, i) => (
          <div key={i} className="activity-row">
            <TextField
              label={`Activity ${i + 1}`}
              value={a.activity}
              onChange={(e) =>
                setActivities(
                  activities.map((x, j) => (j === i ? { ...x, activity: e.target.value } : x)),
                )
              }
            />
            <label className="text-field">
              How well (0–10)
              <input
                type="number"
                min={0}
                max={10}
                value={a.score}
                onChange={(e) =>
                  setActivities(
                    activities.map((x, j) =>
                      j === i ? { ...x, score: Number(e.target.value) } : x,
                    ),
                  )
                }
              />
            </label>
          </div>
        ))}
        {activities.length < 5 && (
          <button
            type="button"
            className="button"
            onClick={() => setActivities([...activities, { activity: '', score: 5 }])}
          >
            Add an activity
          </button>
        )}
      </fieldset>
      <label className="text-field">
        Notes (optional)
        <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
      </label>
      <p role="status">{message}</p>
      <button className="button primary" type="submit">
        Save today's log
      </button>
    </form>
  );
}

function Sessions({ view }: { view: ProgressView }) {
  if (view.sessions.length === 0)
    return (
      <p>
        No sessions yet. <Link href="/start">Start today's stretches</Link>.
      </p>
    );
  return (
    <>
      <h2>Recent sessions</h2>
      <ul className="appointments">
        {view.sessions.slice(0, 10).map((s) => (
          <li key={s.id}>
            {formatDay(s.localDate, 'short')}: {count(s.exercises, 'exercise', 'exercises')} done,{' '}
            {count(s.checkins, 'check-in', 'check-ins')}
            {s.outcome === 'stopped' ? ', stopped early for safety' : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
