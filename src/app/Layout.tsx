import { type ReactNode, useEffect, useMemo } from 'react';
import { LazyPart } from '../components/chunk/LazyPart';
import { retryableLazy } from '../components/chunk/retryable-lazy';
import './modes/modes.css';

// Presenter, embed and share code is not needed for the first view: each loads when its mode or button appears.
const Presenter = retryableLazy(() => import('./modes/Presenter').then((m) => ({ default: m.Presenter })));
// Only a dataset imported in this page has it; the import view's chunk is loaded by then.
const ImportedBanner = retryableLazy(() =>
  import('../features/import/ImportedBanner').then((m) => ({ default: m.ImportedBanner })),
);
const EmbedLink = retryableLazy(() => import('./modes/Embed').then((m) => ({ default: m.EmbedLink })));
import { GlossaryContext } from '../components/glossary-context';
import type { Catalog } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { Trans } from '../components/Trans';
import { useT } from '../components/use-t';
import { ReaderUnitProvider, useUnitLabel } from '../components/Amount';
import { ExportContext } from '../components/export/export-context';
import { useUiStore } from '../store/ui-store';
import { useImportedStore } from '../store/imported-store';
import { useDataStore } from '../store/data-store';
import { readPageOptions } from '../lib/route/page-options';
import { NAV } from './nav';
import { LangFailed } from './LangFailed';
import { PageControls } from './PageControls';
import { SharePanel } from './share/SharePanel';
import { documentLabelKey } from '../components/document-label';
import { href } from '../lib/route/href';
import { toHash } from '../lib/route/route';
import { useDocumentChrome } from './use-document-chrome';
import { useRoute } from './use-route';
import { useFailedChecks } from './use-failed-checks';
import { afterPaint } from '../lib/after-paint';

/** Views about many datasets: in the nav only when the catalog has more than one. */
const MANY: ReadonlySet<string> = new Set(['catalog', 'years', 'compare']);

export function Layout({
  dataset,
  catalog,
  children,
}: {
  dataset: Dataset;
  catalog: Catalog;
  children: ReactNode;
}) {
  const many = catalog.datasets.filter((d) => !d.synthetic).length > 1;
  const datasetFile = catalog.datasets.find((d) => d.id === dataset.id)?.file ?? `${dataset.id}.json`;
  const route = useRoute();
  const t = useT();
  const unit = useUnitLabel();
  useDocumentChrome(route.view, dataset);
  const failed = useFailedChecks(dataset);
  // On phones the nav scrolls sideways: keep the current view's tab in sight. After the new view's first paint, when
  // its layout is done anyway (asking earlier forces the whole view's layout before it can paint), and only when
  // the nav does overflow.
  useEffect(
    () =>
      afterPaint(() => {
        const nav = document.querySelector('.site-header nav');
        if (!nav || nav.scrollWidth <= nav.clientWidth) return;
        const tab = nav.querySelector('a[aria-current="page"]');
        if (!tab) return;
        // Sideways only: scrollIntoView would also scroll the page up to the nav, away from where a new view
        // placed the reader (a link's highlighted row, scroll-memory.ts).
        const [from, to] = [nav.getBoundingClientRect(), tab.getBoundingClientRect()];
        nav.scrollLeft += to.left - from.left - (from.width - to.width) / 2;
      }),
    [route.view],
  );
  const glossary = useMemo(() => new Map(dataset.glossary.map((g) => [g.term, g.definition])), [dataset]);
  const exportInfo = useMemo(() => ({ datasetId: dataset.id, sourceTitle: dataset.source.title }), [dataset]);
  const mode = useUiStore((s) => s.mode);
  const imported = useImportedStore((s) => s.imported.some((d) => d.dataset === dataset));
  useEffect(() => {
    document.documentElement.classList.remove('mode-present', 'mode-embed');
    if (mode !== 'normal') document.documentElement.classList.add(`mode-${mode}`);
  }, [mode]);
  return (
    <ReaderUnitProvider>
      <GlossaryContext.Provider value={glossary}>
        <ExportContext.Provider value={exportInfo}>
          <a
            className="skip-link"
            href="#main"
            onClick={(e) => {
              e.preventDefault();
              document.getElementById('main')?.focus();
            }}
          >
            {t('shell.skip')}
          </a>
          <header className="site-header">
            <div className="site-title">
              <span className="dept" lang="zh-CN">
                {dataset.department.name}
              </span>
              <span className="year">{t(documentLabelKey(dataset), { year: dataset.year })}</span>
              {mode === 'embed' && (
                <LazyPart>
                  <EmbedLink />
                </LazyPart>
              )}
              {mode === 'normal' && (
                <div className="header-actions">
                  <PageControls />
                  <SharePanel dataset={dataset} file={datasetFile} />
                </div>
              )}
            </div>
            {mode !== 'embed' && (
              <nav aria-label={t('nav.label')}>
                <ul>
                  {NAV.filter(
                    (n) =>
                      (many || !MANY.has(n.view)) && (n.view !== 'execution' || dataset.kind === 'final'),
                  ).map((n) => (
                    <li key={n.view}>
                      <a href={toHash(n.view)} aria-current={route.view === n.view ? 'page' : undefined}>
                        {t(n.label)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </header>
          {imported && (
            <LazyPart>
              <ImportedBanner
                title={dataset.source.title}
                onBack={() => void useDataStore.getState().load(readPageOptions().datasetId)}
              />
            </LazyPart>
          )}
          <LangFailed />
          {failed > 0 && (
            <div className="banner banner-warn" role="alert">
              {t('shell.failedChecks', { count: failed })}
              <a href={href.data({ checks: 'failed' })}>{t('shell.failedChecksLink')}</a>
            </div>
          )}
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>
              <Trans
                k={dataset.provenance === 'pdf' ? 'shell.footerPdf' : 'shell.footer'}
                values={{
                  title: <span lang="zh-CN">{dataset.source.title}</span>,
                  unit,
                  data: <a href={href.data()}>{t('shell.footerData')}</a>,
                }}
              />
            </p>
          </footer>
          {mode === 'present' && (
            <LazyPart>
              <Presenter />
            </LazyPart>
          )}
        </ExportContext.Provider>
      </GlossaryContext.Provider>
    </ReaderUnitProvider>
  );
}
