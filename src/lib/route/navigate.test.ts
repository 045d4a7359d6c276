import { afterEach, describe, expect, it, vi } from 'vitest';
import { href } from './href';
import { guardNavigation, navigate, replaceQuery } from './navigate';

function stubWindow(url: string) {
  const location = new URL(url);
  const events: string[] = [];
  const history = {
    state: { presenterStep: 1 } as unknown,
    replaceState(state: unknown, _title: string, next: string) {
      this.state = state;
      location.href = new URL(next, location.href).href;
    },
  };
  vi.stubGlobal('window', { location, history, dispatchEvent: (e: Event) => events.push(e.type) });
  vi.stubGlobal('HashChangeEvent', class extends Event {});
  return { location, history, events };
}

describe('navigate and replaceQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('replaceQuery patches the hash query in place and tells the app', () => {
    const { location, history, events } = stubWindow('https://x.cn/?lang=en#/projects?sort=amount.desc&q=a');
    replaceQuery({ q: '政务云 x', type: null, sort: '' });
    expect(location.href).toBe('https://x.cn/?lang=en#/projects?q=%E6%94%BF%E5%8A%A1%E4%BA%91+x');
    expect(history.state).toEqual({ presenterStep: 1 });
    expect(events).toEqual(['hashchange']);
    replaceQuery({ q: null });
    expect(location.hash).toBe('#/projects');
  });

  it('replaceQuery on the bare page writes the overview', () => {
    const { location } = stubWindow('https://x.cn/');
    replaceQuery({ sb: 'function' });
    expect(location.hash).toBe('#/?sb=function');
  });

  it('navigate goes through the guard first (the locked embed)', () => {
    const { location } = stubWindow('https://x.cn/#/functions');
    const seen: string[] = [];
    const unguard = guardNavigation((h) => (seen.push(h), h.startsWith(href.projects()) ? 'handled' : 'go'));
    navigate(href.project('p11'));
    expect(location.hash).toBe('#/functions');
    navigate(href.functions('2150599'));
    expect(location.hash).toBe('#/functions/2150599');
    unguard();
    navigate(href.project('p11'));
    expect(location.hash).toBe('#/projects/p11');
    expect(seen).toEqual(['#/projects/p11', '#/functions/2150599']);
  });
});
