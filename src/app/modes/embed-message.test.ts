import { describe, expect, it } from 'vitest';
import { embeddingOrigin, heightMessage, viewMessage } from './embed-message';

describe('embed height message', () => {
  it('goes only to the embedding origin', () => {
    expect(embeddingOrigin('https://www.weifang.gov.cn', 'https://evil.example/')).toBe(
      'https://www.weifang.gov.cn',
    );
    expect(embeddingOrigin(null, 'https://www.weifang.gov.cn/news/1.html')).toBe(
      'https://www.weifang.gov.cn',
    );
    expect(embeddingOrigin(null, '')).toBeNull();
  });
  it('carries the height and nothing else', () => {
    expect(heightMessage(812.3)).toEqual({ type: 'budget-dashboard:height', height: 813 });
    expect(viewMessage()).toEqual({ type: 'budget-dashboard:view' });
    expect(viewMessage(2400.4)).toEqual({ type: 'budget-dashboard:view', offset: 2400 });
    expect(viewMessage(-40)).toEqual({ type: 'budget-dashboard:view', offset: 0 });
  });
});
