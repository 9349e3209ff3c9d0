import { LIBRARY } from '../../../content/catalog';
import { useT } from '../i18n/i18n';

/** Sources keep their own titles: a study or guideline is named as its publisher names it. */
export function SourceList({ ids, heading }: { ids: readonly string[]; heading?: string }) {
  const t = useT();
  const sources = ids
    .map((id) => LIBRARY.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{heading ?? t('sources.heading')}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              <span lang="en">{source.title}</span>
              <span className="visually-hidden"> {t('sources.newTab')}</span>
            </a>
            . <span lang="en">{source.publisher}</span>.
          </li>
        ))}
      </ol>
    </section>
  );
}
