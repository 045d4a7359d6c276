import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Where an element starts on the page, in document coordinates (what a window virtualizer calls its scroll
 * margin); null until it is first laid out. Kept current as content above it changes height — a chart drawn, a
 * filter's note shown — which also changes the height of the body.
 */
export function usePageTop(ref: RefObject<Element | null>): number | null {
  const [top, setTop] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}
