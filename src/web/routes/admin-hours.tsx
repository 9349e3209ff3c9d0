import { useState } from 'react';
import { setWorkingHours, type AdminClinic, type WorkingHours } from '../api';
import { weekdayNames, zoneName } from '../components/format';
import { minuteOfDay, timeOfDay } from '../../domain/scheduling/schedule';
import {
  fieldErrorsOf,
  FieldProblem,
  formErrorOf,
  useFocusFirstProblem,
  type FieldErrors,
  under,
} from './admin-fields';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const MIDNIGHT = 24 * 60;

/**
 * A week of working windows in a location's local time, any number a day (a split shift is
 * two): used for clinic opening hours and therapists' working hours alike. `hours` keeps the
 * order it was given and new windows go at its end, so a refusal's field path (its index)
 * still points at the window the person typed. `label` prefixes each input so two tables on a
 * page differ.
 */
export function WeeklyHoursFields({
  hours,
  onChange,
  caption,
  label = '',
  errors = {},
}: {
  hours: readonly WorkingHours[];
  onChange: (hours: WorkingHours[]) => void;
  caption: string;
  label?: string;
  /** Problems by "index.startMinute" / "index.endMinute" into `hours`. */
  errors?: FieldErrors;
}) {
  const replace = (index: number, window: WorkingHours | null) =>
    onChange(hours.flatMap<WorkingHours>((h, i) => (i !== index ? [h] : window ? [window] : [])));
  return (
    <table className="records hours">
      <caption>{caption}</caption>
      <tbody>
        {weekdayNames().map((name, i) => {
          const weekday = i + 1;
          const day = `${label}${name}`;
          const windows = hours
            .map((h, index) => ({ h, index }))
            .filter(({ h }) => h.weekday === weekday);
          const last = windows.at(-1)?.h;
          // The next window starts an hour after the last one ends, for up to four hours.
          const nextStart = last ? Math.min(last.endMinute + 60, MIDNIGHT - 60) : 9 * 60;
          return (
            <tr key={name} className="hours-day">
              <th scope="row">{name}</th>
              <td>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={windows.length > 0}
                    onChange={(e) =>
                      onChange(
                        e.target.checked
                          ? [...hours, { weekday, startMinute: 9 * 60, endMinute: 17 * 60 }]
                          : hours.filter((h) => h.weekday !== weekday),
                      )
                    }
                  />
                  <span>
                    <span className="visually-hidden">{day} </span>open
                  </span>
                </label>
              </td>
              <td>
                {windows.map(({ h, index }, n) => {
                  const which = n === 0 ? day : `${day} ${ORDINALS[n] ?? `window ${n + 1}`} window`;
                  const startError = errors[`${index}.startMinute`];
                  const endError = errors[`${index}.endMinute`];
                  const errorId = `hours-${label.trim() || 'w'}-${index}`;
                  return (
                    <div key={index} className="hours-window">
                      <span className="span">
                        <input
                          type="time"
                          aria-label={`${which} start`}
                          value={timeOfDay(h.startMinute)}
                          aria-invalid={startError ? true : undefined}
                          aria-describedby={startError ? `${errorId}-start` : undefined}
                          onChange={(e) =>
                            replace(index, { ...h, startMinute: minuteOfDay(e.target.value) })
                          }
                        />
                        to
                        <input
                          type="time"
                          aria-label={`${which} end`}
                          value={timeOfDay(h.endMinute)}
                          aria-invalid={endError ? true : undefined}
                          aria-describedby={endError ? `${errorId}-end` : undefined}
                          onChange={(e) =>
                            replace(index, {
                              ...h,
                              // A window that ends at 00:00 ends at midnight, not before it starts.
                              endMinute: minuteOfDay(e.target.value) || MIDNIGHT,
                            })
                          }
                        />
                      </span>
                      {windows.length > 1 && (
                        <button
                          type="button"
                          className="button small"
                          onClick={() => replace(index, null)}
                        >
                          Remove<span className="visually-hidden"> {which} window</span>
                        </button>
                      )}
                      {startError && (
                        <FieldProblem
                          id={`${errorId}-start`}
                          label={`${which} start`}
                          message={startError}
                        />
                      )}
                      {endError && (
                        <FieldProblem
                          id={`${errorId}-end`}
                          label={`${which} end`}
                          message={endError}
                        />
                      )}
                    </div>
                  );
                })}
                {last && windows.length < ORDINALS.length && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      onChange([
                        ...hours,
                        {
                          weekday,
                          startMinute: nextStart,
                          endMinute: Math.min(nextStart + 4 * 60, MIDNIGHT),
                        },
                      ])
                    }
                  >
                    Add a window<span className="visually-hidden"> on {day}</span>
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** G5: a therapist's weekly working hours, split shifts included, in the clinic's local time. */
export function WorkingHoursEditor({
  clinic,
  onSaved,
}: {
  clinic: AdminClinic;
  onSaved: () => void;
}) {
  const staff = clinic.therapists.filter((t) => t.active);
  const [therapistId, setTherapistId] = useState(staff[0]?.id ?? '');
  const therapist = staff.find((t) => t.id === therapistId);
  const [edits, setEdits] = useState<Record<string, WorkingHours[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useFocusFirstProblem(errors);
  if (!therapist) return null;
  const hours = edits[therapist.id] ?? therapist.workingHours;

  return (
    <form
      ref={form}
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        setWorkingHours(therapist.id, hours).then(
          () => {
            setErrors({});
            setMessage(`Hours saved for ${therapist.name}. Open slots follow them at once.`);
            onSaved();
          },
          (err: unknown) => {
            const shown = under(fieldErrorsOf(err), 'workingHours.');
            setErrors(shown);
            setMessage(formErrorOf(err, shown));
          },
        );
      }}
    >
      <h2>Working hours</h2>
      <label className="text-field inline">
        Therapist
        <select
          value={therapist.id}
          onChange={(e) => {
            setTherapistId(e.target.value);
            setErrors({});
            setMessage(null);
          }}
        >
          {staff.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <WeeklyHoursFields
        hours={hours}
        errors={errors}
        onChange={(next) => {
          setEdits({ ...edits, [therapist.id]: next });
          setErrors({});
        }}
        caption={`Times are ${zoneName(clinic.timeZone)} (the clinic's own time). A split shift is two windows on one day.`}
      />
      <p role="status">{message}</p>
      <button type="submit" className="button primary">
        Save hours
      </button>
    </form>
  );
}
