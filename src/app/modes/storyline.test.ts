import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STORYLINE,
  STEP_STATE_KEY,
  actionForKey,
  nextIndex,
  resumeIndex,
  stepIndexOf,
  stepsFromLinks,
  storylineUrl,
} from './storyline';

describe('presenter storyline', () => {
  it('maps clicker keys to actions', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(actionForKey)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(actionForKey)).toEqual(['prev', 'prev']);
    expect(actionForKey('Home')).toBe('first');
    expect(actionForKey('End')).toBe('last');
    expect(actionForKey('3')).toEqual({ goto: 2 });
    expect(actionForKey('b')).toBe('blank');
    expect(actionForKey('.')).toBe('blank');
    expect(actionForKey('Escape')).toBe('exit');
    expect(actionForKey('x')).toBeNull();
  });
  it('moves within bounds', () => {
    expect(nextIndex(0, 'prev', 7)).toBe(0);
    expect(nextIndex(6, 'next', 7)).toBe(6);
    expect(nextIndex(2, 'last', 7)).toBe(6);
    expect(nextIndex(2, { goto: 8 }, 7)).toBe(6);
  });
  it('the default storyline follows the brief: KPIs → sunburst → functions → largest projects → indicators → 三公 → procurement', () => {
    expect(DEFAULT_STORYLINE.map((s) => s.hash)).toEqual([
      '#/',
      '#/?sb=nature',
      '#/functions',
      '#/projects?sort=amount.desc',
      '#/projects/p09',
      '#/sangong',
      '#/procurement',
    ]);
    expect(stepIndexOf(DEFAULT_STORYLINE, '#/sangong')).toBe(5);
    expect(stepIndexOf(DEFAULT_STORYLINE, '')).toBe(0);
  });
  it('builds a storyline from share links, and its URL', () => {
    const { steps, rejected } = stepsFromLinks(
      'https://x.gov.cn/budget/?lang=en#/projects/p11\n#/sangong\njunk\njavascript:alert(1)#/x"><img',
    );
    expect(steps.map((s) => s.hash)).toEqual(['#/projects/p11', '#/sangong']);
    expect(rejected).toEqual(['junk', 'javascript:alert(1)#/x"><img']);
    expect(storylineUrl('https://x.gov.cn/budget/', steps)).toBe(
      'https://x.gov.cn/budget/?mode=present&step=%23%2Fprojects%2Fp11&step=%23%2Fsangong#/projects/p11',
    );
  });
  it('rejects a broken link or a link to no view, saying which', () => {
    const { steps, rejected } = stepsFromLinks(
      '#/projects/%\nhttps://x.gov.cn/#/functions/%E5%9F\n#/nope\n#/sangong',
    );
    expect(steps.map((s) => s.hash)).toEqual(['#/sangong']);
    expect(rejected).toEqual(['#/projects/%', 'https://x.gov.cn/#/functions/%E5%9F', '#/nope']);
  });
  it('resumes at the step the history entry recorded, which the hash alone cannot tell', () => {
    const twice = [{ hash: '#/sangong' }, { hash: '#/functions' }, { hash: '#/sangong' }];
    expect(resumeIndex(twice, '#/sangong', { [STEP_STATE_KEY]: 2 })).toBe(2);
    expect(resumeIndex(twice, '#/sangong', null)).toBe(0);
    expect(resumeIndex(twice, '#/sangong', { [STEP_STATE_KEY]: 7 })).toBe(0);
    expect(resumeIndex(twice, '#/about', { [STEP_STATE_KEY]: '1' })).toBe(-1);
  });
  it('goes to the first step from outside the storyline', () => {
    expect(nextIndex(-1, 'next', 7)).toBe(0);
    expect(nextIndex(-1, 'prev', 7)).toBe(0);
  });
});
