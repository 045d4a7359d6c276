import { useEffect, useRef } from 'react';
import { useT } from '../../components/use-t';
import { pageUrl } from '../page-url';

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
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
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
