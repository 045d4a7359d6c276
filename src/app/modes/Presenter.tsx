// Its strings load with it (late-strings.ts).
import '../../lib/i18n/late-strings';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useUnitLabel } from '../../components/Amount';
import { useT } from '../../components/use-t';
import { formatMoney, formatPercent, formatSignedMoney } from '../../lib/format/number';
import { useDataStore } from '../../store/data-store';
import { useUiStore } from '../../store/ui-store';
import { readPageOptions } from '../../lib/route/page-options';
import { href as links } from '../../lib/route/href';
import { isAppHash, parseHash } from '../../lib/route/route';
import { useRoute } from '../use-route';
import { exitPresenting } from './presenting';
import { MAX_STORYLINE_BYTES } from './read-storyline';
import { slideTakeaway } from './slide-takeaway';
import { SourceOverlay } from './SourceOverlay';
import { actionForKey, nextIndex, type Step } from './storyline';
import { useSlide } from './use-slide';
import { useStepIndex } from './use-step-index';
import { useStoryline } from './use-storyline';
import './modes.css';

/** How long the help stays on screen after the presenter starts or the mouse moves. */
const HELP_MS = 4000;

/** Whether the help is on screen: shown at the start and while the mouse moves, then out of the room's way. */
function useHelpShown(): boolean {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    let timer = window.setTimeout(() => setShown(false), HELP_MS);
    const onMove = () => {
      setShown(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setShown(false), HELP_MS);
    };
    window.addEventListener('mousemove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', onMove);
    };
  }, []);
  return shown;
}

/** The slide's takeaway sentence, in the reader's language and unit. */
function Takeaway({ step }: { step: Step }) {
  const t = useT();
  const unit = useUiStore((s) => s.unit);
  const unitLabel = useUnitLabel();
  const state = useDataStore((s) => s.state);
  if (state.status !== 'ready' || !step.takeaway) return null;
  const text = slideTakeaway(state.dataset, step.takeaway, parseHash(step.hash).param, {
    money: (v) => `${formatMoney(v, unit)} ${unitLabel}`,
    signedMoney: (v) => `${formatSignedMoney(v, unit)} ${unitLabel}`,
    percent: (v) => formatPercent(v),
  });
  return text ? <p className="lead">{t(text.key, text.values)}</p> : null;
}

/** Keyboard (and clicker) control of a storyline, the step counter, the blank screen and source checks. */
export function Presenter() {
  const t = useT();
  const { steps, error } = useStoryline(readPageOptions());
  const [index, go] = useStepIndex(steps);
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(() => !!document.fullscreenElement);
  // A source link clicked during the presentation: shown over the slide, not instead of it.
  const [source, setSource] = useState<string | null>(null);
  const help = useHelpShown();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return;
      const action = actionForKey(e.key);
      if (source !== null) {
        // The clicker's keys close the source and stay on the step it was opened from.
        if (action && !e.altKey && !e.ctrlKey && !e.metaKey) {
          e.preventDefault();
          setSource(null);
        }
        return;
      }
      if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      if (action === 'blank') return setBlank((b) => !b);
      if (action === 'exit') return exitPresenting();
      setBlank(false);
      // Outside the storyline (index -1), "next" is its first step.
      go(nextIndex(index, action, steps.length));
    };
    const onClick = (e: MouseEvent) => {
      // A source check: a source link, or a table's line-number link into the data page.
      const link =
        e.target instanceof Element ? e.target.closest(`a.source-link, a[href^="${links.data()}?"]`) : null;
      const href = link?.getAttribute('href');
      if (!href || !isAppHash(href)) return;
      e.preventDefault();
      setSource(href);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick, true);
    const onFs = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onFs);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('fullscreenchange', onFs);
    };
  }, [go, index, source, steps.length]);

  const step = index >= 0 ? steps[index] : undefined;
  // A slide only while its view is on screen: a link followed from a step leaves the step as is (use-step-index.ts),
  // and the view it opens is shown as a page.
  const route = useRoute();
  const stepRoute = step && parseHash(step.hash);
  const onStep = stepRoute && stepRoute.view === route.view && stepRoute.param === route.param;
  const takeawaySlot = useSlide(onStep ? step : undefined);

  return (
    <>
      {step && takeawaySlot && createPortal(<Takeaway step={step} />, takeawaySlot)}
      {blank && (
        <div className="present-blank" role="status">
          <span className="sr-only">{t('present.blanked')}</span>
        </div>
      )}
      {source !== null && <SourceOverlay hash={source} step={index} onClose={() => setSource(null)} />}
      <div className={help ? 'presenter-bar' : 'presenter-bar presenter-bar-quiet'} aria-live="polite">
        <span className="present-step">
          {index >= 0 ? t('present.step', { n: index + 1, total: steps.length }) : `— / ${steps.length}`}
        </span>
        {help && <span className="present-help">{t('present.help')}</span>}
        {help && !fullscreen && (
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
