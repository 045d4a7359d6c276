import { Component, type ReactNode } from 'react';
import { Trans } from '../components/Trans';
import { useT } from '../components/use-t';
import { href } from '../lib/route/href';

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
      <ViewFailed
        message={this.state.error.message}
        onBack={() => {
          this.setState({ error: null });
          window.location.hash = href.overview();
        }}
      />
    );
  }
}

function ViewFailed({ message, onBack }: { message: string; onBack: () => void }) {
  const t = useT();
  return (
    <main className="state state-error">
      <h1>{t('error.title')}</h1>
      <p>
        <Trans k="error.body" values={{ message: <code lang="en">{message}</code> }} />
      </p>
      <button type="button" onClick={onBack}>
        {t('error.back')}
      </button>
    </main>
  );
}
