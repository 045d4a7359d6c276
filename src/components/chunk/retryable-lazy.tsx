import {
  type ComponentProps,
  type ComponentType,
  createElement,
  lazy,
  type LazyExoticComponent,
  useState,
  useSyncExternalStore,
} from 'react';

/** The lazy parts whose chunk failed to load, each able to try again. */
const failed = new Set<() => void>();

// Parts whose code has arrived since the page loaded: a count the boundaries above them subscribe to.
let arrived = 0;
const listeners = new Set<() => void>();
let announcing = false;
function announceArrival() {
  arrived++;
  if (announcing) return;
  announcing = true;
  // In the next task, once for all the parts that arrived together (the views share one chunk): by then React.lazy
  // has read the module too (it resolves after the promise handed to it).
  setTimeout(() => {
    announcing = false;
    listeners.forEach((l) => l());
  }, 0);
}

/**
 * Re-renders the caller (at once, not as a retry) when a lazy part's code arrives. React holds back the reveal of a
 * Suspense boundary's content retried after its code loaded until 300 ms after its fallback showed (its fallback
 * throttle, react/react#26611; open for React 19 as react/react#31819); a render of the boundary's parent shows the
 * content as soon as the code is there.
 */
export function useArrivedParts(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => arrived,
    () => 0,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint React.lazy itself uses
export type Retryable<T extends ComponentType<any>> = ComponentType<ComponentProps<T>> & {
  /** Loads the part's code now, so that opening it later renders at once instead of suspending. */
  preload(): Promise<void>;
};

/**
 * React.lazy keeps the rejected promise of a chunk that failed to load (a redeploy while the page was open, a lost
 * connection): that part stays broken until a full reload (react/react#14254). This lazy component starts over after `retryFailedChunks`
 * — the browser fetches a failed module again on the next import() (the HTML spec no longer keeps failed fetches in
 * the module map; whatwg/html#6768).
 *
 * Once its code has loaded (`preload`, or an earlier render), a part renders its component directly: a fresh
 * React.lazy suspends on its first render even when the module is there. When it does suspend, the boundary above
 * it shows the part as soon as its code arrives (useArrivedParts), not after React's 300 ms fallback throttle —
 * every first visit of a view paid that.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint React.lazy itself uses
export function retryableLazy<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): Retryable<T> {
  let loaded: T | null = null;
  const keep = (m: { default: T }) => {
    if (!loaded) announceArrival();
    loaded = m.default;
    return m;
  };
  let current: LazyExoticComponent<T>;
  const make = () => {
    current = lazy(() =>
      load()
        .then(keep)
        .catch((error: unknown) => {
          failed.add(make);
          throw error;
        }),
    );
  };
  make();
  function Retryable(props: ComponentProps<T>) {
    // The type a mounted part started with stays (switching from the lazy wrapper to the component it resolved to
    // would remount it and lose its state), unless it was a lazy that failed and has been made again.
    const [first] = useState<T | LazyExoticComponent<T>>(() => loaded ?? current);
    const type = first === loaded || first === current ? first : current;
    return createElement(type as ComponentType<ComponentProps<T>>, props);
  }
  Retryable.preload = () =>
    loaded
      ? Promise.resolve()
      : load().then(
          (m) => void keep(m),
          () => undefined, // a failed preload is not an error: the part loads (and reports) when it is opened
        );
  return Retryable;
}

/** Every lazy part whose chunk failed loads again when next rendered. */
export function retryFailedChunks(): void {
  const again = [...failed];
  failed.clear();
  again.forEach((make) => make());
}
