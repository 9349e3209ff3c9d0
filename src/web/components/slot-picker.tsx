import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { slots as fetchSlots, type Slot } from '../api';
import { useAsync } from '../hooks/use-async';
import { addDays } from '../../domain/calendar-days';
import { formatDay, zoneName, formatClock } from './format';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** "Any therapist" in the choices below: the server books whoever is free at that time. */
export const ANY = 'any';

/** One start time on offer, and every therapist free then. */
export type TimeChoice = {
  start: string;
  localDate: string;
  localTime: string;
  slots: Slot[];
};

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
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
};

/** Slots with the same start become one time, so a busy day shows each time once. */
export function timesOf(slots: readonly Slot[]): TimeChoice[] {
  const byStart = new Map<string, TimeChoice>();
  for (const slot of slots) {
    const time = byStart.get(slot.start);
    if (time) time.slots.push(slot);
    else
      byStart.set(slot.start, {
        start: slot.start,
        localDate: slot.localDate,
        localTime: slot.localTime,
        slots: [slot],
      });
  }
  return [...byStart.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/**
 * A week of open times at a clinic, day by day, in the clinic's own time zone, each time shown
 * once. `therapist` narrows the week to one therapist; ANY shows every time someone is free.
 */
export function SlotPicker({
  clinicId,
  timeZone,
  appointmentType,
  therapists,
  therapist,
  onTherapist,
  selected,
  onPick,
}: {
  clinicId: string;
  timeZone: string;
  appointmentType: string;
  therapists: { id: string; name: string }[];
  therapist: string;
  onTherapist: (id: string) => void;
  selected: TimeChoice | null;
  onPick: (time: TimeChoice) => void;
}) {
  const [opened] = useState(() => Date.now());
  const [week, setWeek] = useState(0);
  const weekStart = opened + week * WEEK;
  const [day, setDay] = useState<string | null>(null);
  const one = therapist === ANY ? undefined : therapist;
  const [result] = useAsync(`${clinicId}|${appointmentType}|${one ?? ''}|${weekStart}`, () =>
    fetchSlots(clinicId, appointmentType, new Date(weekStart), new Date(weekStart + WEEK), one),
  );
  const first = localDateOf(new Date(weekStart), timeZone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  const times = result.status === 'done' ? timesOf(result.value.slots) : [];
  const shownDay =
    day && days.includes(day)
      ? day
      : (days.find((d) => times.some((t) => t.localDate === d)) ?? days[0]!);
  const dayTimes = times.filter((t) => t.localDate === shownDay);
  const t = useT();

  return (
    <div className="slot-picker">
      <label className="field select">
        {t('slots.therapist')}
        <select value={therapist} onChange={(e) => onTherapist(e.target.value)}>
          <option value={ANY}>{t('slots.anyTherapist')}</option>
          {therapists.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <p className="meta">{t('slots.zone', { zone: zoneName(timeZone) })}</p>
      <div className="week-nav">
        <button
          type="button"
          className="button"
          disabled={week === 0}
          onClick={() => setWeek((w) => w - 1)}
        >
          {t('slots.earlier')}
        </button>
        <button type="button" className="button" onClick={() => setWeek((w) => w + 1)}>
          {t('slots.later')}
        </button>
      </div>
      <div className="day-tabs" role="group" aria-label={t('slots.day')}>
        {days.map((d) => (
          <button
            key={d}
            type="button"
            className="day"
            aria-pressed={d === shownDay}
            onClick={() => setDay(d)}
          >
            <span>{formatDay(d, 'short')}</span>
            <span className="meta">
              {result.status === 'done'
                ? t('slots.openTimes', {
                    count: times.filter((time) => time.localDate === d).length,
                  })
                : '…'}
            </span>
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {result.status === 'loading' && <p>{t('slots.loading')}</p>}
        {result.status === 'failed' && <p className="error">{result.message}</p>}
        {result.status === 'done' && dayTimes.length === 0 && (
          <p>{t('slots.none', { day: formatDay(shownDay) })}</p>
        )}
      </div>
      {(['morning', 'afternoon', 'evening'] as const).map((part) => {
        const group = dayTimes.filter((time) => partOfDay(time.localTime) === part);
        if (group.length === 0) return null;
        return (
          <fieldset key={part} className="slot-group">
            <legend>{t(`slots.${part}`, { day: formatDay(shownDay) })}</legend>
            <div className="slots">
              {group.map((time) => (
                <button
                  key={time.start}
                  type="button"
                  className="slot"
                  aria-pressed={selected?.start === time.start}
                  onClick={() => onPick(time)}
                >
                  {formatClock(time.localTime)}
                </button>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}

/**
 * Who to see at the chosen time: whoever is free (the default), or one of them by name. With
 * one therapist free, or one chosen for the whole week, it just says who it is.
 */
export function TherapistChoice({
  time,
  value,
  onChange,
}: {
  time: TimeChoice;
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useT();
  if (time.slots.length === 1)
    return <p className="with">{t('slots.with', { name: time.slots[0]!.therapistName })}</p>;
  return (
    <fieldset className="field with-choice">
      <legend>{t('slots.whoYouSee')}</legend>
      <div className="choices">
        <label className="choice">
          <input
            type="radio"
            name="therapist-at-time"
            checked={value === ANY}
            onChange={() => onChange(ANY)}
          />
          <span>{t('slots.whoever', { count: time.slots.length })}</span>
        </label>
        {time.slots.map((slot) => (
          <label key={slot.therapistId} className="choice">
            <input
              type="radio"
              name="therapist-at-time"
              checked={value === slot.therapistId}
              onChange={() => onChange(slot.therapistId)}
            />
            <span>{slot.therapistName}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
