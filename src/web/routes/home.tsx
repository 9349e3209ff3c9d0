import { Link } from 'wouter';
import { LIBRARY } from '../../../content/catalog';
import { DeletedNotice, useDeletedCounts } from '../components/deleted-notice';
import { Figure } from '../components/figure';
import { PageTitle } from '../components/page';
import { useT } from '../i18n/i18n';

export function HomePage() {
  const figure4 = LIBRARY.exercises.find((e) => e.id === 'figure-4');
  // Just after deleting an account, the confirmation is the page's heading.
  const deleted = useDeletedCounts();
  const t = useT();
  return (
    <>
      {deleted && <DeletedNotice counts={deleted} />}
      <section className="hero">
        <div>
          {deleted ? (
            <h2>{t('home.title')}</h2>
          ) : (
            <PageTitle title={t('home.title')}>{t('home.title')}</PageTitle>
          )}
          <p className="lead">{t('home.lead')}</p>
          <p className="actions">
            <Link className="button primary" href="/start">
              {t('home.start')}
            </Link>
            <Link className="button" href="/learn">
              {t('home.learn')}
            </Link>
          </p>
        </div>
        {figure4 && (
          <Figure poses={figure4.variants[0]?.poses ?? []} className="figure hero-figure" />
        )}
      </section>
      <section aria-labelledby="how-heading" className="steps">
        <h2 id="how-heading">{t('home.how')}</h2>
        <ol>
          {([1, 2, 3] as const).map((n) => (
            <li key={n}>
              <strong>{t(`home.step${n}.title`)}</strong> {t(`home.step${n}`)}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
