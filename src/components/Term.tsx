import { type ReactNode, useId, useState } from 'react';
import { useDefinition } from './glossary-context';

/**
 * A glossary term that explains itself on hover, keyboard focus and tap. The definition is the document's own
 * 名词解释; a term without one renders as plain text.
 */
export function Term({ name, children }: { name: string; children?: ReactNode }) {
  const definition = useDefinition(name);
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!definition) return <>{children ?? name}</>;
  return (
    <span className="term-wrap" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="term"
        aria-describedby={id}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {children ?? name}
      </button>
      <span role="tooltip" id={id} className={open ? 'term-tip open' : 'term-tip'}>
        <strong>{name}</strong>:{definition}{' '}
        <a href={`#/glossary?term=${encodeURIComponent(name)}`}>名词解释</a>
      </span>
    </span>
  );
}
