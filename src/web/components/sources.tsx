import { LIBRARY } from '../../../content/catalog';

export function SourceList({
  ids,
  heading = 'Sources',
}: {
  ids: readonly string[];
  heading?: string;
}) {
  const sources = ids
    .map((id) => LIBRARY.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{heading}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
            . {source.publisher}.
          </li>
        ))}
      </ol>
    </section>
  );
}
