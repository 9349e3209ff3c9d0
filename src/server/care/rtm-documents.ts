import { RTM_CODE_NAMES, RTM_RULES, type DevicePeriod } from '../../domain/monitoring/rtm';
import { toCsv } from '../http/csv';
import { createFlow } from '../pdf/flow-layout';
import type { RtmReport } from './rtm-report';

/**
 * The billing report stays in English whatever the therapist's language: it goes into claims
 * and payer audits, which are kept in English in the US.
 */
const PLURAL = new Intl.PluralRules('en-US');
const count = (n: number, one: string, other: string) =>
  `${n} ${PLURAL.select(n) === 'one' ? one : other}`;

const CODES = ['98975', '98977', '98980', '98981'] as const;
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const DAY = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const monthName = (month: string) => MONTH.format(utc(`${month}-01`));
const dates = (p: { start: string; end: string }) =>
  DAY.formatRange(utc(p.start), utc(p.end)).replace(/\u2009/g, ' ');

function periodWords(p: DevicePeriod): string {
  const days = count(p.daysWithData, 'day', 'days');
  const state =
    p.status === 'met'
      ? 'met'
      : p.status === 'open'
        ? `still running, ${RTM_RULES.daysNeeded - p.daysWithData} more needed`
        : 'ended short';
  return `${days} with data, ${state}`;
}

const units = (row: RtmReport['patients'][number], code: (typeof CODES)[number]) =>
  row.codes.filter((c) => c.code === code).reduce((sum, c) => sum + c.units, 0);

/** The month's report for a spreadsheet or a billing system: one row per patient. */
export function rtmCsv(report: RtmReport): string {
  const header = [
    'month',
    'clinic',
    'therapist',
    'patient',
    'time_zone',
    'monitoring_started',
    'setup_and_education_on',
    'periods',
    'days_with_data',
    'minutes',
    'live_contact',
    ...CODES.map((c) => `units_${c}`),
  ];
  const rows = report.patients.map((r) => [
    report.month,
    report.clinic?.name ?? '',
    report.therapist.name,
    r.name,
    r.timeZone,
    r.startedOn,
    r.setupOn ?? '',
    r.periods
      .map(
        (p) =>
          `${p.start} to ${p.end}: ${periodWords(p)}${p.reportedIn === report.month ? '' : ` (reported in ${p.reportedIn})`}`,
      )
      .join('; '),
    r.periods.map((p) => p.daysWithData).join('; '),
    r.minutes,
    r.liveContact ? 'yes' : 'no',
    ...CODES.map((c) => units(r, c)),
  ]);
  return toCsv([header, ...rows]);
}

/** The same report, printable, laid out by the shared flow engine. */
export async function rtmPdf(report: RtmReport, generatedOn: string): Promise<Uint8Array> {
  const title = `Remote monitoring report, ${monthName(report.month)}`;
  const flow = await createFlow(title);
  flow.text(title, { size: 18, bold: true, after: 6 });
  flow.text(
    [
      report.clinic?.name,
      `Therapist: ${report.therapist.name}`,
      `Made on ${DAY.format(utc(generatedOn))}`,
    ]
      .filter(Boolean)
      .join('  ·  '),
    { size: 10, after: 10 },
  );
  const totals = CODES.map((code) => ({
    code,
    units: report.patients.reduce((sum, r) => sum + units(r, code), 0),
  })).filter((t) => t.units > 0);
  flow.text(
    `${count(report.patients.length, 'patient', 'patients')}. ${
      totals.length
        ? `Supported this month: ${totals.map((t) => `${t.code} × ${t.units}`).join(', ')}.`
        : 'No codes are supported this month yet.'
    }`,
    { size: 11, after: 10 },
  );
  flow.table(
    [
      { header: 'Patient', width: 2.2 },
      { header: '30-day periods (days with data)', width: 4.4 },
      { header: 'Minutes', width: 1.1, align: 'right' },
      { header: 'Codes supported', width: 2.3 },
    ],
    report.patients.map((r) => [
      `${r.name}\nsince ${DAY.format(utc(r.startedOn))}${r.setupOn ? `\nset-up ${DAY.format(utc(r.setupOn))}` : '\nset-up not recorded'}`,
      r.periods.length
        ? r.periods
            .map(
              (p) =>
                `${dates(p)}: ${periodWords(p)}${p.reportedIn === report.month ? '' : ` (reported in ${monthName(p.reportedIn)})`}`,
            )
            .join('\n')
        : 'None begun yet',
      r.minutes === 0 ? '0' : `${r.minutes}${r.liveContact ? '' : '\nno live contact'}`,
      r.codes.length
        ? r.codes.map((c) => (c.units > 1 ? `${c.code} × ${c.units}` : c.code)).join(', ')
        : 'None yet',
    ]),
  );
  flow.keep(150);
  flow.text('How this is counted', { size: 12, bold: true });
  flow.text(
    `Device supply runs in 30-day periods from the day each patient's monitoring started, and a period is reported in the month it ends. Treatment-management minutes count per calendar month, and 98980 needs at least one live call or video with the patient in that month. Days are the patient's own calendar days. Payers' rules vary; check before billing.`,
    { size: 9, after: 8 },
  );
  for (const code of CODES) flow.text(`${code}: ${RTM_CODE_NAMES[code]}`, { size: 9, after: 2 });
  return flow.save(title);
}
