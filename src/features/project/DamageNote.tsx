import './project.css';
/** A visible marker on text the PDF extraction damaged: readers must not take it at face value. */
export function DamageNote({ note }: { note: string }) {
  return (
    <span className="damage" role="note">
      <span aria-hidden="true">⚠</span> <span lang="zh-CN">{note}</span>
    </span>
  );
}
