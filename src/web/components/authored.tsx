import type { ReactNode } from 'react';

/**
 * Text that staff or patients wrote (a reason for time off, a visit type's name), shown as
 * written, in whatever language they wrote it: the app translates its own words, not theirs.
 */
export function Authored({ children }: { children: ReactNode }) {
  return <span data-authored="">{children}</span>;
}
