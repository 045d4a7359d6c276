// Test support (happy-dom): IntersectionObserver and ResizeObserver stand-ins that count what is observed and
// disconnected, so a test can tell that a chart left nothing behind. Every element is reported in view at once.
export interface Counted {
  observed: number;
  disconnected: number;
}

export function installObservers(): { intersection: Counted; resize: Counted } {
  const intersection: Counted = { observed: 0, disconnected: 0 };
  const resize: Counted = { observed: 0, disconnected: 0 };
  class FakeIntersectionObserver {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      intersection.observed += 1;
      queueMicrotask(() =>
        this.callback(
          [{ isIntersecting: true, target } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
      );
    }
    unobserve() {}
    disconnect() {
      intersection.disconnected += 1;
    }
    takeRecords() {
      return [];
    }
  }
  class FakeResizeObserver {
    observe() {
      resize.observed += 1;
    }
    unobserve() {}
    disconnect() {
      resize.disconnected += 1;
    }
  }
  Object.assign(globalThis, {
    IntersectionObserver: FakeIntersectionObserver,
    ResizeObserver: FakeResizeObserver,
  });
  return { intersection, resize };
}
