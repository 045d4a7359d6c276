/**
 * Where the page is scrolled, per history entry — what a multi-page site gets from the browser and a hash-routed
 * one has to do itself:
 * - a new view (a link, a chart click, a presenter step) opens at its top, or at what its link highlights
 *   (`?indicator=3`, glossary?term=…, economic?class=…: the element marked `data-link-target`), which also
 *   gets the focus;
 * - Back and Forward return to where the reader was on that entry, once the view is tall enough again;
 * - a change of sort or filter (`replaceQuery`, the same entry) leaves the scroll alone.
 * The browser's own restoration is off: it restores before the new view has rendered, so a long list came back
 * clamped to the height of the view it replaced.
 */

/** The key of each history entry, kept in its state beside what others keep there (the presenter's step). */
const ENTRY_KEY = 'scrollEntry';
const STORAGE_KEY = 'budget-dashboard:scroll';
/** How long a restore or a link target is waited for: a view's code and a lazy part arriving on a slow phone. */
const WAIT_MS = 4000;

const positions = new Map<string, number>();
let current = '';
let cancelPending: (() => void) | null = null;

const LINK_TARGET_ATTR = 'data-link-target';

/** The current history entry's key (null before the memory has marked it). */
export function entryKey(): string | null {
  const state: unknown = window.history.state;
  if (state && typeof state === 'object' && ENTRY_KEY in state) {
    const key = (state as Record<string, unknown>)[ENTRY_KEY];
    if (typeof key === 'string') return key;
  }
  return null;
}

function markEntry(): string {
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const state: unknown = window.history.state;
  const base = state && typeof state === 'object' ? state : {};
  window.history.replaceState({ ...base, [ENTRY_KEY]: key }, '', window.location.href);
  return key;
}

/** Runs `step` every frame until it returns true, the time is up or the reader scrolls or types themselves. */
export function eachFrame(step: () => boolean): () => void {
  const until = performance.now() + WAIT_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    USER_INPUT.forEach((t) => window.removeEventListener(t, stop, true));
  };
  const tick = () => {
    if (step() || performance.now() > until) stop();
    else frame = requestAnimationFrame(tick);
  };
  USER_INPUT.forEach((t) => window.addEventListener(t, stop, { capture: true, passive: true }));
  frame = requestAnimationFrame(tick);
  return stop;
}
const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Frames a link target's place must stay the same before it is left alone: parts of a view above it (a project's
 * goals, a chart's frame) render after it, and would push it off the screen after it was brought into view.
 */
const SETTLED_FRAMES = 20;

/**
 * The new view's highlighted element, when its link names one: focused, and brought to the middle of the screen
 * again each time what renders above it moves it. Returns a step for `eachFrame`.
 */
function showLinkTarget(): () => boolean {
  let placed = NaN;
  let still = 0;
  return () => {
    const el = document.querySelector<HTMLElement>(`[${LINK_TARGET_ATTR}]`);
    if (!el) return false;
    const top = el.getBoundingClientRect().top + window.scrollY;
    if (top !== placed) {
      if (Number.isNaN(placed)) {
        if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
        el.focus({ preventScroll: true });
      }
      // Its place on the page, which scrolling does not change.
      el.scrollIntoView({ block: 'center' });
      placed = top;
      still = 0;
    }
    return viewRendered() && ++still >= SETTLED_FRAMES;
  };
}

/** The view has rendered when <main> holds more than the loading notice. */
export function viewRendered(): boolean {
  const main = document.getElementById('main');
  return !!main && main.childElementCount > 0 && !main.querySelector('.view-loading');
}

/** A link's element is gone with the old view: the focus goes to the new view instead of to <body>. */
function keepFocus() {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  document.getElementById('main')?.focus({ preventScroll: true });
}

function opened(hasTarget: boolean) {
  window.scrollTo(0, 0);
  const target = hasTarget ? showLinkTarget() : null;
  cancelPending = eachFrame(() => {
    if (target && document.querySelector(`[${LINK_TARGET_ATTR}]`)) return target();
    if (!viewRendered()) return false;
    // In a task after this frame's paint: focusing restyles and lays out the whole page at once, which before the
    // paint delayed a page's first new view by ≈50 ms (a later one keeps the focus where it is and pays nothing).
    window.setTimeout(keepFocus, 0);
    return !target;
  });
}

function returned(key: string) {
  const y = positions.get(key) ?? 0;
  cancelPending = eachFrame(() => {
    window.scrollTo(0, y);
    return viewRendered() && Math.abs(window.scrollY - y) < 2;
  });
}

/** Whether a hash names something to highlight (any of the views' highlight parameters). */
function linksTarget(hash: string): boolean {
  const q = new URLSearchParams(hash.split('?')[1] ?? '');
  return q.has('indicator') || q.has('term') || q.has('class');
}

function onHashChange() {
  const key = entryKey();
  if (key === current) return; // the same entry: a sort or a filter written into it
  cancelPending?.();
  if (key === null) {
    current = markEntry();
    opened(linksTarget(window.location.hash));
  } else {
    current = key;
    returned(key);
  }
}

/** Installed once, before the app renders, so its hashchange listener runs before the new view is rendered. */
export function installScrollMemory() {
  if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
  try {
    const saved: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(saved))
      for (const entry of saved)
        if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number')
          positions.set(entry[0], entry[1]);
  } catch {
    /* no storage (a sandboxed embed) or not ours: nothing to restore */
  }
  const key = entryKey();
  if (key === null) {
    current = markEntry();
    if (linksTarget(window.location.hash)) opened(true);
  } else {
    current = key;
    if (positions.has(key)) returned(key); // a reload
  }
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('scroll', () => positions.set(current, window.scrollY), { passive: true });
  window.addEventListener('pagehide', () => {
    try {
      const recent = [...positions].slice(-50);
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(recent));
    } catch {
      /* no storage: positions last as long as the page */
    }
  });
}
