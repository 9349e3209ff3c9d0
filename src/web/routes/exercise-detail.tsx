import { Link, useParams } from 'wouter';
import { describeDemands, describeDose, propNames } from '../components/demands';
import { Figure } from '../components/figure';
import { PageTitle } from '../components/page';
import { SourceList } from '../components/sources';
import { useCatalog } from '../i18n/catalog';
import { useT, useWords } from '../i18n/i18n';
import { NotFoundPage } from './not-found';

export function ExerciseDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const words = useWords();
  const { LIBRARY } = useCatalog();
  const exercise = LIBRARY.exercises.find((e) => e.id === id);
  if (!exercise) return <NotFoundPage />;
  return (
    <article className="prose wide">
      <p className="breadcrumb">
        <Link href="/exercises">{t('library.title')}</Link>
      </p>
      <PageTitle title={exercise.name}>{exercise.name}</PageTitle>
      <p className="lead">{exercise.summary}</p>
      <dl className="facts">
        <dt>{t('library.dose')}</dt>
        <dd>{describeDose(exercise.dose, exercise.sided, t)}</dd>
        <dt>{t('library.why')}</dt>
        <dd>{exercise.whyItHelps}</dd>
      </dl>
      <section aria-labelledby="cautions">
        <h2 id="cautions">{t('library.cautions')}</h2>
        <ul>
          {exercise.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <h2>{t('library.variants')}</h2>
      {exercise.variants.map((variant) => (
        <section key={variant.id} className="variant" aria-labelledby={`v-${variant.id}`}>
          <h3 id={`v-${variant.id}`}>{variant.name}</h3>
          <div className="variant-body">
            <figure className="figure-frame">
              <Figure poses={variant.poses} side={exercise.sided ? 'right' : null} />
              {exercise.sided && <figcaption className="meta">{t('library.mirror')}</figcaption>}
            </figure>
            <div>
              <p>{variant.summary}</p>
              <ol>
                {variant.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <p className="meta">
                <strong>{t('library.demands')}</strong>{' '}
                {describeDemands(variant.demands, t).join(' · ')}
              </p>
              {variant.demands.props.length > 0 && (
                <p className="meta">
                  <strong>{t(variant.needsOneOf ? 'library.needs' : 'library.canUse')}</strong>{' '}
                  {words.list(
                    propNames(variant.needsOneOf ?? variant.demands.props, t),
                    variant.needsOneOf ? 'or' : 'and',
                  )}
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
