import { Link, useParams } from 'wouter';
import { localToday } from '../api';
import { HabitCheck } from '../components/habit-check';
import { PageTitle } from '../components/page';
import { SourceList } from '../components/sources';
import { useSession } from '../hooks/use-session';
import { habitPath, PATHS } from '../route-paths';
import { NotFoundPage } from './not-found';
import { useCatalog } from '../i18n/catalog';
import { useT } from '../i18n/i18n';

/** One posture and movement habit: why it matters, how to do it, tips, and today's check. */
export function HabitLessonPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const { HABIT_LESSON_LIST } = useCatalog();
  const lesson = HABIT_LESSON_LIST.find((l) => l.id === id);
  if (!lesson) return <NotFoundPage />;
  return (
    <article className="prose habit-lesson">
      <p className="breadcrumb">
        <Link href={PATHS.learn}>{t('habits.learn')}</Link>
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
        <h2 id="tips-heading">{t('habits.tips')}</h2>
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
  const t = useT();
  if (status === 'loading') return null;
  if (me?.user.role === 'patient') return <HabitCheck date={localToday()} />;
  if (me) return null;
  const next = encodeURIComponent(habitPath(id));
  return (
    <section className="habit-check" aria-labelledby="track-heading">
      <h2 id="track-heading">{t('habits.track')}</h2>
      <p>{t('habits.trackWhy', { question })}</p>
      <p>
        <Link href={`/sign-in?next=${next}`}>{t('habits.signIn')}</Link> {t('summary.or')}{' '}
        <Link href={`/sign-up?next=${next}`}>{t('progress.createAccount')}</Link>.
      </p>
    </section>
  );
}

function OtherHabits({ current }: { current: string }) {
  const t = useT();
  const { HABIT_LESSON_LIST } = useCatalog();
  return (
    <nav aria-labelledby="other-habits-heading">
      <h2 id="other-habits-heading">{t('habits.others')}</h2>
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
  const t = useT();
  const { HABIT_LESSON_LIST } = useCatalog();
  return (
    <section aria-labelledby="habits-heading">
      <h2 id="habits-heading">{t('habits.listTitle')}</h2>
      <p>{t('habits.listIntro')}</p>
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
