import { useEffect, useState } from 'react';
import { useT } from '../../components/use-t';

/** Shows a line of the extracted source text with its neighbours: the answer to "where does this come from?". */
export function SourceLines({ file, line }: { file: string; line: number }) {
  const t = useT();
  const [state, setState] = useState<{ lines: string[] } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`data/${file}`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then((t) => live && setState({ lines: t.split('\n') }))
      .catch((e: Error) => live && setState({ error: e.message }));
    return () => {
      live = false;
    };
  }, [file]);
  useEffect(() => {
    document.getElementById(`src-line-${line}`)?.scrollIntoView({ block: 'center' });
  }, [state, line]);
  if (!state) return <p role="status">{t('sourceLines.loading')}</p>;
  if ('error' in state) return <p className="error">{t('sourceLines.error', { error: state.error })}</p>;
  const from = Math.max(1, line - 4);
  const to = Math.min(state.lines.length, line + 4);
  return (
    <section aria-labelledby="src-h" className="panel">
      <h2 id="src-h">{t('sourceLines.title', { line })}</h2>
      <p className="muted small">{t('sourceLines.note')}</p>
      <pre className="source-lines" lang="zh-CN">
        {state.lines.slice(from - 1, to).map((text, i) => {
          const n = from + i;
          return (
            <div key={n} id={`src-line-${n}`} className={n === line ? 'hit' : undefined}>
              <span className="ln">{n}</span>
              {text.replace(/\t/g, ' │ ')}
            </div>
          );
        })}
      </pre>
    </section>
  );
}
