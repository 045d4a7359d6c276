import { Component, type ReactNode } from 'react';
import { retryFailedChunks } from './retryable-lazy';

interface Props {
  children: ReactNode;
  /** What replaces the part that failed (only that part): says what failed and offers `retry`. */
  fallback: (retry: () => void, error: Error) => ReactNode;
}

/**
 * Confines a failure (typically a code chunk that did not load) to the part it carries: the chart, the view, while
 * the rest of the page stays. Retry loads the failed chunks again and renders the part afresh.
 */
export class ChunkBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  retry = () => {
    retryFailedChunks();
    this.setState({ error: null });
  };

  render() {
    return this.state.error ? this.props.fallback(this.retry, this.state.error) : this.props.children;
  }
}
