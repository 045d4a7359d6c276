import { useT } from '../components/use-t';
import { useUiStore } from '../store/ui-store';

/** The English table did not load: said in both languages (the English strings are what is missing). */
export function LangFailed() {
  const t = useT();
  const failed = useUiStore((s) => s.langFailed);
  if (!failed) return null;
  return (
    <div className="banner banner-warn" role="alert">
      {t('shell.langFailed')}{' '}
      <button type="button" onClick={() => void useUiStore.getState().setLang('en')}>
        {t('shell.langRetry')}
      </button>
    </div>
  );
}
