import { href } from '../../lib/route/href';
import { HASH_PREFIX, isPlainHash, isViewRoute, parseHash } from '../../lib/route/route';
import type { Takeaway } from './slide-takeaway';

/** A presenter's storyline: an ordered list of views (hashes of the public URL contract). */
export interface Step {
  hash: string;
  /**
   * CSS selector of what the room should look at on this step. With it the step is a slide: the view's title, the
   * takeaway sentence and this element alone, sized to the screen; without it (a step made from a share link), the
   * whole view in projector type.
   */
  focus?: string;
  /** CSS selector of the parts of the focus a slide leaves out (detail columns, sub-rows). */
  hide?: string;
  takeaway?: Takeaway;
  title?: string;
}

// Each default slide fits a 1024×768 projector with text at 1/30 of the screen's height (e2e/presenter.spec.ts).
export const DEFAULT_STORYLINE: readonly Step[] = [
  { hash: href.overview(), focus: '.kpis', hide: '.kpi-detail, .kpi-foot', takeaway: 'kpis', title: 'kpis' },
  {
    hash: href.overview({ sb: 'nature' }),
    focus: '.chart-frame',
    hide: '.chart-desc, .sb-hint, .small-items',
    takeaway: 'sunburst',
    title: 'sunburst',
  },
  {
    hash: href.functions(),
    focus: '.function-table',
    hide: '.function-table tbody tr:not([data-depth="0"]), .function-table :is(th, td):is(:nth-child(3), :nth-child(4))',
    takeaway: 'functions',
    title: 'functions',
  },
  {
    hash: href.projects({ sort: 'amount.desc' }),
    focus: '.data-table tbody tr:nth-child(-n+5)',
    hide: '.data-table :is(th, td):nth-child(n+5)',
    takeaway: 'largest',
    title: 'largest projects',
  },
  {
    hash: href.project('p09'),
    focus: '.indicator-tree',
    // 二级 names say their 一级 (数量指标 is 产出): the 一级 headings give their room to the indicators.
    hide: '.indicator-tree :is(thead, :is(th, td, col):nth-child(n+3)), .ind-l1 > h3',
    takeaway: 'project',
    title: 'indicators',
  },
  {
    hash: href.view('sangong'),
    focus: '.view > .exportable:first-of-type .data-table',
    hide: '.data-table :is(th, td):nth-child(6)',
    takeaway: 'sangong',
    title: 'sangong',
  },
  {
    hash: href.view('procurement'),
    focus: '[aria-labelledby="pr-h"] .data-table',
    takeaway: 'procurement',
    title: 'procurement',
  },
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
  const norm = (h: string) => (h === '' || h === '#' ? href.overview() : h);
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
  return isPlainHash(hash) && isViewRoute(parseHash(hash));
}

/**
 * Steps from share links (full URLs or bare hashes), one per line. A line that is no link to a view — or a link
 * whose address is broken (#/projects/%) or names no view — is rejected, so the builder can say which.
 */
export function stepsFromLinks(text: string): { steps: Step[]; rejected: string[] } {
  const steps: Step[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/\s+/).filter(Boolean)) {
    const i = line.indexOf(HASH_PREFIX);
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
  return `${base}?${q.toString()}${steps[0]?.hash ?? href.overview()}`;
}
