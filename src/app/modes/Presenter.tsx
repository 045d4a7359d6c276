// Its strings load with it (late-strings.ts).
import '../../lib/i18n/late-strings';
import { useEffect, useState } from 'react';
import { useT } from '../../components/use-t';
import { readPageOptions } from '../page-options';
import { exitPresenting } from './presenting';
import { actionForKey, nextIndex, type Step } from './storyline';
import { MAX_STORYLINE_BYTES } from './read-storyline';
import { useStepIndex } from './use-step-index';
import { useStoryline } from './use-storyline';

/** Outlines what the room should look at on this step, once it is on screen. */
function useFocusOutline(step: Step | undefined) {
  useEffect(() => {
    if (!step?.focus) return;
    const selector = step.focus;
    let scrolled = false;
    // Views render lazily and React may replace elements, so the outline is re-applied while the step is shown.
    const apply = () => {
      const found = document.querySelectorAll(selector);
      found.forEach((el) => el.classList.add('present-focus'));
      if (!scrolled && found[0]) {
        scrolled = true;
        found[0].scrollIntoView({ block: 'start' });
      }
    };
    apply();
    const timer = window.setInterval(apply, 150);
    return () => {
      window.clearInterval(timer);
      document.querySelectorAll('.present-focus').forEach((el) => el.classList.remove('present-focus'));
    };
  }, [step]);
}

/** Keyboard (and clicker) control of a storyline, the step counter and the blank screen. */
export function Presenter() {
  const t = useT();
  const { steps, error } = useStoryline(readPageOptions());
  const [index, go] = useStepIndex(steps);
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(() => !!document.fullscreenElement);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return;
      if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      const action = actionForKey(e.key);
      if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      if (action === 'blank') return setBlank((b) => !b);
      if (action === 'exit') return exitPresenting();
      setBlank(false);
      // Outside the storyline (index -1), "next" is its first step.
      go(nextIndex(index, action, steps.length));
    };
    window.addEventListener('keydown', onKey);
    const onFs = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onFs);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFs);
    };
  }, [go, index, steps.length]);

  useFocusOutline(index >= 0 ? steps[index] : undefined);

  return (
    <>
      {blank && (
        <div className="present-blank" role="status">
          <span className="sr-only">{t('present.blanked')}</span>
        </div>
      )}
      <div className="presenter-bar" aria-live="polite">
        <span className="present-step">
          {index >= 0 ? t('present.step', { n: index + 1, total: steps.length }) : `— / ${steps.length}`}
        </span>
        <span className="present-help">{t('present.help')}</span>
        {!fullscreen && (
          <button
            type="button"
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {t('present.fullscreen')}
          </button>
        )}
        {error && (
          <span role="alert">
            {error.tooLarge
              ? t('present.storylineTooLarge', { file: error.file, max: MAX_STORYLINE_BYTES / 1024 })
              : t('present.storylineFailed', { file: error.file })}
          </span>
        )}
      </div>
    </>
  );
}
