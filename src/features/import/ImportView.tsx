import '../../lib/i18n/late-strings';
import './import.css';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../components/use-t';
import type { DataProblem } from '../../data/problems';
import type { ImportEvent } from '../../import/browser/protocol';
import { type ImportedDataset, openImported, useImportedStore } from '../../store/imported-store';
import { useDataStore } from '../../store/data-store';
import { navigate } from '../../lib/route/navigate';
import { ImportedCard } from './ImportedCard';
import { toImported } from './import-result';
import { MAX_FILE_BYTES, type RunningImport, startImport } from './run-import';

interface FileProgress {
  name: string;
  page: number;
  pages: number;
}
interface Failure {
  file: string;
  /** A string-table key for the reason, and the importer's own detail. */
  reason: Parameters<ReturnType<typeof useT>>[0];
  params?: Record<string, string | number>;
  detail?: string;
}
type Phase =
  | { status: 'idle' }
  | { status: 'running'; files: FileProgress[]; building: boolean }
  | { status: 'finished'; cancelled: boolean; crashed: string | null };

/** 导入: the reader's PDFs → datasets, read in a Worker on this device; every view can then open them. */
export function ImportView() {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ status: 'idle' });
  const [failures, setFailures] = useState<Failure[]>([]);
  const [invalid, setInvalid] = useState<DataProblem[]>([]);
  const [done, setDone] = useState<Array<{ id: string; millis: number }>>([]);
  const imported = useImportedStore((s) => s.imported);
  const add = useImportedStore((s) => s.add);
  const current = useDataStore((s) => (s.state.status === 'ready' ? s.state.dataset : null));
  const running = useRef<RunningImport | null>(null);
  const [dragging, setDragging] = useState(false);

  // Leaving the view does not leave a Worker running.
  useEffect(() => () => running.current?.cancel(), []);

  async function begin(list: FileList | File[]) {
    running.current?.cancel();
    const chosen = [...list];
    const bad: Failure[] = [];
    const ok: File[] = [];
    for (const f of chosen) {
      if (f.size > MAX_FILE_BYTES)
        bad.push({
          file: f.name,
          reason: 'import.tooBig',
          params: { size: Math.round(f.size / 1048576), max: MAX_FILE_BYTES / 1048576 },
        });
      else if (!/\.pdf$/i.test(f.name) && f.type !== 'application/pdf')
        bad.push({ file: f.name, reason: 'import.notPdfName' });
      else ok.push(f);
    }
    setFailures(bad);
    setInvalid([]);
    setDone([]);
    if (!ok.length) return setPhase({ status: 'idle' });
    setPhase({
      status: 'running',
      files: ok.map((f) => ({ name: f.name, page: 0, pages: 0 })),
      building: false,
    });
    // The time a reader waits: from choosing the files to each document's dataset checked and ready.
    const started = performance.now();
    const pdfs = new Map<string, Uint8Array>();
    for (const f of ok) pdfs.set(f.name, new Uint8Array(await f.arrayBuffer()));
    const pending: Array<Promise<void>> = [];
    const onEvent = (e: ImportEvent) => {
      if (e.type === 'page')
        setPhase((p) => {
          if (p.status !== 'running') return p;
          const files = p.files.map((x) => (x.name === e.file ? { ...x, page: e.page, pages: e.pages } : x));
          // Every page read: what is left is rebuilding the tables and checking them.
          return { ...p, files, building: files.every((x) => x.pages > 0 && x.page === x.pages) };
        });
      else if (e.type === 'file-failed')
        setFailures((f) => [...f, { file: e.file, reason: `import.reason.${e.reason}`, detail: e.message }]);
      else if (e.type === 'document')
        pending.push(
          toImported(e, pdfs).then((r) => {
            if (r.ok) {
              add(r.imported);
              setDone((d) => [...d, { id: e.id, millis: performance.now() - started }]);
            } else setInvalid((p) => [...p, ...r.problems]);
          }),
        );
      else if (e.type === 'done' || e.type === 'crashed') {
        running.current = null;
        const crashed = e.type === 'crashed' ? e.message : null;
        void Promise.all(pending).then(() => setPhase({ status: 'finished', cancelled: false, crashed }));
      }
    };
    running.current = startImport(
      ok.map((f) => ({ name: f.name, data: pdfs.get(f.name) as Uint8Array })),
      onEvent,
    );
  }

  function cancel() {
    running.current?.cancel();
    running.current = null;
    setPhase({ status: 'finished', cancelled: true, crashed: null });
  }

  const doneIds = new Set(done.map((d) => d.id));
  const earlier = imported.filter((d) => !doneIds.has(d.entry.id));
  return (
    // The whole view takes a drop: a PDF dropped beside the zone must not replace the page with the browser's viewer.
    <article
      className="view import-view"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (e.dataTransfer.files.length) void begin(e.dataTransfer.files);
      }}
    >
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.lead')}</p>
      <p className="notice" role="note">
        {t('import.local')}
      </p>
      <div className={`dropzone${dragging ? ' dragging' : ''}`}>
        <label className="button">
          {t('import.choose')}
          <input
            type="file"
            accept="application/pdf,.pdf"
            multiple
            onChange={(e) => {
              if (e.currentTarget.files?.length) void begin(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <span className="muted">{t('import.drop')}</span>
      </div>

      {phase.status === 'running' && (
        <section aria-labelledby="imp-run" className="panel" aria-busy="true">
          <h2 id="imp-run">{t('import.reading')}</h2>
          <ul className="import-progress">
            {phase.files.map((f) => (
              <li key={f.name}>
                <span lang="zh-CN">{f.name}</span>{' '}
                <progress max={f.pages || 1} value={f.page} aria-label={f.name} />{' '}
                <span className="muted small" role="status">
                  {f.pages ? t('import.page', { page: f.page, pages: f.pages }) : t('import.waiting')}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
          {/* Below the button: appearing above it, it moved the button down under a reader's pointer (and under the
              e2e suite's click, which then landed only after the import had finished). */}
          {phase.building && <p role="status">{t('import.building')}</p>}
        </section>
      )}

      {(phase.status === 'finished' || failures.length > 0 || invalid.length > 0) && (
        <section aria-labelledby="imp-res">
          <h2 id="imp-res">{t('import.results')}</h2>
          {phase.status === 'finished' && phase.cancelled && <p role="status">{t('import.cancelled')}</p>}
          {phase.status === 'finished' && phase.crashed && (
            <p className="error import-crashed" role="alert">
              {t('import.crashed', { message: phase.crashed })}
            </p>
          )}
          {failures.length > 0 && (
            <ul className="import-failures" role="alert">
              {failures.map((f, i) => (
                <li key={i} className="error">
                  {t('import.failedFile', { file: f.file, reason: t(f.reason, f.params) })}
                  {f.detail && (
                    <span className="muted small">{t('import.detail', { message: f.detail })}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {invalid.length > 0 && (
            <div className="error import-invalid" role="alert">
              <p>{t('import.invalid')}</p>
              <ul>
                {invalid.slice(0, 10).map((p, i) => (
                  <li key={i}>
                    <code>
                      {p.file}: {p.where}
                    </code>{' '}
                    {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {done.map((d) => {
            const item = imported.find((x) => x.entry.id === d.id);
            return item ? (
              <ImportedCard
                key={d.id}
                item={item}
                millis={d.millis}
                current={item.dataset === current}
                onOpen={(hash) => openAndGo(item, hash)}
              />
            ) : null;
          })}
        </section>
      )}

      {earlier.length > 0 && (
        <section aria-labelledby="imp-earlier">
          <h2 id="imp-earlier">{t('import.session')}</h2>
          {earlier.map((item) => (
            <ImportedCard
              key={item.entry.id}
              item={item}
              millis={null}
              current={item.dataset === current}
              onOpen={(hash) => openAndGo(item, hash)}
            />
          ))}
        </section>
      )}
    </article>
  );
}

function openAndGo(item: ImportedDataset, hash: string) {
  openImported(item);
  navigate(hash);
}
