import { describe, expect, it } from 'vitest';
import { href } from './href';
import { MAX_INDEX, mergeQuery, parseQuery, queryViewOf } from './query';
import { isViewRoute, parseHash } from './route';

/** A hash as the app reads it: its view, parameter and validated query. */
function read(hash: string) {
  const route = parseHash(hash);
  if (!isViewRoute(route)) return { view: route.view };
  const qv = queryViewOf(route.view, route.param);
  return { view: route.view, param: route.param, query: qv ? parseQuery(qv, route.query) : null };
}

describe('builder → hash → parseHash → the same typed route', () => {
  const rows: ReadonlyArray<[string, object]> = [
    [href.overview(), { view: 'overview', param: null, query: { sb: 'nature', zoom: null } }],
    [
      href.overview({ sb: 'function', zoom: 'basic' }),
      { view: 'overview', param: null, query: { sb: 'function', zoom: 'basic' } },
    ],
    [
      href.functions('2150599', { sort: 'total.desc' }),
      { view: 'functions', param: '2150599', query: { sort: 'total.desc' } },
    ],
    [
      href.projects({ type: '一般性项目', q: '政务 云%', attribution: 'pool', sort: 'amount.desc' }),
      {
        view: 'projects',
        param: null,
        query: { type: '一般性项目', q: '政务 云%', attribution: 'pool', sort: 'amount.desc' },
      },
    ],
    [href.project('p11', { indicator: 0 }), { view: 'projects', param: 'p11', query: { indicator: 0 } }],
    [
      href.project('p11', { indicator: MAX_INDEX }),
      { view: 'projects', param: 'p11', query: { indicator: MAX_INDEX } },
    ],
    [
      href.indicators({
        level1: '产出指标',
        level2: '数量指标',
        comparator: '≥',
        kind: 'quantitative',
        q: 'x',
        sort: 'target.asc',
      }),
      {
        view: 'indicators',
        param: null,
        query: { l1: '产出指标', l2: '数量指标', cmp: '≥', kind: 'quantitative', q: 'x', sort: 'target.asc' },
      },
    ],
    [href.economic({ class: '301' }), { view: 'economic', param: null, query: { class: '301' } }],
    [
      href.glossary({ term: 'a b&c=d', q: '三公' }),
      { view: 'glossary', param: null, query: { term: 'a b&c=d', q: '三公' } },
    ],
    [
      href.data({ line: 7, checks: 'failed' }),
      {
        view: 'data',
        param: null,
        query: { line: 7, checks: 'failed', file: null, page: null, box: null, table: null },
      },
    ],
    [
      href.pdfPage('决算.pdf', 2, [1, 2, 3, 4], 'income'),
      {
        view: 'data',
        param: null,
        query: { line: null, checks: null, file: '决算.pdf', page: 2, box: '1,2,3,4', table: 'income' },
      },
    ],
    [
      href.catalog({ q: '潍坊', sort: 'problems' }),
      { view: 'catalog', param: null, query: { q: '潍坊', sort: 'problems' } },
    ],
    [href.compare({ sort: 'sangong' }), { view: 'compare', param: null, query: { sort: 'sangong' } }],
    [href.view('sangong'), { view: 'sangong', param: null, query: null }],
  ];
  it.each(rows)('%s', (hash, route) => expect(read(hash)).toEqual(route));
});

describe('a query value that does not fit falls back to the default', () => {
  const indicator = (v: string) => parseQuery('project', new URLSearchParams({ indicator: v })).indicator;
  it.each([
    'abc',
    'NaN',
    '',
    ' ',
    '0x2',
    '1e3',
    '-1',
    '1.5',
    '+2',
    'Infinity',
    '99999999999999999999',
    String(MAX_INDEX + 1),
    '%',
    '３',
  ])('?indicator=%s is no highlight, never NaN', (v) => expect(indicator(v)).toBeNull());
  it('reads a whole number in range', () => {
    expect(indicator('3')).toBe(3);
    expect(indicator('0')).toBe(0);
    // A source line starts at 1; a PDF page stops at 100,000.
    expect(parseQuery('data', new URLSearchParams('line=0')).line).toBeNull();
    expect(parseQuery('data', new URLSearchParams('page=100001')).page).toBeNull();
  });
  it('reads a choice only from its list', () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(parseQuery('compare', q('sort=javascript:alert(1)')).sort).toBe('total');
    expect(parseQuery('catalog', q('sort=Total')).sort).toBe('name');
    expect(parseQuery('overview', q('sb=evil')).sb).toBe('nature');
    expect(parseQuery('projects', q('attribution=Pool')).attribution).toBeNull();
    expect(parseQuery('indicators', q('kind=<script>')).kind).toBeNull();
    expect(parseQuery('data', q('checks=all')).checks).toBeNull();
  });
  it('gives the defaults for an empty query', () => {
    const none = new URLSearchParams();
    expect(parseQuery('projects', none)).toEqual({ type: null, q: '', attribution: null, sort: null });
    expect(parseQuery('catalog', none)).toEqual({ q: '', sort: 'name' });
    expect(parseQuery('compare', none)).toEqual({ sort: 'total' });
    expect(parseQuery('glossary', none)).toEqual({ term: null, q: '' });
  });
  it('keeps text as written: unicode, a stray "%", markup', () => {
    const r = parseHash('#/glossary?term=%E5%9F%BA%E6%9C%AC&q=%');
    expect(parseQuery('glossary', r.query)).toEqual({ term: '基本', q: '%' });
    expect(parseQuery('projects', new URLSearchParams({ q: '<img src=x>' })).q).toBe('<img src=x>');
  });
  it('reads the first of a repeated key, as URLSearchParams.get does', () => {
    expect(parseQuery('compare', new URLSearchParams('sort=name&sort=total')).sort).toBe('name');
  });
  it('reads a project page and the project list by their own schemas', () => {
    expect(queryViewOf('projects', 'p11')).toBe('project');
    expect(queryViewOf('projects', null)).toBe('projects');
    expect(queryViewOf('sangong', null)).toBeNull();
  });
});

describe('mergeQuery', () => {
  it('sets, replaces and removes keys, keeping the others in place', () => {
    expect(mergeQuery('sort=a&q=x&type=t', { q: 'y', type: null, kind: 'k', sort: '' }).toString()).toBe(
      'q=y&kind=k',
    );
    expect(mergeQuery('?lang=en&ds=x', { unit: 'yi' }).toString()).toBe('lang=en&ds=x&unit=yi');
  });
});
