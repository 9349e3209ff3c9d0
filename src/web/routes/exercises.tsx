import { Link } from 'wouter';
import { FAMILIES } from '../../domain/exercises/library';
import { describeDose } from '../components/demands';
import { Figure } from '../components/figure';
import { PageTitle } from '../components/page';
import { useCatalog } from '../i18n/catalog';
import { useT } from '../i18n/i18n';

export function ExercisesPage() {
  const t = useT();
  const { LIBRARY } = useCatalog();
  return (
    <section>
      <PageTitle title={t('library.title')}>{t('library.title')}</PageTitle>
      <p className="lead">{t('library.lead')}</p>
      {FAMILIES.map((family) => {
        const exercises = LIBRARY.exercises.filter((e) => e.family === family);
        if (exercises.length === 0) return null;
        return (
          <section key={family} aria-labelledby={`family-${family}`}>
            <h2 id={`family-${family}`}>{t(`family.${family}.title`)}</h2>
            <p>{t(`family.${family}.intro`)}</p>
            <ul className="card-grid">
              {exercises.map((exercise) => (
                <li key={exercise.id} className="card">
                  <Figure poses={exercise.variants[0]?.poses ?? []} />
                  <h3>
                    <Link href={`/exercises/${exercise.id}`}>{exercise.name}</Link>
                  </h3>
                  <p>{exercise.summary}</p>
                  <p className="meta">
                    {describeDose(exercise.dose, exercise.sided, t)} ·{' '}
                    {t('library.versions', { count: exercise.variants.length })}
                    {exercise.therapistOnly ? ` · ${t('library.therapistOnly')}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
