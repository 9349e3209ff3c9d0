import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { EXPECTATIONS, EXPLAINER, type Article } from '../../../content/education';
import { localize } from '../../domain/i18n/text';
import { useLocale, useT } from '../i18n/i18n';
import { PATHS } from '../route-paths';
import { HabitLessonList } from './habit-lesson';
import { PageTitle } from '../components/page';
import { SourceList } from '../components/sources';

export function ArticlePage({
  article,
  next,
  children,
}: {
  article: Article;
  next: { href: string; label: string };
  /** More to read after the article's own sections (the learn page's habit lessons). */
  children?: ReactNode;
}) {
  // The article's words in the page's language (both languages are in this small page's data).
  const words = localize(article, useLocale());
  return (
    <article className="prose">
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="lead">{words.lead}</p>
      {words.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs?.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.bullets && (
            <ul>
              {section.bullets.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {children}
      <p>
        <Link className="button" href={next.href}>
          {next.label}
        </Link>
      </p>
      <SourceList ids={words.sources} />
    </article>
  );
}

/** The learn page: what sciatica is, then the everyday habit lessons. */
export function LearnPage() {
  const t = useT();
  return (
    <ArticlePage article={EXPLAINER} next={{ href: PATHS.expectations, label: t('learn.next') }}>
      <HabitLessonList />
    </ArticlePage>
  );
}

export function ExpectationsPage() {
  const t = useT();
  return (
    <ArticlePage
      article={EXPECTATIONS}
      next={{ href: PATHS.start, label: t('expectations.next') }}
    />
  );
}
