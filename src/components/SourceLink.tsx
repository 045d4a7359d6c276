import { useT } from './use-t';

/** "Where does this figure come from?": the table and the line of the published document, one click away. */
export function SourceLink({ line, label }: { line: number; label?: string }) {
  const t = useT();
  if (!line) return null;
  return (
    <a className="source-link" href={`#/data?line=${line}`} title={t('source.lineTitle')}>
      {label ? `${label} · ` : ''}
      {t('source.line', { line })}
    </a>
  );
}
