import { describe, expect, it } from 'vitest';
import { pageUrl } from './page-url';

describe('page URLs', () => {
  it('stay on this page when its path starts with "//"', () => {
    const here = 'http://127.0.0.1:4173//evil.example/budget/?lang=en#/projects';
    const url = pageUrl({ search: 'lang=en&unit=yuan' }, here);
    expect(url).toBe('http://127.0.0.1:4173//evil.example/budget/?lang=en&unit=yuan#/projects');
    expect(new URL(url).origin).toBe('http://127.0.0.1:4173');
    expect(pageUrl({ search: '', hash: '' }, here)).toBe('http://127.0.0.1:4173//evil.example/budget/');
  });
  it('replaces the hash, keeping the query', () => {
    expect(pageUrl({ hash: '#/sangong' }, 'https://x.gov.cn/b/?ds=a#/')).toBe(
      'https://x.gov.cn/b/?ds=a#/sangong',
    );
  });
});
