import type { Catalog } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { OverviewView } from '../features/overview/OverviewView';
import { SpendingTreeTable } from '../features/overview/SunburstPanel';
import { Suspense, useEffect, useMemo } from 'react';
import type { IndicatorFilter } from '../domain/indicators';
import type { ProjectFilter } from '../domain/projects';
import { ChunkBoundary } from '../components/chunk/ChunkBoundary';
import { retryableLazy, useArrivedParts } from '../components/chunk/retryable-lazy';
import { useT } from '../components/use-t';
import { replaceQuery } from '../lib/route/navigate';
import { parseQuery } from '../lib/route/query';
import { APP_LINK } from '../lib/route/route';
import { RouteProblemView } from './RouteProblemView';
import { useRoute } from './use-route';
import { ViewLoading } from './ViewLoading';

// The overview is the first view and ships in the main chunk; every other view loads when first opened. A view whose
// chunk does not arrive says so in its place (the header and the nav stay) and loads again on retry.
const AboutView = retryableLazy(() =>
  import('../features/about/AboutView').then((m) => ({ default: m.AboutView })),
);
const DataView = retryableLazy(() =>
  import('../features/data/DataView').then((m) => ({ default: m.DataView })),
);
const EconomicView = retryableLazy(() =>
  import('../features/economic/EconomicView').then((m) => ({ default: m.EconomicView })),
);
const GlossaryView = retryableLazy(() =>
  import('../features/glossary/GlossaryView').then((m) => ({ default: m.GlossaryView })),
);
const ProcurementView = retryableLazy(() =>
  import('../features/procurement/ProcurementView').then((m) => ({ default: m.ProcurementView })),
);
const FunctionsView = retryableLazy(() =>
  import('../features/functions/FunctionsView').then((m) => ({ default: m.FunctionsView })),
);
const IndicatorsView = retryableLazy(() =>
  import('../features/indicators/IndicatorsView').then((m) => ({ default: m.IndicatorsView })),
);
const SangongView = retryableLazy(() =>
  import('../features/sangong/SangongView').then((m) => ({ default: m.SangongView })),
);
const ProjectView = retryableLazy(() =>
  import('../features/project/ProjectView').then((m) => ({ default: m.ProjectView })),
);
// The import view brings pdf.js and the importer with it (in its Worker): its own chunk, loaded only there.
const ImportView = retryableLazy(() =>
  import('../features/import/ImportView').then((m) => ({ default: m.ImportView })),
);
const ImportedDataView = retryableLazy(() =>
  import('../features/import/ImportedDataView').then((m) => ({ default: m.ImportedDataView })),
);
const CatalogView = retryableLazy(() =>
  import('../features/catalog/CatalogView').then((m) => ({ default: m.CatalogView })),
);
const CompareView = retryableLazy(() =>
  import('../features/compare/CompareView').then((m) => ({ default: m.CompareView })),
);
const ExecutionView = retryableLazy(() =>
  import('../features/execution/ExecutionView').then((m) => ({ default: m.ExecutionView })),
);
const YearsView = retryableLazy(() =>
  import('../features/years/YearsView').then((m) => ({ default: m.YearsView })),
);
const ProjectsView = retryableLazy(() =>
  import('../features/projects/ProjectsView').then((m) => ({ default: m.ProjectsView })),
);

/**
 * The reading views, an imported dataset's data page included (not the 导入 view, which brings pdf.js): their code is
 * small beside what a reader waits for.
 */
const READING_VIEWS = [
  AboutView,
  DataView,
  EconomicView,
  GlossaryView,
  ProcurementView,
  FunctionsView,
  IndicatorsView,
  SangongView,
  ProjectView,
  CatalogView,
  CompareView,
  ExecutionView,
  YearsView,
  ProjectsView,
  ImportedDataView,
  SpendingTreeTable,
];

/**
 * How long after the first view the page waits before loading the other views' code: past the first paint and the
 * hydration, before a reader's first click (a first visit that loads its code waits ≈60 ms more at desktop speed).
 */
const CODE_AHEAD_AFTER_MS = 1000;
/** … and before deriving their figures, the longer work: past the load, when the reader reads. */
const AHEAD_AFTER_MS = 5000;

/**
 * Loads ahead what the other views need: every reading view's code (≈60 KB gzip, mostly one shared chunk) in the
 * first idle moment a second after the first view, then, from the fifth second, one idle slice each, the figures the
 * heaviest views derive from the dataset (exact shares, indicator rows), so that opening a view later renders it at
 * once and its first visit derives nothing. Not during the page's load (its main thread and network stay the first
 * view's), and not at all for a reader who has asked to save data; a pointer over, a touch on or the focus of a link
 * loads the code at once.
 */
function usePreloadedViews(dataset: Dataset) {
  useEffect(() => {
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
    const saveData = !!connection?.saveData;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 1));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    let live = true;
    const loadCode = () => READING_VIEWS.forEach((v) => void v.preload());
    // A link about to be followed: its view's code (and its siblings', one chunk) starts loading before the click.
    const onIntent = (e: Event) => {
      if (!(e.target instanceof Element) || !e.target.closest(APP_LINK)) return;
      stopIntent();
      loadCode();
    };
    const intents = ['pointerover', 'touchstart', 'focusin'] as const;
    const stopIntent = () => intents.forEach((t) => document.removeEventListener(t, onIntent));
    intents.forEach((t) => document.addEventListener(t, onIntent, { passive: true }));
    let handle = 0;
    let scheduled = false;
    const work: Array<() => void> = [
      () => {
        import('../lib/dataset-cache/idle-work').then(
          (m) => {
            if (!live) return;
            work.push(...m.derivedWork(dataset));
            if (!scheduled) next();
          },
          () => undefined, // its code did not arrive: the views derive their figures when opened
        );
      },
    ];
    const next = () => {
      scheduled = true;
      handle = idle(
        () => {
          scheduled = false;
          work.shift()?.();
          if (work.length) next();
        },
        { timeout: 5000 },
      );
    };
    let codeHandle = 0;
    const codeTimer = saveData
      ? 0
      : window.setTimeout(() => (codeHandle = idle(loadCode, { timeout: 2000 })), CODE_AHEAD_AFTER_MS);
    const timer = saveData ? 0 : window.setTimeout(next, AHEAD_AFTER_MS);
    return () => {
      live = false;
      stopIntent();
      window.clearTimeout(codeTimer);
      window.clearTimeout(timer);
      cancelIdle(codeHandle);
      cancelIdle(handle);
    };
  }, [dataset]);
}

