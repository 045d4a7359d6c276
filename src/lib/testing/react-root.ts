import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

/**
 * Whether React's act() is in charge of this test's updates. On for component tests; off around a wait for work
 * that arrives in a later task as it does in the page (act would hold it back).
 */
function setActEnvironment(on: boolean) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
}

/** Waits for `wait` with act() out of the way, then puts it back. */
export async function outsideAct(wait: () => Promise<unknown>) {
  setActEnvironment(false);
  try {
    await wait();
  } finally {
    setActEnvironment(true);
  }
}

/**
 * A React root on a fresh element in the document for each test of the calling file, unmounted and removed after
 * it. The object's fields are replaced before every test; a test may replace `root` itself (to mount again).
 */
export function reactRootPerTest(): { root: Root; host: HTMLElement } {
  const mounted = {} as { root: Root; host: HTMLElement };
  beforeEach(() => {
    setActEnvironment(true);
    mounted.host = document.body.appendChild(document.createElement('div'));
    mounted.root = createRoot(mounted.host);
  });
  afterEach(() => {
    act(() => mounted.root.unmount());
    mounted.host.remove();
  });
  return mounted;
}
