import { useState } from 'react';
import { LazyPart } from '../../components/chunk/LazyPart';
import { retryableLazy } from '../../components/chunk/retryable-lazy';
import { useT } from '../../components/use-t';
import type { Dataset } from '../../domain/model';
import { startPresenting } from '../modes/presenting';
import './share.css';

const ShareDialog = retryableLazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

/**
 * The header's 分享 and 演示 buttons. They ship with the first view (and are in the prerendered HTML), so the
 * header does not shift when code loads; the dialog behind 分享 loads when it is first opened.
 */
export function SharePanel({ dataset, file }: { dataset: Dataset; file: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="share-button" onClick={() => setOpen(true)}>
        {t('share.button')}
      </button>
      <button
        type="button"
        className="share-button present-button"
        title={t('present.startTitle')}
        onClick={() => startPresenting()}
      >
        {t('present.start')}
      </button>
      {open && (
        <LazyPart>
          <ShareDialog dataset={dataset} file={file} onClose={() => setOpen(false)} />
        </LazyPart>
      )}
    </>
  );
}