export function RouteView(props: { dataset: Dataset; catalog: Catalog }) {
  usePreloadedViews(props.dataset);
  useArrivedParts(); // a view whose code was loading shows the moment it arrives (retryable-lazy.tsx)
  const view = useRoute().view;
  return (
    // Keyed by view: opening another view leaves a failure behind.
    <ChunkBoundary key={view} fallback={(retry, error) => <ViewFailed retry={retry} error={error} />}>
      <Suspense fallback={<ViewLoading />}>
        <Routes {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}

function ViewFailed({ retry, error }: { retry: () => void; error: Error }) {
  const t = useT();
  return (
    <div className="state state-error" role="alert">
      {/* Also what a view that threw shows (the message says which it was); a retry renders it again. */}
      <p>{t('load.viewFailed')}</p>
      <code>{error.message}</code>
      <button type="button" onClick={retry}>
        {t('load.retry')}
      </button>
    </div>
  );
}

// Each view reads its query through its schema (src/lib/route/query.ts): validated, with its defaults.
function Routes({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  const route = useRoute();
  const q = route.query;
  const setQuery = replaceQuery;
  const projectFilter = useProjectFilter(q);
  const indicatorFilter = useIndicatorFilter(q);
  switch (route.view) {
    case 'functions':
      return (
        <FunctionsView
          dataset={dataset}
          code={route.param}
          sort={parseQuery('functions', q).sort}
          onSortChange={(sort) => setQuery({ sort })}
        />
      );
    case 'projects':
      if (route.param)
        return (
          <ProjectView dataset={dataset} id={route.param} highlight={parseQuery('project', q).indicator} />
        );
      return (
        <ProjectsView
          dataset={dataset}
          filter={projectFilter}
          sort={parseQuery('projects', q).sort}
          onQuery={setQuery}
        />
      );
    case 'indicators':
      return (
        <IndicatorsView
          dataset={dataset}
          filter={indicatorFilter}
          sort={parseQuery('indicators', q).sort}
          onQuery={setQuery}
        />
      );
    case 'sangong':
      return <SangongView dataset={dataset} catalog={catalog} />;
    case 'economic':
      return <EconomicView dataset={dataset} highlightClass={parseQuery('economic', q).class} />;
    case 'procurement':
      return <ProcurementView dataset={dataset} />;
    case 'about':
      return <AboutView dataset={dataset} />;
    case 'glossary': {
      const { term, q: search } = parseQuery('glossary', q);
      return <GlossaryView dataset={dataset} term={term} query={search} onQuery={setQuery} />;
    }
    case 'data': {
      // A dataset read from a PDF has the importer's report and the PDF page viewer (the import chunk).
      if (dataset.provenance === 'pdf')
        return <ImportedDataView dataset={dataset} catalog={catalog} query={q} />;
      const { checks, line } = parseQuery('data', q);
      return <DataView dataset={dataset} catalog={catalog} onlyFailed={checks === 'failed'} line={line} />;
    }
    case 'import':
      return <ImportView />;
    case 'catalog': {
      const { q: search, sort } = parseQuery('catalog', q);
      return (
        <CatalogView catalog={catalog} currentId={dataset.id} query={search} sort={sort} onQuery={setQuery} />
      );
    }
    case 'years':
      return <YearsView dataset={dataset} catalog={catalog} />;
    case 'execution':
      return <ExecutionView dataset={dataset} />;
    case 'compare':
      return (
        <CompareView
          dataset={dataset}
          catalog={catalog}
          sort={parseQuery('compare', q).sort}
          onQuery={setQuery}
        />
      );
    case 'malformed':
    case 'not-found':
      return <RouteProblemView problem={route.view} hash={window.location.hash} />;
    case 'overview': {
      const { sb, zoom } = parseQuery('overview', q);
      return (
        <OverviewView
          dataset={dataset}
          hierarchy={sb}
          onHierarchy={(h) => setQuery({ sb: h === 'function' ? 'function' : null, zoom: null })}
          zoom={zoom}
          onZoom={(id) => setQuery({ zoom: id })}
        />
      );
    }
  }
}

// The filters are kept while their values stay: a fresh object on every route change (a sort, another view's
// query) recomputed the filtered rows, their counts and the chart drawn from them.
function useProjectFilter(q: URLSearchParams): ProjectFilter {
  const { type, q: query, attribution } = parseQuery('projects', q);
  return useMemo(() => ({ type, query, attribution }), [type, query, attribution]);
}

function useIndicatorFilter(q: URLSearchParams): IndicatorFilter {
  const { l1: level1, l2: level2, cmp: comparator, kind, q: query } = parseQuery('indicators', q);
  return useMemo(
    () => ({ level1, level2, comparator, kind, query }),
    [level1, level2, comparator, kind, query],
  );
}
