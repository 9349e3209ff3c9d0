import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { fetchProgress, localToday, saveLog, type ProgressView } from '../api';
import { PainScale } from '../components/fields';
import { AdherenceChart } from '../components/adherence-chart';
import { formatDay } from '../components/format';
import { PageTitle } from '../components/page';
import { PainChart, type ChartMark } from '../components/pain-chart';
import { useMyStage } from '../components/progression-api';
import { stageMarks } from '../components/stage-parts';
import { updateJourney } from '../hooks/use-journey';
import { TextField } from '../components/text-field';
import { useAsync } from '../hooks/use-async';
import { Reminders } from './reminders';
import { useSession } from '../hooks/use-session';
import { useT } from '../i18n/i18n';
import { safetyRecheck } from '../../domain/safety/recheck';
import { useSyncStatus } from '../offline/sync';
import { failureWords } from '../messages';

/**
 * Shown only after a rise in leg pain; it names exercises, so it brings the content catalog,
 * which the page otherwise does without.
 */
const RecheckNotice = lazy(async () => ({
  default: (await import('../components/safety-recheck')).RecheckNotice,
}));

export function ProgressPage() {
  const { status, me } = useSession();
  const t = useT();
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
  if (status === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (me?.user.role !== 'patient')
    return (
      <section>
        <PageTitle title={t('progress.title')}>{t('progress.title')}</PageTitle>
        <p>
          <Link href="/sign-in">{t('progress.signIn')}</Link> {t('summary.or')}{' '}
          <Link href="/sign-up">{t('progress.createAccount')}</Link> {t('progress.signInWhy')}
        </p>
      </section>
    );
  /** Stage changes for the chart, or null while the stage is still on its way. */
  const marks =
    stage.status === 'done' ? stageMarks(stage.value, t) : stage.status === 'failed' ? [] : null;
  return (
    <section>
      <PageTitle title={t('progress.title')}>{t('progress.title')}</PageTitle>
      {progress.status === 'failed' &&
        (progress.offline ? (
          <p className="notice">{t('progress.offline')}</p>
        ) : (
          <p className="error">{progress.message}</p>
        ))}
      {progress.status === 'done' && progress.value.safetyRecheck && (
        <Suspense fallback={null}>
          <RecheckNotice reason={progress.value.safetyRecheck} />
        </Suspense>
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
  const t = useT();
  return (
    <>
      {view.missedADay && (
        <p className="notice" role="status">
          {t('progress.missedADay')}
        </p>
      )}
      <ul className="summary-words">
        {progress.summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <ul className="stats">
        <li>
          <strong>{progress.latest ? progress.latest.legPain : '–'}</strong>{' '}
          {t('progress.legPainNow')}
          {progress.baseline && (
            <span className="meta">
              {' '}
              {t('progress.startedAt', { baseline: progress.baseline.legPain })}
            </span>
          )}
        </li>
        <li>
          <strong>{progress.adherence.percent}%</strong>{' '}
          {t('progress.ofPlan', {
            done: progress.adherence.done,
            planned: progress.adherence.prescribed,
          })}
        </li>
        <li>
          <strong>{progress.streakDays}</strong>{' '}
          {t('progress.streakStat', { days: progress.streakDays })}
        </li>
      </ul>
      {logs.length > 0 && marks && (
        <figure className="chart">
          <figcaption>{t('progress.painOverTime')}</figcaption>
          <PainChart logs={logs} baseline={progress.baseline?.legPain ?? null} marks={marks} />
          <details>
            <summary>{t('progress.showTable')}</summary>
            <table className="records">
              <thead>
                <tr>
                  <th scope="col">{t('progress.day')}</th>
                  <th scope="col">{t('progress.legPain')}</th>
                  <th scope="col">{t('progress.backPain')}</th>
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
      setMessage(t('progress.chooseNumbers'));
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
      setMessage(t('progress.saved'));
      onSaved();
    } catch (e) {
      setMessage(failureWords(e, t('progress.saveFailed')));
    }
  }

  return (
    <form className="form daily-log" onSubmit={(e) => void submit(e)}>
      <h2>{t('progress.howToday', { day: formatDay(today) })}</h2>
      <PainScale
        name="legPain"
        legend={t('progress.legPainRightNow')}
        value={leg}
        onChange={setLeg}
      />
      <PainScale
        name="backPain"
        legend={t('progress.backPainRightNow')}
        value={back}
        onChange={setBack}
      />
      <fieldset className="field">
        <legend>{t('progress.activities')}</legend>
        <p className="hint">{t('progress.activitiesHint')}</p>
        {activities.map((a, i) => (
          <div key={i} className="activity-row">
            <TextField
              label={t('progress.activity', { number: i + 1 })}
              value={a.activity}
              onChange={(e) =>
                setActivities(
                  activities.map((x, j) => (j === i ? { ...x, activity: e.target.value } : x)),
                )
              }
            />
            <label className="text-field">
              {t('progress.howWell')}
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
            {t('progress.addActivity')}
          </button>
        )}
      </fieldset>
      <label className="text-field">
        {t('progress.notes')}
        <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
      </label>
      <p role="status">{message}</p>
      <button className="button primary" type="submit">
        {t('progress.save')}
      </button>
    </form>
  );
}

function Sessions({ view }: { view: ProgressView }) {
  const t = useT();
  if (view.sessions.length === 0)
    return (
      <p>
        {t('progress.noSessions')} <Link href="/start">{t('progress.startToday')}</Link>.
      </p>
    );
  return (
    <>
      <h2>{t('progress.recent')}</h2>
      <ul className="appointments">
        {view.sessions.slice(0, 10).map((s) => (
          <li key={s.id}>
            {formatDay(s.localDate, 'short')}:{' '}
            {t('progress.sessionLine', {
              exercises: s.exercises,
              checkins: s.checkins,
              stopped: s.outcome === 'stopped' ? 'yes' : 'no',
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
