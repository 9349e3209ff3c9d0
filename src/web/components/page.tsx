import { useRef, type ReactNode, useLayoutEffect } from 'react';

/**
 * Every screen starts with this heading. On navigation it takes focus so keyboard and
 * screen-reader users land at the top of the new content, and it sets the tab title.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    document.title = `${title} · ReliefPath`;
    ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
