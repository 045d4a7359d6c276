/** "Where does this figure come from?": the table and the line of the published document, one click away. */
export function SourceLink({ line, label }: { line: number; label?: string }) {
  if (!line) return null;
  return (
    <a className="source-link" href={`#/data?line=${line}`} title="查看原文此行">
      {label ? `${label} · ` : ''}原文第{line}行
    </a>
  );
}
