import {
  type ComponentProps,
  type ComponentType,
  createElement,
  lazy,
  type LazyExoticComponent,
} from 'react';

/** The lazy parts whose chunk failed to load, each able to try again. */
const failed = new Set<() => void>();

/**
 * React.lazy keeps the rejected promise of a chunk that failed to load (a redeploy while the page was open, a lost
 * connection): that part stays broken until a full reload. This lazy component starts over after `retryFailedChunks`
 * — the browser fetches a failed module again on the next import() (the HTML spec no longer keeps failed fetches in
 * the module map; whatwg/html#6768).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint React.lazy itself uses
export function retryableLazy<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  let current: LazyExoticComponent<T>;
  const make = () => {
    current = lazy(() =>
      load().catch((error: unknown) => {
        failed.add(make);
        throw error;
      }),
    );
  };
  make();
  function Retryable(props: ComponentProps<T>) {
    return createElement(current, props);
  }
  return Retryable;
}

/** Every lazy part whose chunk failed loads again when next rendered. */
export function retryFailedChunks(): void {
  const again = [...failed];
  failed.clear();
  again.forEach((make) => make());
}
