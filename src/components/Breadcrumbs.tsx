import type { ReactNode } from 'react';
import { useT } from './use-t';
import './breadcrumbs.css';

export function Breadcrumbs({ items }: { items: ReadonlyArray<{ label: ReactNode; href?: string }> }) {
  const t = useT();
  return (
    <nav aria-label={t('breadcrumbs.label')} className="breadcrumbs">
      <ol>
        {items.map((it, i) => (
          <li key={i}>
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
