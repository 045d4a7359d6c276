import { isViewRoute, parseHash } from '../route';

/** A presenter's storyline: an ordered list of views (hashes of the public URL contract). */
export interface Step {
  hash: string;
  /** CSS selector of what the room should look at on this step (outlined and scrolled into view). */
  focus?: string;
  title?: string;
}

export const DEFAULT_STORYLINE: readonly Step[] = [
  { hash: '#/', focus: '.kpis', title: 'kpis' },
  { hash: '#/?sb=nature', focus: '.panel:has(.chart-frame)', title: 'sunburst' },
  { hash: '#/functions', focus: '.function-table', title: 'functions' },
  {
    hash: '#/projects?sort=amount.desc',
    focus: '.data-table tbody tr:nth-child(-n+5)',
    title: 'largest projects',
  },
  { hash: '#/projects/p09', focus: '.indicator-tree', title: 'indicators' },
  { hash: '#/sangong', focus: '.data-table', title: 'sangong' },
  { hash: '#/procurement', focus: 'main section', title: 'procurement' },
];

export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'exit' | { goto: number };

/** The keys a presentation clicker sends, and the usual keyboard ones. */
export function actionForKey(key: string): PresenterAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'Escape':
      return 'exit';
    default:
      return /^[1-9]$/.test(key) ? { goto: Number(key) - 1 } : null;
  }
}

/** The step a navigation action leads to, clamped to the storyline. */
export function nextIndex(current: number, action: PresenterAction, length: number): number {
  if (length === 0) return 0;
  const clamp = (n: number) => Math.min(length - 1, Math.max(0, n));
  if (typeof action === 'object') return clamp(action.goto);
  switch (action) {
    case 'next':
      return clamp(current + 1);
    case 'prev':
      return clamp(current - 1);
    case 'first':
      return 0;
    case 'last':
      return length - 1;
    default:
      return current;
  }
}

/** The first step that shows this hash (a shared link opened afresh resumes there); -1 when none does. */
export function stepIndexOf(steps: readonly Step[], hash: string): number {
  const norm = (h: string) => (h === '' || h === '#' ? '#/' : h);
  return steps.findIndex((s) => norm(s.hash) === norm(hash));
}

/**
 * The presenter's step is state, not read back from the hash: a storyline may show one view twice, and a view
 * outside the storyline is no step at all. Each history entry the presenter makes records its step under this
 * key, so a reload or back/forward returns to the step itself.
 */
export const STEP_STATE_KEY = 'presenterStep';

/** The step a history entry recorded, if it is one of this storyline's. */
export function stepInHistory(historyState: unknown, length: number): number | null {
  const v = (historyState as Record<string, unknown> | null)?.[STEP_STATE_KEY];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length ? v : null;
}

/** Where a presentation resumes: the step this history entry recorded, else the first showing the hash, else -1. */
export function resumeIndex(steps: readonly Step[], hash: string, historyState: unknown): number {
  return stepInHistory(historyState, steps.length) ?? stepIndexOf(steps, hash);
}

/** Whether a hash can be a step: plain URL characters only, and a view of the contract once decoded. */
export function isStepHash(hash: string): boolean {
  return /^#\/[\w/?=&.%-]*$/.test(hash) && isViewRoute(parseHash(hash));
}

/**
 * Steps from share links (full URLs or bare hashes), one per line. A line that is no link to a view — or a link
 * whose address is broken (#/projects/%) or names no view — is rejected, so the builder can say which.
 */
export function stepsFromLinks(text: string): { steps: Step[]; rejected: string[] } {
  const steps: Step[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/\s+/).filter(Boolean)) {
    const i = line.indexOf('#/');
    const hash = i < 0 ? null : line.slice(i);
    if (hash && isStepHash(hash)) steps.push({ hash });
    else rejected.push(line);
  }
  return { steps, rejected };
}

/** The URL of a presentation of `steps` (kept in the URL, so it survives a reload and can be shared). */
export function storylineUrl(
  base: string,
  steps: readonly Step[],
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams({ mode: 'present', ...extra });
  for (const s of steps) q.append('step', s.hash);
  return `${base}?${q.toString()}${steps[0]?.hash ?? '#/'}`;
}
