// Its strings load with it (late-strings.ts).
import '../../lib/i18n/late-strings';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../components/use-t';
import { documentLabelKey } from '../../components/document-label';
import type { Dataset } from '../../domain/model';
import { copyText } from '../../lib/export/download';
import { useUiStore } from '../../store/ui-store';
import { readPageOptions } from '../../lib/route/page-options';
import { pageUrl } from '../../lib/route/page-url';
import { embedCode } from '../modes/embed-code';
import { Downloads } from './Downloads';
import { stepsFromLinks, storylineUrl } from '../modes/storyline';
import { href } from '../../lib/route/href';
import './share.css';

function pageBase(): string {
  return pageUrl({ search: '', hash: '' });
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'ok' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => void copyText(text).then((ok) => setState(ok ? 'ok' : 'failed'))}
      >
        {label}
      </button>
      <span role="status" className="muted small">
        {state === 'ok' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </>
  );
}

/**
 * Share, embed, present and download — one dialog, opened from the header (SharePanel). It loads on first open:
 * none of it is needed for the first view.
 */
export function ShareDialog({
  dataset,
  file,
  onClose,
}: {
  dataset: Dataset;
  /** The dataset's file next to catalog.json (the catalog's `file`). */
  file: string;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const lang = useUiStore((s) => s.lang);
  const unit = useUiStore((s) => s.unit);
  const [height, setHeight] = useState(720);
  const [lock, setLock] = useState(false);
  const [script, setScript] = useState(true);
  const [scrollTop, setScrollTop] = useState(true);
  const [origin, setOrigin] = useState('https://');
  const [links, setLinks] = useState('');
  const link = window.location.href;
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const code = useMemo(
    () =>
      embedCode({
        base: pageBase(),
        hash: window.location.hash || href.overview(),
        title: `${dataset.department.name} ${t(documentLabelKey(dataset), { year: dataset.year })}`,
        height,
        lock,
        lang,
        unit,
        datasetId: readPageOptions().datasetId,
        parentOrigin: /^https?:\/\/[^/]+$/.test(origin) ? origin : '',
        withResizeScript: script,
        scrollOnViewChange: scrollTop,
      }),
    [dataset, height, lock, lang, unit, origin, script, scrollTop, t],
  );
  const { steps, rejected } = stepsFromLinks(links);
  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby={`${id}-h`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${id}-h`}>{t('share.title')}</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('share.close')}
        </button>
      </div>
      <section>
        <label htmlFor={`${id}-link`}>{t('share.linkLabel')}</label>
        <input id={`${id}-link`} className="wide" readOnly value={link} onFocus={(e) => e.target.select()} />
        <div className="row">
          <CopyButton text={link} label={t('share.copyLink')} />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              dialog.current?.close();
              window.print();
            }}
          >
            {t('share.print')}
          </button>
        </div>
      </section>
      <section>
        <h3>{t('share.embedTitle')}</h3>
        <div className="row">
          <label htmlFor={`${id}-h2`}>{t('share.embedHeight')}</label>
          <input
            id={`${id}-h2`}
            type="number"
            min={200}
            max={4000}
            value={height}
            onChange={(e) => setHeight(Number(e.target.value) || 720)}
          />
          <label>
            <input type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />{' '}
            {t('share.embedLock')}
          </label>
          <label>
            <input type="checkbox" checked={script} onChange={(e) => setScript(e.target.checked)} />{' '}
            {t('share.embedScript')}
          </label>
          {script && (
            <label>
              <input type="checkbox" checked={scrollTop} onChange={(e) => setScrollTop(e.target.checked)} />{' '}
              {t('share.embedScrollTop')}
            </label>
          )}
        </div>
        <label htmlFor={`${id}-o`}>{t('share.embedOrigin')}</label>
        <input
          id={`${id}-o`}
          className="wide"
          value={origin}
          onChange={(e) => setOrigin(e.target.value.trim())}
        />
        <label htmlFor={`${id}-c`}>{t('share.embedCode')}</label>
        <textarea id={`${id}-c`} className="wide code" readOnly rows={script ? 13 : 3} value={code} />
        <CopyButton text={code} label={t('share.copyCode')} />
      </section>
      <section>
        <h3>{t('share.storyTitle')}</h3>
        <p className="muted small">{t('share.storyHelp')}</p>
        <label htmlFor={`${id}-s`}>{t('share.storyLinks')}</label>
        <textarea
          id={`${id}-s`}
          className="wide"
          rows={4}
          value={links}
          onChange={(e) => setLinks(e.target.value)}
        />
        {rejected.length > 0 && (
          <div role="alert" className="note">
            <p>{t('share.storyRejected', { count: rejected.length })}</p>
            <ul>
              {rejected.slice(0, 10).map((line, i) => (
                <li key={i}>
                  <code>{line.length > 120 ? `${line.slice(0, 120)}…` : line}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        {steps.length > 0 && (
          <p>
            <a href={storylineUrl(pageBase(), steps, lang === 'en' ? { lang: 'en' } : {})}>
              {t('share.storyStart', { count: steps.length })}
            </a>
          </p>
        )}
      </section>
      <Downloads dataset={dataset} file={file} />
    </dialog>
  );
}
