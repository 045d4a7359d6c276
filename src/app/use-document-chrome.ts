import { useEffect } from 'react';
import { useLang, useT } from '../components/use-t';
import type { Dataset } from '../domain/model';
import { NAV } from './nav';
import type { Route } from '../lib/route/route';

/** The page's language attribute and title ("<view> · <department> <year>") follow the view and the language. */
export function useDocumentChrome(view: Route['view'], dataset: Dataset) {
  const t = useT();
  const lang = useLang();
  const label =
    view === 'malformed'
      ? 'route.malformedTitle'
      : view === 'not-found'
        ? 'route.notFoundTitle'
        : (NAV.find((n) => n.view === view)?.label ?? 'nav.overview');
  const title = t('shell.title', { view: t(label), department: dataset.department.name, year: dataset.year });
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
