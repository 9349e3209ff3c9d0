import { useRef, useLayoutEffect } from 'react';

/**
 * A form that opens on request takes keyboard focus at its heading, as a dialog would, so
 * keyboard and screen-reader users land in it. Give the heading tabIndex={-1}.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return ref;
}
