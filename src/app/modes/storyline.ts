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

/** Which step the current hash is (so a reload or a shared link resumes there); -1 when none matches. */
export function stepIndexOf(steps: readonly Step[], hash: string): number {
  const norm = (h: string) => (h === '' || h === '#' ? '#/' : h);
  return steps.findIndex((s) => norm(s.hash) === norm(hash));
}

/** Steps from share links (full URLs or bare hashes), one per line; other lines are ignored. */
export function stepsFromLinks(text: string): Step[] {
  return text
    .split(/\s+/)
    .map((line) => {
      const i = line.indexOf('#/');
      return i < 0 ? null : line.slice(i);
    })
    .filter((h): h is string => !!h && /^#\/[\w/?=&.%-]*$/.test(h))
    .map((hash) => ({ hash }));
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
