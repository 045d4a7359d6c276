/**
 * Navigation that code starts — a click on a chart, which is no link — goes through `navigateTo`, so a mode that
 * restricts navigation (the locked embed, src/app/modes/embed-lock.ts) sees it as it sees a click on a link.
 * Features set no `location.hash` themselves (an ESLint rule says so).
 */
type NavigationGuard = (hash: string) => 'handled' | 'go';

let guard: NavigationGuard | null = null;

/** Puts `g` in front of every navigateTo; returns what removes it. */
export function guardNavigation(g: NavigationGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

export function navigateTo(hash: string) {
  if (guard?.(hash) === 'handled') return;
  window.location.hash = hash;
}
