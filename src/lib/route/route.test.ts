import { describe, expect, it } from 'vitest';
import { APP_LINK, isAppHash, isPlainHash, parseHash, toHash } from './route';

describe('hash routes', () => {
  it('reads the documented routes', () => {
    expect(parseHash('')).toMatchObject({ view: 'overview', param: null });
    expect(parseHash('#/')).toMatchObject({ view: 'overview', param: null });
    expect(parseHash('#/functions/2150599')).toMatchObject({ view: 'functions', param: '2150599' });
    expect(parseHash('#/projects/p11')).toMatchObject({ view: 'projects', param: 'p11' });
    expect(parseHash('#/projects/p11/')).toMatchObject({ view: 'projects', param: 'p11' });
    expect(parseHash('#/projects?sort=amount.desc').query.get('sort')).toBe('amount.desc');
    expect(parseHash('#/glossary?term=%E5%9F%BA%E6%9C%AC').query.get('term')).toBe('基本');
  });
  it('calls a link that cannot be decoded malformed, and never throws', () => {
    for (const hash of ['#/projects/%', '#/functions/%E5%9F', '#/%', '#/%E5%9F?sort=amount.desc'])
      expect(parseHash(hash)).toMatchObject({ view: 'malformed', param: null });
    // A stray "%" in the query is read as written (URLSearchParams does not throw).
    expect(parseHash('#/projects?q=%').query.get('q')).toBe('%');
  });
  it('calls a link to no view not-found instead of showing the overview', () => {
    expect(parseHash('#/nope').view).toBe('not-found');
    expect(parseHash('#/projects/<img src=x>')).toMatchObject({ view: 'not-found', param: null });
    expect(parseHash('#/sangong/p11').view).toBe('not-found');
    expect(parseHash('#/projects/p11/extra').view).toBe('not-found');
  });
  it('round-trips', () => {
    const h = toHash('projects', null, { sort: 'amount.desc', q: '政务云' });
    expect(parseHash(h).query.get('q')).toBe('政务云');
    expect(parseHash('#/projects?q=a?b').query.get('q')).toBe('a?b');
    expect(toHash('functions', '2150599')).toBe('#/functions/2150599');
    expect(toHash('overview')).toBe('#/');
  });
  it('has one hash-safety check: plain URL characters after #/', () => {
    for (const ok of ['#/', '#/projects/p11?indicator=3', '#/glossary?term=%E5%9F%BA'])
      expect(isPlainHash(ok)).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      '#/projects/<img>',
      '#/a b',
      '#/基本',
      '?ds=x#/',
      '#projects',
      '',
    ])
      expect(isPlainHash(bad)).toBe(false);
  });
  it('tells a link to a view of this page from another dataset or site', () => {
    expect(isAppHash('#/data?line=3')).toBe(true);
    expect(isAppHash('?ds=x#/')).toBe(false);
    expect(isAppHash('https://x.cn/#/')).toBe(false);
    expect(APP_LINK).toBe('a[href^="#/"]');
  });
});
