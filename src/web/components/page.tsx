import { useRef, type ReactNode, useLayoutEffect } from 'react';
import { useT } from '../i18n/i18n';

/**
 * Every screen starts with this heading. On navigation it takes focus so keyboard and
 * screen-reader users land at the top of the new content, and it sets the tab title.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const tabTitle = t('page.title', { title });
  useLayoutEffect(() => {
    document.title = tabTitle;
    ref.current?.focus();
  }, [tabTitle]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
