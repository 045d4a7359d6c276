// Entering and leaving presenter mode: tiny, so the header's 演示 button works before the presenter code loads.
import { useUiStore } from '../../store/ui-store';

/** Leaves presenter mode: normal chrome, no full screen, the view stays. */
export function exitPresenting() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  useUiStore.getState().setMode('normal');
}

/** Enters presenter mode on a user gesture (required by the Fullscreen API). */
export function startPresenting() {
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
  useUiStore.getState().setMode('present');
}
