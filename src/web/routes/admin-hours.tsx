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
import { useStaffT } from '../i18n/staff';

/** A day's windows after its first, as the window message's select names them. */
const LATER_WINDOWS = ['two', 'three', 'four', 'five', 'six'];
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
  const t = useStaffT();
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
              <th scope="row">{name.charAt(0).toLocaleUpperCase() + name.slice(1)}</th>
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
                    <span className="visually-hidden">{day} </span>
                    {t('admin.window.open')}
                  </span>
                </label>
              </td>
              <td>
                {windows.map(({ h, index }, n) => {
                  const which =
                    n === 0 ? day : t('admin.window.which', { day, n: LATER_WINDOWS[n - 1]! });
                  const start = t('admin.window.start', { window: which });
                  const end = t('admin.window.end', { window: which });
                  const startError = errors[`${index}.startMinute`];
                  const endError = errors[`${index}.endMinute`];
                  const errorId = `hours-${label.trim() || 'w'}-${index}`;
                  return (
                    <div key={index} className="hours-window">
                      <span className="span">
                        <input
                          type="time"
                          aria-label={start}
                          value={timeOfDay(h.startMinute)}
                          aria-invalid={startError ? true : undefined}
                          aria-describedby={startError ? `${errorId}-start` : undefined}
                          onChange={(e) =>
                            replace(index, { ...h, startMinute: minuteOfDay(e.target.value) })
                          }
                        />
                        {t('admin.window.to')}
                        <input
                          type="time"
                          aria-label={end}
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
                          {t('admin.window.remove')}
                          <span className="visually-hidden">
                            {' '}
                            {n === 0 ? t('admin.window.removeFirst', { day }) : which}
                          </span>
                        </button>
                      )}
                      {startError && (
                        <FieldProblem id={`${errorId}-start`} label={start} message={startError} />
                      )}
                      {endError && (
                        <FieldProblem id={`${errorId}-end`} label={end} message={endError} />
                      )}
                    </div>
                  );
                })}
                {last && windows.length <= LATER_WINDOWS.length && (
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
                    {t('admin.window.add')}
                    <span className="visually-hidden"> {t('admin.window.addOn', { day })}</span>
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
  const t = useStaffT();
  const staff = clinic.therapists.filter((th) => th.active);
  const [therapistId, setTherapistId] = useState(staff[0]?.id ?? '');
  const therapist = staff.find((th) => th.id === therapistId);
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
            setMessage(t('admin.hoursSaved', { name: therapist.name }));
            onSaved();
          },
          (err: unknown) => {
            const shown = under(fieldErrorsOf(err), 'workingHours.');
            setErrors(shown);
            setMessage(formErrorOf(err, shown, t('admin.saveFailed')));
          },
        );
      }}
    >
      <h2>{t('admin.workingHours')}</h2>
      <label className="text-field inline">
        {t('admin.therapist')}
        <select
          value={therapist.id}
          onChange={(e) => {
            setTherapistId(e.target.value);
            setErrors({});
            setMessage(null);
          }}
        >
          {staff.map((th) => (
            <option key={th.id} value={th.id}>
              {th.name}
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
        caption={t('admin.hoursCaption', { zone: zoneName(clinic.timeZone) })}
      />
      <p role="status">{message}</p>
      <button type="submit" className="button primary">
        {t('admin.saveHours')}
      </button>
    </form>
  );
}
