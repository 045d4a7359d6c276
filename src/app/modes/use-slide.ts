import { useEffect, useState } from 'react';
import type { Step } from './storyline';

/**
 * Makes the view on screen a slide for `step`: its focus element alone under the view's title (every sibling on the
 * way up to <main> hidden, and the step's `hide` parts), type sized to the screen (app.css, html.present-slide).
 * Returns the element after the title where the slide's takeaway goes. Views render lazily and React replaces
 * elements, so the marks are applied again while the step is shown.
 */
export function useSlide(step: Step | undefined): HTMLElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const focus = step?.focus;
    if (!focus) return;
    const root = document.documentElement;
    root.classList.add('present-slide');
    window.scrollTo(0, 0);
    const slot = document.createElement('div');
    slot.className = 'slide-takeaway';
    const apply = () => {
      const main = document.getElementById('main');
      if (!main) return;
      for (const el of main.querySelectorAll(focus)) {
        el.classList.add('present-focus');
        for (let up = el.parentElement; up && up !== main; up = up.parentElement)
          up.classList.add('slide-path');
      }
      if (step.hide) for (const el of main.querySelectorAll(step.hide)) el.classList.add('slide-hidden');
      const title = main.querySelector('h1');
      if (title && title.nextElementSibling !== slot) title.after(slot);
      setHost(slot);
    };
    apply();
    const timer = window.setInterval(apply, 150);
    return () => {
      window.clearInterval(timer);
      root.classList.remove('present-slide');
      for (const c of ['present-focus', 'slide-path', 'slide-hidden'])
        for (const el of document.querySelectorAll(`.${c}`)) el.classList.remove(c);
      slot.remove();
      setHost(null);
    };
  }, [step]);
  return host;
}
