// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reactRootPerTest } from '../lib/testing/react-root';
import { loadLang } from '../lib/i18n/translate';
import { useUiStore } from '../store/ui-store';
import { ErrorBoundary } from './ErrorBoundary';

/** A view that throws while `broken.now` is set, as a view with a bug in its render would. */
const broken = { now: true };
function View() {
  if (broken.now) throw new Error('cannot read the 三公 table');
  return <main>总览</main>;
}

const dom = reactRootPerTest();
beforeEach(() => {
  broken.now = true;
  useUiStore.setState({ lang: 'zh' });
  window.location.hash = '#/sangong';
  // React reports a caught render error on the console; the boundary's job is what the reader sees.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});
const mount = () => act(async () => dom.root.render(<ErrorBoundary>{<View />}</ErrorBoundary>));

describe('ErrorBoundary', () => {
  it('renders its children while they render', async () => {
    broken.now = false;
    await mount();
    expect(dom.host.querySelector('main')?.textContent).toBe('总览');
    expect(dom.host.querySelector('.state-error')).toBeNull();
  });

  it('shows what happened, in the reader’s language, with the program’s message as code', async () => {
    await mount();
    expect(dom.host.querySelector('h1')?.textContent).toBe('页面出错');
    expect(dom.host.querySelector('p')?.textContent).toBe(
      '此视图无法显示。程序报告(英文):cannot read the 三公 table',
    );
    expect(dom.host.querySelector('p code')?.getAttribute('lang')).toBe('en');
    expect(dom.host.querySelector('button')?.textContent).toBe('返回总览');
    await loadLang('en');
    await act(async () => useUiStore.setState({ lang: 'en' }));
    expect(dom.host.querySelector('h1')?.textContent).toBe('Something went wrong');
    expect(dom.host.querySelector('p code')?.textContent).toBe('cannot read the 三公 table');
  });

  it('goes back to the overview and renders the view again once it no longer throws', async () => {
    await mount();
    broken.now = false;
    await act(async () => dom.host.querySelector('button')?.click());
    expect(window.location.hash).toBe('#/');
    expect(dom.host.querySelector('.state-error')).toBeNull();
    expect(dom.host.querySelector('main')?.textContent).toBe('总览');
  });

  it('shows the message again when the view still throws after going back', async () => {
    await mount();
    await act(async () => dom.host.querySelector('button')?.click());
    expect(dom.host.querySelector('h1')?.textContent).toBe('页面出错');
  });
});
