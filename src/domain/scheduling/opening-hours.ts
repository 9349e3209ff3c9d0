import type { WorkingHours } from './schedule';
import { localClock } from './zone-calendar';

export type OpeningState = {
  openNow: boolean;
  today: { startMinute: number; endMinute: number }[];
};

/** Whether a place with these weekly hours is open at `now`, and its hours for that local day. */
export function openingState(
  hours: readonly WorkingHours[],
  zone: string,
  now: number,
): OpeningState {
  const clock = localClock(zone, now);
  const today = hours
    .filter((h) => h.weekday === clock.weekday)
    .map(({ startMinute, endMinute }) => ({ startMinute, endMinute }))
    .sort((a, b) => a.startMinute - b.startMinute);
  return {
    openNow: today.some((h) => h.startMinute <= clock.minute && clock.minute < h.endMinute),
    today,
  };
}

/** 13:30 → "1:30 PM". */
export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60) % 24;
  const m = minute % 60;
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}
