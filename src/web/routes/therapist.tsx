import { useMemo, useState } from 'react';
import { useT } from '../i18n/i18n';
import { Link, useParams } from 'wouter';
import {
  createInvite,
  localToday,
  patientDetail,
  roster,
  type Alert,
  type RosterRow,
} from '../api';
import { LIBRARY } from '../../../content/catalog';
import {
  count,
  describeAlert,
  exerciseName,
  type AlertWords,
} from '../../domain/monitoring/alert-words';
import { formatDate, formatInstant } from '../components/format';
import { PageTitle } from '../components/page';
import { PainChart, ScoreChart } from '../components/pain-chart';
import { useAsync } from '../hooks/use-async';
import { ProgramBuilder } from './program-builder';
import { ProgramStagePanel } from './therapist-progression';
import { patientStage, type StageView } from '../components/progression-api';
import { stageMarks } from '../components/stage-parts';
import { RtmPanel, RtmReport } from './rtm';
import { useSession } from '../hooks/use-session';

const LEVEL_TEXT = { immediate: 'Act now', review: 'Review', nudge: 'Nudge' } as const;
const SORTS = {
  alerts: (a: RosterRow, b: RosterRow) =>
    alertRank(a) - alertRank(b) || a.name.localeCompare(b.name),
  name: (a: RosterRow, b: RosterRow) => a.name.localeCompare(b.name),
  adherence: (a: RosterRow, b: RosterRow) => a.adherencePercent - b.adherencePercent,
  pain: (a: RosterRow, b: RosterRow) => (b.legChange ?? -99) - (a.legChange ?? -99),
} as const;
function alertRank(row: RosterRow): number {
  const levels = row.alerts.map((a) => ({ immediate: 0, review: 1, nudge: 2 })[a.level]);
  return levels.length ? Math.min(...levels) : 3;
}

/** Alerts are worded here, in the reader's locale and time zone, with the library's names. */
const WORDS: AlertWords = {
  day: (d) => formatDate(d),
  instant: formatInstant,
  exercise: (id, variant) => exerciseName(LIBRARY, id, variant),
};

/** What the check-in led to, as the therapist would say it. */
const ACTION_WORDS: Record<string, string> = {
  continue: 'Carried on',
  modify: 'Switched to a gentler version',
  skip: 'Skipped this exercise',
  stop: 'Stopped the session',
};

function AlertList({ alerts }: { alerts: Alert[] }) {
  if (alerts.length === 0) return <span className="meta">No alerts</span>;
  return (
    <ul className="alerts">
      {alerts.map((a) => (
        <li key={a.kind} className={`alert alert-${a.level}`}>
          <strong>{LEVEL_TEXT[a.level]}:</strong> {describeAlert(a, WORDS)}
        </li>
      ))}
    </ul>
  );
}

