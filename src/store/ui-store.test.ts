import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Just enough of a browser window: a location and a history that rewrites it (this suite runs in Node). */
function stubWindow(url: string) {
  const location = new URL(url);
  const history = {
    state: { presenterStep: 2 } as unknown,
    length: 1,
    replaceState(state: unknown, _title: string, next: string) {
      this.state = state;
      location.href = new URL(next, location.href).href;
    },
  };
  vi.stubGlobal('window', { location, history, dispatchEvent: () => true });
  return { location, history };
}

/** The store as the page gets it: created once the URL is there. */
async function freshStore() {
  vi.resetModules();
  return (await import('./ui-store')).useUiStore;
}

describe('page options: one store slice, kept in the URL', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('starts from the URL', async () => {
    stubWindow('https://x.cn/budget/?unit=yi&mode=present&lang=en#/projects?sort=amount.desc');
    const s = (await freshStore()).getState();
    expect([s.unit, s.mode, s.lang]).toEqual(['yi', 'present', 'en']);
  });

  it('starts from the defaults when the URL names none, or nonsense', async () => {
    stubWindow('https://x.cn/?unit=usd&mode=evil&lang=fr#/');
    const s = (await freshStore()).getState();
    expect([s.unit, s.mode, s.lang]).toEqual(['wan', 'normal', 'zh']);
  });

  it('set state → the URL changes; the hash, other options and history.state stay', async () => {
    const { location, history } = stubWindow(
      'https://x.cn/budget/?ds=weifang&lang=en#/projects/p11?indicator=3',
    );
    const store = await freshStore();
    store.getState().setUnit('yuan');
    expect(store.getState().unit).toBe('yuan');
    expect(location.href).toBe('https://x.cn/budget/?ds=weifang&lang=en&unit=yuan#/projects/p11?indicator=3');
    store.getState().setMode('present');
    expect(location.search).toBe('?ds=weifang&lang=en&unit=yuan&mode=present');
    // The presenter keeps its step in history.state (modes/use-step-index.ts); no entry is added.
    expect(history.state).toEqual({ presenterStep: 2 });
    expect(history.length).toBe(1);
  });

  it('a default leaves the URL', async () => {
    const { location } = stubWindow('https://x.cn/?unit=yi&mode=present&lang=en#/');
    const store = await freshStore();
    store.getState().setUnit('wan');
    store.getState().setMode('normal');
    await store.getState().setLang('zh');
    expect(location.href).toBe('https://x.cn/#/');
    expect(store.getState().lang).toBe('zh');
  });

  it('lang: the URL says it at once, the state once its strings are in', async () => {
    const { location } = stubWindow('https://x.cn/#/functions');
    const store = await freshStore();
    const switching = store.getState().setLang('en');
    expect(location.search).toBe('?lang=en');
    await switching;
    expect(store.getState()).toMatchObject({ lang: 'en', langFailed: false });
  });

  it('change the URL → the state follows', async () => {
    const { history } = stubWindow('https://x.cn/#/');
    const store = await freshStore();
    history.replaceState(null, '', '?unit=yi&mode=embed#/sangong');
    store.getState().followUrl();
    expect(store.getState()).toMatchObject({ unit: 'yi', mode: 'embed', lang: 'zh' });
  });
});
