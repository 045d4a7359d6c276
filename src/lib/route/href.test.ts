import { describe, expect, it } from 'vitest';
import { href } from './href';
import { VIEWS, parseHash, toHash } from './route';

// Hashes are public API: each row is a link the app wrote before the builders existed, byte for byte, with the
// expression that wrote it (src at 195c511). A builder that writes anything else breaks shared links.
const TODAY: ReadonlyArray<[string, string, string]> = [
  // [what wrote it, what the builder gives now, the hash as it was]
  ["'#/' (storyline, RouteProblemView, ErrorBoundary)", href.overview(), '#/'],
  ["'#/?sb=nature' (storyline)", href.overview({ sb: 'nature' }), '#/?sb=nature'],
  ["'#/functions'", href.functions(), '#/functions'],
  ['`#/functions/${code}`', href.functions('2150599'), '#/functions/2150599'],
  ["'#/projects'", href.projects(), '#/projects'],
  [
    "'#/projects?sort=amount.desc' (storyline)",
    href.projects({ sort: 'amount.desc' }),
    '#/projects?sort=amount.desc',
  ],
  [
    "'#/projects?attribution=pool' (FunctionDetail)",
    href.projects({ attribution: 'pool' }),
    '#/projects?attribution=pool',
  ],
  ['`#/projects/${p.id}`', href.project('p09'), '#/projects/p09'],
  [
    '`#/projects/${id}?indicator=${index}`',
    href.project('p11', { indicator: 3 }),
    '#/projects/p11?indicator=3',
  ],
  ['… the first indicator', href.project('p11', { indicator: 0 }), '#/projects/p11?indicator=0'],
  ["'#/economic'", href.economic(), '#/economic'],
  ['`#/economic?class=${c}`', href.economic({ class: '301' }), '#/economic?class=301'],
  [
    '`#/glossary?term=${encodeURIComponent(term)}`',
    href.glossary({ term: '基本支出' }),
    '#/glossary?term=%E5%9F%BA%E6%9C%AC%E6%94%AF%E5%87%BA',
  ],
  [
    '… a space stays %20 (not URLSearchParams\' "+")',
    href.glossary({ term: 'a b(c)' }),
    '#/glossary?term=a%20b(c)',
  ],
  ["'#/data'", href.data(), '#/data'],
  ['`#/data?line=${line}`', href.data({ line: 42 }), '#/data?line=42'],
  ["'#/data?checks=failed'", href.data({ checks: 'failed' }), '#/data?checks=failed'],
  [
    'pdfPageHash(file, page, box, table)',
    href.pdfPage('决算 2023.pdf', 3, [10.04, 20, 30.16, 40.55], 'income'),
    '#/data?file=%E5%86%B3%E7%AE%97+2023.pdf&page=3&box=10%2C20%2C30.2%2C40.6&table=income',
  ],
  ['pdfPageHash without box or table', href.pdfPage('a.pdf', 1, [1, 2], ''), '#/data?file=a.pdf&page=1'],
  ["'#/sangong'", href.view('sangong'), '#/sangong'],
  ["'#/procurement'", href.view('procurement'), '#/procurement'],
  ["'#/execution'", href.view('execution'), '#/execution'],
  [
    'hrefOf({ view: projects, query: { type } })',
    href.node({ view: 'projects', query: { type: '一般性项目' } }) ?? '',
    '#/projects?type=%E4%B8%80%E8%88%AC%E6%80%A7%E9%A1%B9%E7%9B%AE',
  ],
  [
    'hrefOf({ view: projects, param })',
    href.node({ view: 'projects', param: 'p01' }) ?? '',
    '#/projects/p01',
  ],
  [
    'hrefOf({ view: economic, query: { class } })',
    href.node({ view: 'economic', query: { class: '302' } }) ?? '',
    '#/economic?class=302',
  ],
  [
    '`?ds=${encodeURIComponent(id)}#/`',
    href.dataset('weifang-big-data-bureau-2023'),
    '?ds=weifang-big-data-bureau-2023#/',
  ],
  ["datasetHref(e, '#/data')", href.dataset('a b', href.data()), '?ds=a%20b#/data'],
  [
    "toHash('projects', null, { sort, q }) (replaceQuery's form)",
    toHash('projects', null, { sort: 'amount.desc', q: '政务云 x' }),
    '#/projects?sort=amount.desc&q=%E6%94%BF%E5%8A%A1%E4%BA%91+x',
  ],
];

describe('link builders', () => {
  it.each(TODAY)('%s', (_, built, before) => expect(built).toBe(before));

  it('write the nav links as before (toHash(view))', () => {
    expect(VIEWS.map((v) => toHash(v))).toEqual(VIEWS.map((v) => (v === 'overview' ? '#/' : `#/${v}`)));
  });

  it('give no link for a sector that opens no view', () => {
    expect(href.node({})).toBeNull();
  });

  it('encode a hostile parameter, so it cannot leave the path', () => {
    const h = href.project('../a?b#c');
    expect(h).toBe('#/projects/..%2Fa%3Fb%23c');
    // Not a project id of the contract: its own page, never another view.
    expect(parseHash(h).view).toBe('not-found');
    expect(href.functions('javascript:alert(1)')).toBe('#/functions/javascript%3Aalert(1)');
    expect(parseHash(href.functions('javascript:alert(1)')).view).toBe('not-found');
  });
});
