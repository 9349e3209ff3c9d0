import { useState } from 'react';
import { slots as fetchSlots, type Slot } from '../api';
import { useAsync } from '../hooks/use-async';
import { addDays } from '../../domain/calendar-days';
import { formatDay, zoneName } from './format';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** The clinic-local calendar date of an instant, as YYYY-MM-DD. */
function localDateOf(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
const partOfDay = (localTime: string) => {
  const [h = 0] = localTime.split(':').map(Number);
  const hour = (h % 12) + (localTime.endsWith('PM') ? 12 : 0);
  return hour < 12 ? 'Morning' : hour < 17 ? 'Afternoon' : 'Evening';
};

/** A week of open times at a clinic, day by day, in the clinic's own time zone. */
export function SlotPicker({
  clinicId,
  timeZone,
  appointmentType,
  therapistId,
  selected,
  onPick,
}: {
  clinicId: string;
  timeZone: string;
  appointmentType: string;
  therapistId?: string | undefined;
  selected: Slot | null;
  onPick: (slot: Slot) => void;
}) {
  const [opened] = useState(() => Date.now());
  const [week, setWeek] = useState(0);
  const weekStart = opened + week * WEEK;
  const [day, setDay] = useState<string | null>(null);
  const [result] = useAsync(
    `${clinicId}|${appointmentType}|${therapistId ?? ''}|${weekStart}`,
    () =>
      fetchSlots(
        clinicId,
        appointmentType,
        new Date(weekStart),
        new Date(weekStart + WEEK),
        therapistId,
      ),
  );
  const first = localDateOf(new Date(weekStart), timeZone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  const open = result.status === 'done' ? result.value.slots : [];
  const shownDay =
    day && days.includes(day)
      ? day
      : (days.find((d) => open.some((s) => s.localDate === d)) ?? days[0]!);
  const daySlots = open.filter((s) => s.localDate === shownDay);

  return (
    <div className="slot-picker">
      <p className="meta">Times are in {zoneName(timeZone)}, the clinic’s local time.</p>
      <div className="week-nav">
        <button
          type="button"
          className="button"
          disabled={week === 0}
          onClick={() => setWeek((w) => w - 1)}
        >
          Earlier
        </button>
        <button type="button" className="button" onClick={() => setWeek((w) => w + 1)}>
          Later
        </button>
      </div>
      <div className="day-tabs" role="group" aria-label="Day">
        {days.map((d) => {
          const count = open.filter((s) => s.localDate === d).length;
          return (
            <button
              key={d}
              type="button"
              className="day"
              aria-pressed={d === shownDay}
              onClick={() => setDay(d)}
            >
              <span>{formatDay(d, 'short')}</span>
              <span className="meta">{result.status === 'done' ? `${count} open` : '…'}</span>
            </button>
          );
        })}
      </div>
      <div aria-live="polite">
        {result.status === 'loading' && <p>Loading open times…</p>}
        {result.status === 'failed' && <p className="error">{result.message}</p>}
        {result.status === 'done' && daySlots.length === 0 && (
          <p>No open times on {formatDay(shownDay)}. Try another day.</p>
        )}
      </div>
      {(['Morning', 'Afternoon', 'Evening'] as const).map((part) => {
        const group = daySlots.filter((s) => partOfDay(s.localTime) === part);
        if (group.length === 0) return null;
        return (
          <fieldset key={part} className="slot-group">
            <legend>
              {part}, {formatDay(shownDay)}
            </legend>
            <div className="slots">
              {group.map((slot) => {
                const chosen =
                  selected?.start === slot.start && selected.therapistId === slot.therapistId;
                return (
                  <button
                    key={`${slot.start}-${slot.therapistId}`}
                    type="button"
                    className="slot"
                    aria-pressed={chosen}
                    onClick={() => onPick(slot)}
                  >
                    {slot.localTime}
                    {!therapistId && <span className="meta"> {slot.therapistName}</span>}
                  </button>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
