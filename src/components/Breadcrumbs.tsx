export function Breadcrumbs({ items }: { items: ReadonlyArray<{ label: string; href?: string }> }) {
  return (
    <nav aria-label="位置" className="breadcrumbs">
      <ol>
        {items.map((it, i) => (
          <li key={`${i}-${it.label}`}>
            {it.href && i < items.length - 1 ? (
              <a href={it.href}>{it.label}</a>
            ) : (
              <span aria-current="page">{it.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