function StaffOnly({ children }: { children: React.ReactNode }) {
  const { status, me } = useSession();
  if (status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (me?.user.role !== 'therapist')
    return (
      <section>
        <PageTitle title="Therapists">For therapists</PageTitle>
        <p>
          This page is for therapists. <Link href="/sign-in">Sign in</Link> with a therapist
          account.
        </p>
      </section>
    );
  return <>{children}</>;
}

export function RosterPage() {
  return (
    <StaffOnly>
      <Roster />
    </StaffOnly>
  );
}

function Roster() {
  const today = localToday();
  const [rows] = useAsync(`roster|${today}`, () => roster(today));
  const [sort, setSort] = useState<keyof typeof SORTS>('alerts');
  const [filter, setFilter] = useState<'all' | 'alerts'>('all');
  const [search, setSearch] = useState('');
  const [invite, setInvite] = useState<{ url: string; qrSvg: string } | null>(null);
  const shown = useMemo(() => {
    if (rows.status !== 'done') return [];
    return rows.value
      .filter((r) => filter === 'all' || r.alerts.some((a) => a.level !== 'nudge'))
      .filter((r) => r.name.toLowerCase().includes(search.toLowerCase()))
      .sort(SORTS[sort]);
  }, [rows, sort, filter, search]);

  return (
    <section>
      <PageTitle title="Your patients">Your patients</PageTitle>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void createInvite().then(setInvite)}
        >
          Invite a patient
        </button>
      </div>
      {invite && (
        <div className="invite" role="status">
          <p>
            Share this link, or let the patient scan the code. It keeps working when you change
            their program.
          </p>
          <p>
            <input
              className="invite-url"
              readOnly
              value={invite.url}
              aria-label="Invite link"
              onFocus={(e) => e.target.select()}
            />
          </p>
          <img
            className="qr"
            alt="QR code for the invite link"
            src={`data:image/svg+xml;base64,${btoa(invite.qrSvg)}`}
          />
        </div>
      )}
      <div className="roster-controls">
        <label className="text-field">
          Find a patient
          <input value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="field select">
          Sort by
          <select value={sort} onChange={(e) => setSort(e.target.value as keyof typeof SORTS)}>
            <option value="alerts">Most urgent first</option>
            <option value="name">Name</option>
            <option value="adherence">Lowest adherence</option>
            <option value="pain">Pain rising most</option>
          </select>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={filter === 'alerts'}
            onChange={(e) => setFilter(e.target.checked ? 'alerts' : 'all')}
          />
          <span>Only patients needing review</span>
        </label>
      </div>
      <p className="hint">
        We also email you: at once when a patient reports a red flag, and at most once a week for
        each concern that needs review. The email names the concern and links here; scores and notes
        stay behind your sign-in.
      </p>
      {rows.status === 'loading' && <p>Loading…</p>}
      {rows.status === 'failed' && <p className="error">{rows.message}</p>}
      {rows.status === 'done' && (
        <table className="records roster stack">
          <caption>{count(shown.length, 'patient', 'patients')}</caption>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Adherence (7 days)</th>
              <th scope="col">Leg pain: start → now</th>
              <th scope="col">Last activity</th>
              <th scope="col">Alerts</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/therapist/patients/${r.id}`}>{r.name}</Link>
                </th>
                <td data-label="Adherence (7 days)">{r.adherencePercent}%</td>
                <td data-label="Leg pain: start → now">
                  {r.baselineLegPain ?? '–'} → {r.latestLegPain ?? '–'}
                  {r.legChange !== null && r.legChange !== 0
                    ? ` (${r.legChange > 0 ? '+' : ''}${r.legChange})`
                    : ''}
                </td>
                <td data-label="Last activity">
                  {r.lastActivity ? formatDate(r.lastActivity, false, 'short') : 'Never'}
                </td>
                <td data-label="Alerts">
                  {(r.alerts.length > 0 || !r.readyToProgress) && <AlertList alerts={r.alerts} />}
                  {r.readyToProgress && (
                    <p className="badge ready">
                      Ready to progress: → {r.readyToProgress.toStageName}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RtmReport />
    </section>
  );
}

export function PatientDetailPage() {
  return (
    <StaffOnly>
      <PatientDetailView />
    </StaffOnly>
  );
}

function PatientDetailView() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const today = localToday();
  const [detail] = useAsync(`${id}|${today}`, () => patientDetail(id, today));
  const [stageLoad] = useAsync(`stage|${id}|${today}`, () => patientStage(id, today));
  /**
   * The stage after an approval or decline, kept until the page loads again. It names its
   * patient: moving to another patient's page keeps this component, not their answer.
   */
  const [answered, setAnswered] = useState<{ id: string; view: StageView } | null>(null);
  /** A new program version remounts the builder, so it reads the version just assigned. */
  const [builderKey, setBuilderKey] = useState(0);
  const stage =
    answered?.id === id ? answered.view : stageLoad.status === 'done' ? stageLoad.value : null;
  if (detail.status === 'failed')
    return (
      <section>
        <PageTitle title="Patient not found">Patient not found</PageTitle>
        <p>
          {detail.message} <Link href="/therapist">Back to your patients</Link>
        </p>
      </section>
    );
  if (detail.status !== 'done') return <p aria-live="polite">Loading…</p>;
  const d = detail.value;
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/therapist">Your patients</Link>
      </p>
      <PageTitle title={d.patient.name}>{d.patient.name}</PageTitle>
      <p className="meta">
        {d.patient.email} · joined {formatDate(d.patient.joined, true, 'short')}
      </p>
      <h2>Alerts</h2>
      <AlertList alerts={d.alerts} />
      <h2>Their weekly summary, as they see it</h2>
      <ul className="summary-words">
        {d.summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {/* Drawn once the stage is known too (or could not be loaded), not once without its marks. */}
      {d.logs.length > 0 && (stage || stageLoad.status === 'failed') && (
        <figure className="chart">
          <figcaption>Pain over time</figcaption>
          <PainChart
            logs={d.logs}
            baseline={d.logs[0]?.legPain ?? null}
            marks={stage ? stageMarks(stage, t) : []}
          />
        </figure>
      )}
      {d.logs.some((l) => l.psfs.length > 0) && (
        <figure className="chart">
          <figcaption>
            Everyday activities (PSFS average, 0–10, higher is better; a 2-point change is
            noticeable)
          </figcaption>
          <ScoreChart
            dates={d.logs.map((l) => l.date)}
            yLabel="PSFS (0–10)"
            lines={[
              {
                label: 'PSFS average',
                stroke: '#0f5c5a',
                width: 3,
                values: d.logs.map((l) =>
                  l.psfs.length
                    ? l.psfs.reduce((sum, p) => sum + p.score, 0) / l.psfs.length
                    : null,
                ),
              },
            ]}
          />
        </figure>
      )}
      <ProgramStagePanel
        key={id}
        patientId={d.patient.id}
        today={today}
        view={stage}
        failed={stageLoad.status === 'failed' ? stageLoad.message : null}
        onChange={(view, version) => {
          setAnswered({ id, view });
          if (version !== undefined) setBuilderKey((k) => k + 1);
        }}
      />
      <ProgramBuilder key={builderKey} patientId={d.patient.id} />
      <RtmPanel patientId={d.patient.id} />
      <h2>Check-ins</h2>
      <table className="records stack">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Exercise</th>
            <th scope="col">Pain before → after</th>
            <th scope="col">Spreading</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {d.checkins.map((c, i) => (
            <tr key={i}>
              <td>{formatDate(c.date, false, 'short')}</td>
              <td data-label="Exercise">{exerciseName(LIBRARY, c.exerciseId, c.variant)}</td>
              <td data-label="Pain before → after">
                {c.painBefore} → {c.painAfter}
              </td>
              <td data-label="Spreading">
                {c.tinglingSpread && c.numbnessSpread
                  ? 'Tingling and numbness'
                  : c.tinglingSpread
                    ? 'Tingling'
                    : c.numbnessSpread
                      ? 'Numbness'
                      : 'No'}
              </td>
              <td data-label="Result">{ACTION_WORDS[c.action] ?? 'Answered'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Daily logs</h2>
      <table className="records stack">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Leg</th>
            <th scope="col">Back</th>
            <th scope="col">Activities</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {[...d.logs].reverse().map((l) => (
            <tr key={l.date}>
              <td>{formatDate(l.date, false, 'short')}</td>
              <td data-label="Leg">{l.legPain}</td>
              <td data-label="Back">{l.backPain}</td>
              <td data-label="Activities">
                {l.psfs.map((p) => `${p.activity}: ${p.score}`).join('; ')}
              </td>
              <td data-label="Notes">{l.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
