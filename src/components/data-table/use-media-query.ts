import { useCallback, useSyncExternalStore } from 'react';

/** The phone layout (the CSS's `max-width: 640px` blocks): tables as cards, a one-ring sunburst. */
export const PHONE = '(max-width: 640px)';

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
