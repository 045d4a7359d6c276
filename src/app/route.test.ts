import { describe, expect, it } from 'vitest';
import { parseHash, toHash } from './route';

describe('hash routes', () => {
  it('reads the documented routes', () => {
    expect(parseHash('')).toMatchObject({ view: 'overview', param: null });
    expect(parseHash('#/')).toMatchObject({ view: 'overview', param: null });
    expect(parseHash('#/functions/2150599')).toMatchObject({ view: 'functions', param: '2150599' });
    expect(parseHash('#/projects/p11')).toMatchObject({ view: 'projects', param: 'p11' });
    expect(parseHash('#/projects?sort=amount.desc').query.get('sort')).toBe('amount.desc');
  });
  it('falls back to the overview for unknown views and rejects odd params', () => {
    expect(parseHash('#/nope').view).toBe('overview');
    expect(parseHash('#/projects/<img src=x>').param).toBeNull();
  });
  it('round-trips', () => {
    const h = toHash('projects', null, { sort: 'amount.desc', q: '政务云' });
    expect(parseHash(h).query.get('q')).toBe('政务云');
    expect(toHash('functions', '2150599')).toBe('#/functions/2150599');
    expect(toHash('overview')).toBe('#/');
  });
});
