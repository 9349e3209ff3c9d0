import { addDays } from '../calendar-days';

/**
 * US remote therapeutic monitoring (RTM) for one patient and one 30-day period: device data
 * on 16+ days supports CPT 98977; 20 minutes of treatment management supports 98980, and
 * each further full 20 minutes 98981. (Coverage rules vary by payer; this counts, it doesn't bill.)
 */
export const RTM_PERIOD_DAYS = 30;
export const RTM_DAYS_NEEDED = 16;
export const RTM_MINUTES_BLOCK = 20;

export type RtmPeriod = {
  start: string;
  end: string;
  daysWithData: number;
  daysNeeded: number;
  minutes: number;
  codes: { code: string; units: number; why: string }[];
};

export function rtmPeriod(
  start: string,
  dataDays: readonly string[],
  minutes: readonly { date: string; minutes: number }[],
): RtmPeriod {
  const end = addDays(start, RTM_PERIOD_DAYS - 1);
  const inPeriod = (date: string) => date >= start && date <= end;
  const daysWithData = new Set(dataDays.filter(inPeriod)).size;
  const total = minutes.filter((x) => inPeriod(x.date)).reduce((sum, x) => sum + x.minutes, 0);
  const codes: RtmPeriod['codes'] = [];
  if (daysWithData >= RTM_DAYS_NEEDED)
    codes.push({ code: '98977', units: 1, why: `data on ${daysWithData} days (16 needed)` });
  if (total >= RTM_MINUTES_BLOCK)
    codes.push({ code: '98980', units: 1, why: 'first 20 minutes of treatment management' });
  const extra = Math.floor((total - RTM_MINUTES_BLOCK) / RTM_MINUTES_BLOCK);
  if (extra > 0)
    codes.push({
      code: '98981',
      units: extra,
      why: `${extra} more full 20-minute block${extra > 1 ? 's' : ''}`,
    });
  return { start, end, daysWithData, daysNeeded: RTM_DAYS_NEEDED, minutes: total, codes };
}
