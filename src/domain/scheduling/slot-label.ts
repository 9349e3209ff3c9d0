import { formatMinute } from './opening-hours';
import { localClock } from './zone-calendar';

/** A slot as people at the clinic read it: local date (YYYY-MM-DD) and time (9:30 AM). */
export function slotLabel(zone: string, epochMs: number): { localDate: string; localTime: string } {
  const clock = localClock(zone, epochMs);
  return { localDate: clock.isoDate, localTime: formatMinute(clock.minute) };
}
