import { useState } from 'react';
import { setWorkingHours, type AdminClinic, type WorkingHours } from '../api';
import { WEEKDAYS } from '../components/format';
import { minuteOfDay, timeOfDay } from '../../domain/scheduling/schedule';

/**
 * One window a day for a week, in a location's local time: used for clinic opening hours and
 * therapists' working hours alike. `label` prefixes each input so two tables on a page differ.
 */
export function WeeklyHoursFields({
  hours,
  onChange,
  caption,
  label = '',
}: {
  hours: readonly WorkingHours[];
  onChange: (hours: WorkingHours[]) => void;
  caption: string;
  label?: string;
}) {
  const setDay = (weekday: number, window: { startMinute: number; endMinute: number } | null) =>
    onChange(
      [
        ...hours.filter((h) => h.weekday !== weekday),
        ...(window ? [{ weekday, ...window }] : []),
      ].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute),
    );
  return (
    <table className="records">
      <caption>{caption}</caption>
      <tbody>
        {WEEKDAYS.map((name, i) => {
          const first = hours.find((h) => h.weekday === i + 1);
          const day = `${label}${name}`;
          return (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={Boolean(first)}
                    onChange={(e) =>
                      setDay(i + 1, e.target.checked ? { startMinute: 540, endMinute: 1020 } : null)
                    }
                  />
                  <span>
                    <span className="visually-hidden">{day} </span>open
                  </span>
                </label>
              </td>
              <td>
                {first && (
                  <>
                    <input
                      type="time"
                      aria-label={`${day} start`}
                      value={timeOfDay(first.startMinute)}
                      onChange={(e) =>
                        setDay(i + 1, {
                          startMinute: minuteOfDay(e.target.value),
                          endMinute: first.endMinute,
                        })
                      }
                    />{' '}
                    to{' '}
                    <input
                      type="time"
                      aria-label={`${day} end`}
                      value={timeOfDay(first.endMinute)}
                      onChange={(e) =>
                        setDay(i + 1, {
                          startMinute: first.startMinute,
                          // A window that ends at 00:00 ends at midnight, not before it starts.
                          endMinute: minuteOfDay(e.target.value) || 24 * 60,
                        })
                      }
                    />
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** G5: a therapist's weekly working hours, one window a day, in the clinic's local time. */
export function WorkingHoursEditor({
  clinic,
  onSaved,
}: {
  clinic: AdminClinic;
  onSaved: () => void;
}) {
  const [therapistId, setTherapistId] = useState(clinic.therapists[0]?.id ?? '');
  const therapist = clinic.therapists.find((t) => t.id === therapistId);
  const [edits, setEdits] = useState<Record<string, WorkingHours[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!therapist) return null;
  const hours = edits[therapist.id] ?? therapist.workingHours;

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        setWorkingHours(therapist.id, hours).then(
          () => {
            setMessage(`Hours saved for ${therapist.name}. Open slots follow them at once.`);
            onSaved();
          },
          (err: unknown) => setMessage(err instanceof Error ? err.message : 'Could not save.'),
        );
      }}
    >
      <h2>Working hours</h2>
      <label className="text-field inline">
        Therapist
        <select value={therapistId} onChange={(e) => setTherapistId(e.target.value)}>
          {clinic.therapists.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <WeeklyHoursFields
        hours={hours}
        onChange={(next) => setEdits({ ...edits, [therapist.id]: next })}
        caption={`Times are in ${clinic.timeZone}. Days with a split shift show their first window; saving keeps one window a day.`}
      />
      <p role="status">{message}</p>
      <button type="submit" className="button primary">
        Save hours
      </button>
    </form>
  );
}
