import { useEffect, useRef, useState } from 'react';
import { useT } from '../../components/use-t';
import { pageUrl } from '../../lib/route/page-url';
import './modes.css';

/** The page a source link opens, inside the overlay: the same dataset, language and unit, without the presenter. */
function sourceUrl(hash: string): string {
  const q = new URLSearchParams(window.location.search);
  for (const k of ['mode', 'step', 'storyline', 'lock', 'parentOrigin']) q.delete(k);
  q.set('mode', 'embed');
  return pageUrl({ search: q.toString(), hash });
}

/**
 * A source check during a presentation: the cited line (or PDF page) over the slide, and closing it returns to the
 * same step — the storyline never left it.
 */
export function SourceOverlay({ hash, step, onClose }: { hash: string; step: number; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  // The link that opened it, read before the dialog takes focus. The dialog is removed rather than closed, so the
  // browser does not return focus by itself: without this, focus fell to <body> and the next Tab began at the top.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, [opener]);
  return (
    <dialog
      ref={dialog}
      className="source-overlay"
      aria-label={t('present.source')}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="source-overlay-head">
        <strong>{t('present.source')}</strong>
        <button type="button" autoFocus onClick={onClose}>
          {t('present.sourceClose', { n: step + 1 })}
        </button>
      </div>
      <iframe title={t('present.source')} src={sourceUrl(hash)} />
    </dialog>
  );
}
