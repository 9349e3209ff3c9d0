import { Link, useParams } from 'wouter';
import { HABIT_LESSON_LIST } from '../../../content/catalog';
import { localToday } from '../api';
import { HabitCheck } from '../components/habit-check';
import { PageTitle } from '../components/page';
import { SourceList } from '../components/sources';
import { useSession } from '../hooks/use-session';
import { habitPath, PATHS } from '../route-paths';
import { NotFoundPage } from './not-found';

/** One posture and movement habit: why it matters, how to do it, tips, and today's check. */
export function HabitLessonPage() {
  const { id } = useParams<{ id: string }>();
  const lesson = HABIT_LESSON_LIST.find((l) => l.id === id);
  if (!lesson) return <NotFoundPage />;
  return (
    <article className="prose habit-lesson">
      <p className="breadcrumb">
        <Link href={PATHS.learn}>Learn about sciatica</Link>
      </p>
      <PageTitle title={lesson.title}>{lesson.title}</PageTitle>
      <p className="lead">{lesson.lead}</p>
      {lesson.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.bullets.length > 0 && (
            <ul>
              {section.bullets.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section className="tips" aria-labelledby="tips-heading">
        <h2 id="tips-heading">Tips to make it stick</h2>
        <ul>
          {lesson.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </section>
      <TrackThisHabit id={lesson.id} question={lesson.question} />
      <OtherHabits current={lesson.id} />
      <SourceList ids={lesson.sources} />
    </article>
  );
}

/** Today's check for a patient; for anyone else, what it is and how to get it. */
function TrackThisHabit({ id, question }: { id: string; question: string }) {
  const { status, me } = useSession();
  if (status === 'loading') return null;
  if (me?.user.role === 'patient') return <HabitCheck date={localToday()} />;
  if (me) return null;
  const next = encodeURIComponent(habitPath(id));
  return (
    <section className="habit-check" aria-labelledby="track-heading">
      <h2 id="track-heading">Track this habit</h2>
      <p>
        Each day ReliefPath can ask you: “{question}” Your answers add up to a count of the days you
        managed it over the last 7.
      </p>
      <p>
        <Link href={`/sign-in?next=${next}`}>Sign in to track this habit</Link> or{' '}
        <Link href={`/sign-up?next=${next}`}>create an account</Link>.
      </p>
    </section>
  );
}

function OtherHabits({ current }: { current: string }) {
  return (
    <nav aria-labelledby="other-habits-heading">
      <h2 id="other-habits-heading">Other everyday habits</h2>
      <ul>
        {HABIT_LESSON_LIST.filter((l) => l.id !== current).map((l) => (
          <li key={l.id}>
            <Link href={habitPath(l.id)}>{l.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The learn page's section linking to each habit lesson. */
export function HabitLessonList() {
  return (
    <section aria-labelledby="habits-heading">
      <h2 id="habits-heading">Everyday habits that help your back</h2>
      <p>
        Stretches are part of the answer. How you sit, bend, move and walk through the day matters
        too. Each of these short lessons ends with one question to answer each day.
      </p>
      <ul className="card-grid habit-cards">
        {HABIT_LESSON_LIST.map((lesson) => (
          <li key={lesson.id} className="card">
            <h3>
              <Link href={habitPath(lesson.id)}>{lesson.title}</Link>
            </h3>
            <p>{lesson.lead}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
