import { Link } from 'wouter';
import { LIBRARY } from '../../../content/catalog';
import { describeDose } from '../components/demands';
import { Figure } from '../components/figure';
import { PageTitle } from '../components/page';

export function ExercisesPage() {
  return (
    <section>
      <PageTitle title="Exercise library">Exercise library</PageTitle>
      <p className="lead">
        The six stretches physical therapists often start with for sciatica. Each comes in gentler
        versions using a chair, a bed, a pillow or a strap.
      </p>
      <ul className="card-grid">
        {LIBRARY.exercises.map((exercise) => (
          <li key={exercise.id} className="card">
            <Figure poses={exercise.variants[0]?.poses ?? []} />
            <h2>
              <Link href={`/exercises/${exercise.id}`}>{exercise.name}</Link>
            </h2>
            <p>{exercise.summary}</p>
            <p className="meta">
              {describeDose(exercise.dose, exercise.sided)} · {exercise.variants.length} versions
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
