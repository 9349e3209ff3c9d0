import { useMemo, useState } from 'react';
import { withNodes } from '../i18n/i18n';
import { useAlertWords, useStaffT } from '../i18n/staff';
import { useCatalog } from '../i18n/catalog';
import { Authored } from '../components/authored';
import { Link, useParams } from 'wouter';
import {
  createInvite,
  localToday,
  patientDetail,
  roster,
  type Alert,
  type RosterRow,
} from '../api';
import {
  describeAlert,
  exerciseName,
  type AlertFormat,
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

/** Alerts are worded here, in the reader's language and time zone, with the library's names. */
function useAlertFormat(words: AlertWords): AlertFormat {
  const { LIBRARY } = useCatalog();
  return useMemo(
    () => ({
      day: (d) => formatDate(d),
      instant: formatInstant,
      exercise: (id, variant) => exerciseName(LIBRARY, id, variant, words),
    }),
    [LIBRARY, words],
  );
}

function AlertList({ alerts }: { alerts: Alert[] }) {
  const t = useStaffT();
  const words = useAlertWords();
  const format = useAlertFormat(words);
  if (alerts.length === 0) return <span className="meta">{t('roster.noAlerts')}</span>;
  return (
    <ul className="alerts">
      {alerts.map((a) => (
        <li key={a.kind} className={`alert alert-${a.level}`}>
          <strong>{t('alert.level', { level: a.level })}:</strong> {describeAlert(a, words, format)}
        </li>
      ))}
    </ul>
  );
}

function StaffOnly({ children }: { children: React.ReactNode }) {
  const { status, me } = useSession();
  const t = useStaffT();
  if (status === 'loading') return <p aria-live="polite">{t('staff.loading')}</p>;
  if (me?.user.role !== 'therapist')
    return (
      <section>
        <PageTitle title={t('staff.therapistsTitle')}>{t('staff.forTherapists')}</PageTitle>
        <p>
          {withNodes((v) => t('staff.therapistsOnly', v), {
            link: <Link href="/sign-in">{t('progress.signIn')}</Link>,
          })}
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
  const t = useStaffT();
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
      <PageTitle title={t('roster.title')}>{t('roster.title')}</PageTitle>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void createInvite().then(setInvite)}
        >
          {t('roster.invite')}
        </button>
      </div>
      {invite && (
        <div className="invite" role="status">
          <p>{t('roster.inviteShare')}</p>
          <p>
            <input
              className="invite-url"
              readOnly
              value={invite.url}
              aria-label={t('roster.inviteLink')}
              onFocus={(e) => e.target.select()}
            />
          </p>
          <img
            className="qr"
            alt={t('roster.inviteQr')}
            src={`data:image/svg+xml;base64,${btoa(invite.qrSvg)}`}
          />
        </div>
      )}
      <div className="roster-controls">
        <label className="text-field">
          {t('roster.find')}
          <input value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="field select">
          {t('roster.sortBy')}
          <select value={sort} onChange={(e) => setSort(e.target.value as keyof typeof SORTS)}>
            {(Object.keys(SORTS) as (keyof typeof SORTS)[]).map((key) => (
              <option key={key} value={key}>
                {t(`roster.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={filter === 'alerts'}
            onChange={(e) => setFilter(e.target.checked ? 'alerts' : 'all')}
          />
          <span>{t('roster.onlyReview')}</span>
        </label>
      </div>
      <p className="hint">{t('roster.emailHint')}</p>
      {rows.status === 'loading' && <p>{t('staff.loading')}</p>}
      {rows.status === 'failed' && <p className="error">{rows.message}</p>}
      {rows.status === 'done' && (
        <table className="records roster stack">
          <caption>{t('roster.count', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.patient')}</th>
              <th scope="col">{t('roster.adherence')}</th>
              <th scope="col">{t('roster.legPain')}</th>
              <th scope="col">{t('roster.lastActivity')}</th>
              <th scope="col">{t('roster.alerts')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/therapist/patients/${r.id}`}>{r.name}</Link>
                </th>
                <td data-label={t('roster.adherence')}>{r.adherencePercent}%</td>
                <td data-label={t('roster.legPain')}>
                  {r.baselineLegPain ?? '–'} → {r.latestLegPain ?? '–'}
                  {r.legChange !== null && r.legChange !== 0
                    ? ` (${r.legChange > 0 ? '+' : ''}${r.legChange})`
                    : ''}
                </td>
                <td data-label={t('roster.lastActivity')}>
                  {r.lastActivity ? formatDate(r.lastActivity, false, 'short') : t('roster.never')}
                </td>
                <td data-label={t('roster.alerts')}>
                  {(r.alerts.length > 0 || !r.readyToProgress) && <AlertList alerts={r.alerts} />}
                  {r.readyToProgress && (
                    <p className="badge ready">
                      {t('roster.ready', { stage: r.readyToProgress.toStageName })}
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
  const t = useStaffT();
  const words = useAlertWords();
  const { LIBRARY } = useCatalog();
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
        <PageTitle title={t('patient.notFound')}>{t('patient.notFound')}</PageTitle>
        <p>
          {detail.message} <Link href="/therapist">{t('patient.back')}</Link>
        </p>
      </section>
    );
  if (detail.status !== 'done') return <p aria-live="polite">{t('staff.loading')}</p>;
  const d = detail.value;
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/therapist">{t('roster.title')}</Link>
      </p>
      <PageTitle title={d.patient.name}>{d.patient.name}</PageTitle>
      <p className="meta">
        {t('patient.joined', {
          email: d.patient.email,
          day: formatDate(d.patient.joined, true, 'short'),
        })}
      </p>
      <p className="actions">
        <a className="button" href={`/api/v1/patients/${d.patient.id}/export.fhir`} download>
          {t('patient.fhir')}
        </a>
      </p>
      <h2>{t('roster.alerts')}</h2>
      <AlertList alerts={d.alerts} />
      <h2>{t('patient.summary')}</h2>
      <ul className="summary-words">
        {d.summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {/* Drawn once the stage is known too (or could not be loaded), not once without its marks. */}
      {d.logs.length > 0 && (stage || stageLoad.status === 'failed') && (
        <figure className="chart">
          <figcaption>{t('patient.painOverTime')}</figcaption>
          <PainChart
            logs={d.logs}
            baseline={d.logs[0]?.legPain ?? null}
            marks={stage ? stageMarks(stage, t) : []}
          />
        </figure>
      )}
      {d.logs.some((l) => l.psfs.length > 0) && (
        <figure className="chart">
          <figcaption>{t('patient.psfsCaption')}</figcaption>
          <ScoreChart
            dates={d.logs.map((l) => l.date)}
            yLabel={t('patient.psfsAxis')}
            lines={[
              {
                label: t('patient.psfsLine'),
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
      <ProgramBuilder key={builderKey} patientId={d.patient.id} patientLocale={d.patient.locale} />
      <RtmPanel patientId={d.patient.id} />
      <h2>{t('patient.checkins')}</h2>
      <table className="records stack">
        <thead>
          <tr>
            <th scope="col">{t('patient.day')}</th>
            <th scope="col">{t('patient.exercise')}</th>
            <th scope="col">{t('patient.painBeforeAfter')}</th>
            <th scope="col">{t('patient.spreading')}</th>
            <th scope="col">{t('patient.result')}</th>
          </tr>
        </thead>
        <tbody>
          {d.checkins.map((c, i) => (
            <tr key={i}>
              <td>{formatDate(c.date, false, 'short')}</td>
              <td data-label={t('patient.exercise')}>
                {exerciseName(LIBRARY, c.exerciseId, c.variant, words)}
              </td>
              <td data-label={t('patient.painBeforeAfter')}>
                {c.painBefore} → {c.painAfter}
              </td>
              <td data-label={t('patient.spreading')}>
                {t('patient.spread', {
                  what:
                    c.tinglingSpread && c.numbnessSpread
                      ? 'both'
                      : c.tinglingSpread
                        ? 'tingling'
                        : c.numbnessSpread
                          ? 'numbness'
                          : 'none',
                })}
              </td>
              <td data-label={t('patient.result')}>{t('patient.action', { action: c.action })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('patient.logs')}</h2>
      <table className="records stack">
        <thead>
          <tr>
            <th scope="col">{t('patient.day')}</th>
            <th scope="col">{t('patient.leg')}</th>
            <th scope="col">{t('patient.backPain')}</th>
            <th scope="col">{t('patient.activities')}</th>
            <th scope="col">{t('patient.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {[...d.logs].reverse().map((l) => (
            <tr key={l.date}>
              <td>{formatDate(l.date, false, 'short')}</td>
              <td data-label={t('patient.leg')}>{l.legPain}</td>
              <td data-label={t('patient.backPain')}>{l.backPain}</td>
              <td data-label={t('patient.activities')}>
                <Authored>{l.psfs.map((p) => `${p.activity}: ${p.score}`).join('; ')}</Authored>
              </td>
              <td data-label={t('patient.notes')}>
                <Authored>{l.notes}</Authored>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
