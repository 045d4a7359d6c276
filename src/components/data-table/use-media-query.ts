import { useCallback, useSyncExternalStore } from 'react';
import { PHONE_QUERY } from '../../lib/tokens';

/** The phone layout (the CSS's phone `@media` blocks, the same breakpoint token): tables as cards, a one-ring sunburst. */
export const PHONE = PHONE_QUERY;

/** Whether a CSS media query matches now; the component re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    [query],
  );
  // The prerendered first view is the wide one; a phone redraws after hydration rather than mismatching it.
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
