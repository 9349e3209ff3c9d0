import { Link } from 'wouter';
import { LIBRARY } from '../../../content/catalog';
import { FAMILIES } from '../../domain/exercises/library';
import { describeDose, FAMILY_TEXT } from '../components/demands';
import { Figure } from '../components/figure';
import { PageTitle } from '../components/page';

export function ExercisesPage() {
  return (
    <section>
      <PageTitle title="Exercise library">Exercise library</PageTitle>
      <p className="lead">
        Start with the first stretches. As things calm down, the long-term program adds nerve
        glides, core work and hip strength, a little at a time.
      </p>
      {FAMILIES.map((family) => {
        const exercises = LIBRARY.exercises.filter((e) => e.family === family);
        if (exercises.length === 0) return null;
        return (
          <section key={family} aria-labelledby={`family-${family}`}>
            <h2 id={`family-${family}`}>{FAMILY_TEXT[family].title}</h2>
            <p>{FAMILY_TEXT[family].intro}</p>
            <ul className="card-grid">
              {exercises.map((exercise) => (
                <li key={exercise.id} className="card">
                  <Figure poses={exercise.variants[0]?.poses ?? []} />
                  <h3>
                    <Link href={`/exercises/${exercise.id}`}>{exercise.name}</Link>
                  </h3>
                  <p>{exercise.summary}</p>
                  <p className="meta">
                    {describeDose(exercise.dose, exercise.sided)} ·{' '}
                    {exercise.variants.length === 1
                      ? 'one version'
                      : `${exercise.variants.length} versions`}
                    {exercise.therapistOnly ? ' · only with your therapist' : ''}
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
