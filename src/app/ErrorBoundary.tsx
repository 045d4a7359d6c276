import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Last line of defence: a view that throws shows what happened and a way back, not a white screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="state state-error">
        <h1>页面出错</h1>
        <p>此视图无法显示:{this.state.error.message}</p>
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
            window.location.hash = '#/';
          }}
        >
          返回总览
        </button>
      </main>
    );
  }
}
