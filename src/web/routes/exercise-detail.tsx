import { Link, useParams } from 'wouter';
import { LIBRARY } from '../../../content/catalog';
import { describeDemands, describeDose, PROP_NAMES } from '../components/demands';
import { Figure } from '../components/figure';
import { PageTitle } from '../components/page';
import { SourceList } from '../components/sources';
import { NotFoundPage } from './not-found';

export function ExerciseDetailPage() {
  const { id } = useParams<{ id: string }>();
  const exercise = LIBRARY.exercises.find((e) => e.id === id);
  if (!exercise) return <NotFoundPage />;
  return (
    <article className="prose wide">
      <p className="breadcrumb">
        <Link href="/exercises">Exercise library</Link>
      </p>
      <PageTitle title={exercise.name}>{exercise.name}</PageTitle>
      <p className="lead">{exercise.summary}</p>
      <dl className="facts">
        <dt>Dose</dt>
        <dd>{describeDose(exercise.dose, exercise.sided)}</dd>
        <dt>Why it helps</dt>
        <dd>{exercise.whyItHelps}</dd>
      </dl>
      <section aria-labelledby="cautions">
        <h2 id="cautions">Take care</h2>
        <ul>
          {exercise.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <h2>Versions</h2>
      {exercise.variants.map((variant) => (
        <section key={variant.id} className="variant" aria-labelledby={`v-${variant.id}`}>
          <h3 id={`v-${variant.id}`}>{variant.name}</h3>
          <div className="variant-body">
            <figure className="figure-frame">
              <Figure poses={variant.poses} side={exercise.sided ? 'right' : null} />
              {exercise.sided && (
                <figcaption className="meta">
                  Shown for the right side. The left side is the mirror image.
                </figcaption>
              )}
            </figure>
            <div>
              <p>{variant.summary}</p>
              <ol>
                {variant.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <p className="meta">
                <strong>What it asks of your body:</strong>{' '}
                {describeDemands(variant.demands).join(' · ')}
              </p>
              {variant.demands.props.length > 0 && (
                <p className="meta">
                  <strong>{variant.needsOneOf ? 'You need' : 'Can use'}:</strong>{' '}
                  {(variant.needsOneOf ?? variant.demands.props)
                    .map((p) => PROP_NAMES[p])
                    .join(variant.needsOneOf ? ' or ' : ', ')}
                </p>
              )}
            </div>
          </div>
        </section>
      ))}
      <SourceList ids={exercise.sources} />
    </article>
  );
}
