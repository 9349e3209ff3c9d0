import { addDays, daysBetween } from '../calendar-days';
import { localDate } from '../scheduling/zone-calendar';

/**
 * US remote therapeutic monitoring (RTM, CPT 98975–98981) for one patient under one therapist.
 * The codes run on three different clocks, so each is counted on its own:
 *
 * - **Device supply (98977, musculoskeletal; 98976 is the respiratory twin we never report):**
 *   data on 16 or more days in a 30-day period. Periods are counted back to back from the day
 *   monitoring started, not from the 1st of a month, so every day belongs to exactly one period.
 *   A period is reported in the month it ends.
 * - **Treatment management (98980, then 98981 for each further 20 minutes):** the therapist's
 *   logged minutes in a calendar month, from the day monitoring started; 98980 also needs at
 *   least one live (real-time) call or video with the patient in that month.
 * - **Set-up and education (98975):** once per episode, when the set-up was recorded and the
 *   first 30-day period reached 16 days of data; reported with that first period.
 *
 * This counts what the records support; payers' coverage rules vary, and billing is the clinic's.
 */
export const RTM_RULES = {
  periodDays: 30,
  daysNeeded: 16,
  minutesBlock: 20,
} as const;

export const RTM_CODES = {
  setup: '98975',
  device: '98977',
  management: '98980',
  managementMore: '98981',
} as const;

export type DevicePeriod = {
  /** 1 for the first 30 days of monitoring. */
  number: number;
  start: string;
  end: string;
  daysWithData: number;
  /** met: 16+ days (already, even mid-period); open: still running; missed: ended short. */
  status: 'met' | 'open' | 'missed';
  /** The month (YYYY-MM) whose report carries this period: the month it ends in. */
  reportedIn: string;
};

export type RtmCode =
  | { code: typeof RTM_CODES.setup; units: 1; period: { start: string; end: string } }
  | { code: typeof RTM_CODES.device; units: 1; period: { start: string; end: string } }
  | { code: typeof RTM_CODES.management; units: 1 }
  | { code: typeof RTM_CODES.managementMore; units: number };

export type RtmMonth = {
  month: string;
  startedOn: string;
  setupOn: string | null;
  /** The 30-day periods that overlap the month and have begun by today, oldest first. */
  periods: DevicePeriod[];
  /** Treatment-management minutes logged in the calendar month. */
  minutes: number;
  /** Whether a live call or video with the patient was logged this month (98980 needs one). */
  liveContact: boolean;
  /** Minutes still needed for the next management code this month (98980, then each 98981). */
  minutesToNextCode: number;
  codes: RtmCode[];
};

export const monthOf = (isoDate: string) => isoDate.slice(0, 7);

/** The first and last day of a month "2026-11". */
export function monthDays(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { first, last: addDays(next, -1) };
}

/** The 30-day period (1-based) that `date` falls in, for monitoring that started on `startedOn`. */
export function periodNumber(startedOn: string, date: string): number {
  return Math.floor(daysBetween(startedOn, date) / RTM_RULES.periodDays) + 1;
}

function period(startedOn: string, number: number, dataDays: ReadonlySet<string>, today: string) {
  const start = addDays(startedOn, (number - 1) * RTM_RULES.periodDays);
  const end = addDays(start, RTM_RULES.periodDays - 1);
  let daysWithData = 0;
  for (const day of dataDays) if (day >= start && day <= end && day <= today) daysWithData++;
  const status: DevicePeriod['status'] =
    daysWithData >= RTM_RULES.daysNeeded ? 'met' : end < today ? 'missed' : 'open';
  return { number, start, end, daysWithData, status, reportedIn: monthOf(end) };
}

/**
 * Treatment management in one calendar month: 98980 for the first 20 minutes, 98981 per further
 * 20; none without a live contact with the patient that month.
 */
export function managementCodes(minutes: number, liveContact: boolean): RtmCode[] {
  const block = RTM_RULES.minutesBlock;
  if (minutes < block || !liveContact) return [];
  const more = Math.floor((minutes - block) / block);
  return [
    { code: RTM_CODES.management, units: 1 },
    ...(more > 0 ? [{ code: RTM_CODES.managementMore, units: more }] : []),
  ];
}

/**
 * One patient's RTM for the report of `month`, as known on `today` (all dates are local
 * calendar days in the patient's time zone; days after `today` are never counted).
 */
export function rtmMonth(input: {
  month: string;
  today: string;
  startedOn: string;
  setupOn: string | null;
  dataDays: readonly string[];
  minutes: readonly { date: string; minutes: number; liveContact?: boolean }[];
}): RtmMonth {
  const { month, today, startedOn, setupOn } = input;
  const { first, last } = monthDays(month);
  const data = new Set(input.dataDays.filter((d) => d >= startedOn));
  const periods: DevicePeriod[] = [];
  const lastBegun = last < today ? last : today;
  if (lastBegun >= startedOn) {
    const from = Math.max(1, periodNumber(startedOn, first));
    for (let n = from; n <= periodNumber(startedOn, lastBegun); n++)
      periods.push(period(startedOn, n, data, today));
  }

  // Time before monitoring started was not remote monitoring. Minutes are dated on the
  // therapist's own calendar, which may already be tomorrow in the patient's zone; the API
  // refuses dates later than anyone's today, so every accepted entry in the month counts.
  const counted = input.minutes.filter(
    (m) => m.date >= first && m.date <= last && m.date >= startedOn,
  );
  const minutes = counted.reduce((sum, m) => sum + m.minutes, 0);
  const liveContact = counted.some((m) => m.liveContact === true);
  const block = RTM_RULES.minutesBlock;
  const minutesToNextCode = minutes < block ? block - minutes : block - ((minutes - block) % block);

  const codes: RtmCode[] = [];
  const firstPeriod = period(startedOn, 1, data, today);
  if (
    setupOn !== null &&
    setupOn <= firstPeriod.end &&
    firstPeriod.status === 'met' &&
    firstPeriod.reportedIn === month
  )
    codes.push({
      code: RTM_CODES.setup,
      units: 1,
      period: { start: firstPeriod.start, end: firstPeriod.end },
    });
  for (const p of periods)
    if (p.status === 'met' && p.reportedIn === month)
      codes.push({ code: RTM_CODES.device, units: 1, period: { start: p.start, end: p.end } });
  codes.push(...managementCodes(minutes, liveContact));
  return { month, startedOn, setupOn, periods, minutes, liveContact, minutesToNextCode, codes };
}

/** The calendar day an instant falls on in a time zone: where a patient's monitoring starts. */
export function localDayOf(epochMs: number, timeZone: string): string {
  return localDate(timeZone, epochMs).toString();
}

/** What each code is for, in words a clinic's biller recognises. */
export const RTM_CODE_NAMES: Record<RtmCode['code'], string> = {
  '98975': 'Set-up and patient education (once per episode)',
  '98977': 'Device supply, musculoskeletal: data on 16 or more days of a 30-day period',
  '98980': 'Treatment management, first 20 minutes in the month, with a live contact',
  '98981': 'Treatment management, each further 20 minutes in the month',
};
