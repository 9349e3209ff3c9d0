import { useRef, useState } from 'react';
import { addDays } from '../../domain/calendar-days';
import {
  daysDoneByHabit,
  HABIT_WINDOW_DAYS,
  type HabitCheck as Answer,
} from '../../domain/education/habits';
import { useAsync } from '../hooks/use-async';
import { useSession } from '../hooks/use-session';
import { fetchHabitChecks, saveHabitAnswers } from './habit-api';
import { failureWords } from '../messages';
import { useCatalog } from '../i18n/catalog';
import { useT } from '../i18n/i18n';

type SaveState = 'saving' | 'saved' | 'failed';

/**
 * The four everyday habits as yes-or-no questions about `date` (the patient's own day,
 * YYYY-MM-DD). Each tick is saved at once, and each habit says on how many of the last 7 days
 * it was done. For signed-in patients; it shows nothing to anyone else.
 */
export function HabitCheck({ date }: { date: string }) {
  // A new day starts afresh: answers and save states belong to the day they were given for.
  return <HabitDay key={date} date={date} />;
}

function HabitDay({ date }: { date: string }) {
  const { me } = useSession();
  const t = useT();
  const { HABIT_LESSON_LIST } = useCatalog();
  const patientId = me?.user.role === 'patient' ? me.user.id : null;
  const from = addDays(date, -(HABIT_WINDOW_DAYS - 1));
  const [loaded, reload] = useAsync(patientId && `habits|${patientId}|${date}`, () =>
    fetchHabitChecks(from, date),
  );
  /** Answers for `date` changed on this page, shown before (and after) the server confirms. */
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [saving, setSaving] = useState<Record<string, SaveState>>({});
  const [announcement, setAnnouncement] = useState('');
  /** The newest save per habit: an older answer arriving late must not undo a newer tick. */
  const latest = useRef<Record<string, number>>({});

  if (!patientId) return null;
  const ids = HABIT_LESSON_LIST.map((l) => l.id);
  const saved = loaded.status === 'done' ? loaded.value.checks : [];
  const checks: Answer[] = [
    ...saved.filter((c) => !(c.date === date && c.habitId in answers)),
    ...Object.entries(answers).map(([habitId, done]) => ({ date, habitId, done })),
  ];
  const done = (id: string) => checks.some((c) => c.date === date && c.habitId === id && c.done);
  const counts = daysDoneByHabit(checks, ids, date);

  function answer(habitId: string, title: string, yes: boolean) {
    const attempt = (latest.current[habitId] ?? 0) + 1;
    latest.current[habitId] = attempt;
    setAnswers((a) => ({ ...a, [habitId]: yes }));
    setSaving((s) => ({ ...s, [habitId]: 'saving' }));
    saveHabitAnswers(date, { [habitId]: yes }).then(
      (day) => {
        if (latest.current[habitId] !== attempt) return;
        setAnswers((a) => ({ ...a, [habitId]: day.habits[habitId] ?? yes }));
        setSaving((s) => ({ ...s, [habitId]: 'saved' }));
        setAnnouncement(t('habits.savedAnswer', { title, done: yes ? 'yes' : 'no' }));
      },
      (error: unknown) => {
        if (latest.current[habitId] !== attempt) return;
        setAnswers((a) => ({ ...a, [habitId]: !yes }));
        setSaving((s) => ({ ...s, [habitId]: 'failed' }));
        setAnnouncement(
          t('habits.notSaved', { title, why: failureWords(error, t('habits.tryAgain')) }),
        );
      },
    );
  }

  return (
    <section className="habit-check" aria-labelledby="habit-check-heading">
      <h2 id="habit-check-heading">{t('habits.today')}</h2>
      <p className="hint">{t('habits.hint')}</p>
      {loaded.status === 'failed' && (
        <p className="error">
          {t('habits.loadFailed')} {loaded.message}{' '}
          <button type="button" className="link" onClick={reload}>
            {t('offline.tryAgain')}
          </button>
        </p>
      )}
      <ul className="habit-questions">
        {HABIT_LESSON_LIST.map((lesson) => {
          const state = saving[lesson.id];
          const countId = `habit-count-${lesson.id}`;
          return (
            <li key={lesson.id}>
              <label className="choice habit-question">
                <input
                  type="checkbox"
                  name={lesson.id}
                  checked={done(lesson.id)}
                  disabled={loaded.status !== 'done'}
                  aria-describedby={countId}
                  onChange={(e) => answer(lesson.id, lesson.title, e.target.checked)}
                />
                <span>
                  <strong className="habit-name">{lesson.title}</strong>
                  {lesson.question}
                </span>
              </label>
              <p id={countId} className="meta habit-count">
                {loaded.status === 'done'
                  ? t('habits.count', { done: counts[lesson.id] ?? 0, days: HABIT_WINDOW_DAYS })
                  : t('habits.gettingWeek')}
                {state && (
                  <span className={`habit-state ${state}`}> {t(`habits.state.${state}`)}</span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
