import { type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';
import { useDefinition } from './glossary-context';
import { useT } from './use-t';
import { Zh } from './Zh';
import { href } from '../lib/route/href';
import './term.css';

/** How close an open tip may come to the viewport's edge. */
const EDGE_PX = 8;

/**
 * A glossary term that explains itself on hover, keyboard focus and tap. The definition is the document's own
 * 名词解释 (shown in Chinese, as published); a term without one renders as plain text.
 *
 * A closed tip is not rendered in the layout (`hidden`): a merely invisible one still widened the page by its width
 * at the right edge of a phone. An open tip is moved back inside the viewport, and stays open while the focus is
 * anywhere in the term — on its button or on the tip's own link — so Tab goes from the term to the link and on,
 * never to a vanished element.
 */
export function Term({ name, children }: { name: string; children?: ReactNode }) {
  const definition = useDefinition(name);
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const tip = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = tip.current;
    if (!open || !el) return;
    el.style.translate = '';
    const rect = el.getBoundingClientRect();
    const right = document.documentElement.clientWidth - EDGE_PX;
    const shift = rect.right > right ? right - rect.right : 0;
    const left = rect.left + shift < EDGE_PX ? EDGE_PX - rect.left : shift;
    if (left) el.style.translate = `${Math.round(left)}px 0`;
  }, [open]);
  const label = children ?? <Zh>{name}</Zh>;
  if (!definition) return <>{label}</>;
  return (
    <span
      className="term-wrap"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="term"
        aria-describedby={id}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <span role="tooltip" id={id} className="term-tip" hidden={!open} ref={tip}>
        <span lang="zh-CN">
          <strong>{name}</strong>:{definition}
        </span>{' '}
        <a href={href.glossary({ term: name })}>{t('term.glossary')}</a>
      </span>
    </span>
  );
}
