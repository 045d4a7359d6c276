import { type ReactNode, useId, useState } from 'react';
import { useDefinition } from './glossary-context';
import { useT } from './use-t';
import { Zh } from './Zh';

/**
 * A glossary term that explains itself on hover, keyboard focus and tap. The definition is the document's own
 * 名词解释 (shown in Chinese, as published); a term without one renders as plain text.
 */
export function Term({ name, children }: { name: string; children?: ReactNode }) {
  const definition = useDefinition(name);
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const label = children ?? <Zh>{name}</Zh>;
  if (!definition) return <>{label}</>;
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
        {label}
      </button>
      <span role="tooltip" id={id} className={open ? 'term-tip open' : 'term-tip'}>
        <span lang="zh-CN">
          <strong>{name}</strong>:{definition}
        </span>{' '}
        <a href={`#/glossary?term=${encodeURIComponent(name)}`}>{t('term.glossary')}</a>
      </span>
    </span>
  );
}
