import { type RefObject, useEffect, useState } from 'react';

/**
 * True once the element comes within `margin` of the viewport (and stays true). Charts below the fold load
 * ECharts (≈150 KB) and draw only when the reader gets near them: a phone that never scrolls there never pays.
 * Inside an iframe the top-level viewport counts, so an embedded chart draws when the host page shows it.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '300px'): boolean {
  // Starts false everywhere (also in the build's prerender), so hydration sees the same placeholder.
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (typeof IntersectionObserver === 'undefined') {
      // Very old browsers: every chart draws at once.
      const timer = window.setTimeout(() => setNear(true), 0);
      return () => window.clearTimeout(timer);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
