import {
  type ComponentProps,
  type ComponentType,
  createElement,
  lazy,
  type LazyExoticComponent,
  useRef,
} from 'react';

/** The lazy parts whose chunk failed to load, each able to try again. */
const failed = new Set<() => void>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint React.lazy itself uses
export type Retryable<T extends ComponentType<any>> = ComponentType<ComponentProps<T>> & {
  /** Loads the part's code now, so that opening it later renders at once instead of suspending. */
  preload(): Promise<void>;
};

/**
 * React.lazy keeps the rejected promise of a chunk that failed to load (a redeploy while the page was open, a lost
 * connection): that part stays broken until a full reload. This lazy component starts over after `retryFailedChunks`
 * — the browser fetches a failed module again on the next import() (the HTML spec no longer keeps failed fetches in
 * the module map; whatwg/html#6768).
 *
 * Once its code has loaded (`preload`, or an earlier render), a part renders its component directly: a fresh
 * React.lazy suspends on its first render even when the module is there, and React holds a revealed Suspense
 * boundary back for up to 300 ms (its fallback throttle) — every first visit of a view paid that.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint React.lazy itself uses
export function retryableLazy<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): Retryable<T> {
  let loaded: T | null = null;
  const keep = (m: { default: T }) => {
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
    const type = useRef<T | LazyExoticComponent<T> | null>(null);
    if (type.current === null || (type.current !== loaded && type.current !== current))
      type.current = loaded ?? current;
    return createElement(type.current as ComponentType<ComponentProps<T>>, props);
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
