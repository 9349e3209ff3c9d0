import { Link } from 'wouter';
import { LIBRARY } from '../../../content/catalog';
import { DeletedNotice, useDeletedCounts } from '../components/deleted-notice';
import { Figure } from '../components/figure';
import { PageTitle } from '../components/page';

export function HomePage() {
  const figure4 = LIBRARY.exercises.find((e) => e.id === 'figure-4');
  // Just after deleting an account, the confirmation is the page's heading.
  const deleted = useDeletedCounts();
  return (
    <>
      {deleted && <DeletedNotice counts={deleted} />}
      <section className="hero">
        <div>
          {deleted ? (
            <h2>Gentle, safe stretching for sciatica</h2>
          ) : (
            <PageTitle title="Gentle, safe stretching for sciatica">
              Gentle, safe stretching for sciatica
            </PageTitle>
          )}
          <p className="lead">
            Answer a short safety check and a few questions about your symptoms. You'll get a
            stretching routine that suits your body today, and a guide that times every hold and
            checks in with you after each stretch.
          </p>
          <p className="actions">
            <Link className="button primary" href="/start">
              Start my safety check
            </Link>
            <Link className="button" href="/learn">
              What is sciatica?
            </Link>
          </p>
        </div>
        {figure4 && (
          <Figure poses={figure4.variants[0]?.poses ?? []} className="figure hero-figure" />
        )}
      </section>
      <section aria-labelledby="how-heading" className="steps">
        <h2 id="how-heading">How it works</h2>
        <ol>
          <li>
            <strong>Safety first.</strong> We ask about warning signs that need a doctor. If any
            apply, we tell you where to go and how soon, and we don't show exercises.
          </li>
          <li>
            <strong>Your routine.</strong> Six stretches physical therapists use for sciatica,
            adjusted to what you can do: a chair, a bed or a towel can stand in for the floor or a
            strap.
          </li>
          <li>
            <strong>Guided and watched over.</strong> Timers for every hold and breath, and a quick
            check-in after each exercise that switches to a gentler version or stops the session if
            something gets worse.
          </li>
        </ol>
      </section>
    </>
  );
}
