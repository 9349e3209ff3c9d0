import { Temporal } from 'temporal-polyfill';
import { formatMinute } from './opening-hours';

/** A slot as people at the clinic read it: local date (YYYY-MM-DD) and time (9:30 AM). */
export function slotLabel(zone: string, epochMs: number): { localDate: string; localTime: string } {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  return {
    localDate: zoned.toPlainDate().toString(),
    localTime: formatMinute(zoned.hour * 60 + zoned.minute),
  };
}
