import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { EXPECTATIONS, EXPLAINER, type Article } from '../../../content/education';
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
  return (
    <article className="prose">
      <PageTitle title={article.title}>{article.title}</PageTitle>
      <p className="lead">{article.lead}</p>
      {article.sections.map((section) => (
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
      <SourceList ids={article.sources} />
    </article>
  );
}

/** The learn page: what sciatica is, then the everyday habit lessons. */
export function LearnPage() {
  return (
    <ArticlePage article={EXPLAINER} next={{ href: PATHS.expectations, label: 'What to expect' }}>
      <HabitLessonList />
    </ArticlePage>
  );
}

export function ExpectationsPage() {
  return (
    <ArticlePage
      article={EXPECTATIONS}
      next={{ href: PATHS.start, label: 'Get my stretching plan' }}
    />
  );
}
