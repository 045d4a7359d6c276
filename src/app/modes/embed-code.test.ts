import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from './embed-code';

const base = {
  base: 'https://data.example.gov.cn/budget/',
  hash: '#/projects',
  title: '潍坊市大数据局2023年部门预算',
  height: 640,
  lock: true,
  lang: 'zh',
  unit: 'wan',
  datasetId: null,
  parentOrigin: 'https://www.example.gov.cn',
  withResizeScript: true,
  scrollOnViewChange: true,
} as const;

describe('embed code generator', () => {
  it('builds the embed URL with page options before the hash', () => {
    expect(embedUrl(base)).toBe(
      'https://data.example.gov.cn/budget/?mode=embed&lock=1&parentOrigin=https%3A%2F%2Fwww.example.gov.cn#/projects',
    );
  });
  it('writes a titled, lazy iframe and a resize script that checks the message source', () => {
    const code = embedCode(base);
    expect(code).toContain('title="潍坊市大数据局2023年部门预算"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('height="640"');
    expect(code).toContain('e.source !== f.contentWindow');
    // Short enough for an editor of a government site to read before pasting (the iframe plus a 17-line script).
    expect(code.split('\n').length).toBeLessThanOrEqual(18);
    expect(embedCode({ ...base, withResizeScript: false })).not.toContain('<script>');
  });
  it('escapes the title', () => {
    expect(embedCode({ ...base, title: '"><script>alert(1)</script>' })).not.toContain('<script>alert');
  });
  it('resizes every embed on the host page, each by its own messages', () => {
    const script = embedCode(base).split('<script>')[1]?.split('</script>')[0] ?? '';
    const frames = [0, 1].map(() => ({ contentWindow: {}, style: { height: '' } }));
    let onMessage = (e: unknown) => void e;
    const hostWindow = { addEventListener: (_: string, f: typeof onMessage) => (onMessage = f) };
    const hostDocument = { querySelector: () => frames[0], querySelectorAll: () => frames };
    new Function('window', 'document', script)(hostWindow, hostDocument);
    const height = (h: number) => ({ type: 'budget-dashboard:height', height: h });
    onMessage({ source: frames[1]?.contentWindow, data: height(900) });
    onMessage({ source: frames[0]?.contentWindow, data: height(700) });
    onMessage({ source: {}, data: height(5000) }); // not one of the embeds: ignored
    expect(frames.map((f) => f.style.height)).toEqual(['700px', '900px']);
  });
  it('brings an embed whose reader opened another view back into view, if asked to', () => {
    const run = (scrollOnViewChange: boolean, top: number) => {
      const script =
        embedCode({ ...base, scrollOnViewChange })
          .split('<script>')[1]
          ?.split('</script>')[0] ?? '';
      const scrolled: string[] = [];
      const frame = (name: string) => ({
        contentWindow: {},
        style: { height: '' },
        getBoundingClientRect: () => ({ top }),
        scrollIntoView: () => scrolled.push(name),
      });
      const frames = [frame('first'), frame('second')];
      let onMessage = (e: unknown) => void e;
      const hostWindow = {
        scrollY: 1000,
        addEventListener: (_: string, f: typeof onMessage) => (onMessage = f),
        scrollTo: (x: number, y: number) => scrolled.push(`to ${x},${y}`),
      };
      const hostDocument = { querySelectorAll: () => frames };
      new Function('window', 'document', script)(hostWindow, hostDocument);
      return (data: unknown) => {
        onMessage({ source: frames[1]?.contentWindow, data });
        return scrolled;
      };
    };
    const view = { type: 'budget-dashboard:view' };
    expect(run(true, -800)(view)).toEqual(['second']);
    expect(run(true, 40)(view)).toEqual([]); // its top is on screen: the host page stays where it is
    expect(run(false, -800)(view)).toEqual([]);
    // Back to a view left by a link 2,400 px down the iframe, whose top is 300 px above the host's viewport: the host
    // page (scrolled 1,000) goes to 1,000 − 300 + 2,400.
    expect(run(true, -300)({ ...view, offset: 2400 })).toEqual(['to 0,3100']);
    expect(run(true, -300)({ ...view, offset: NaN })).toEqual(['second']);
    expect(run(false, -300)({ ...view, offset: 2400 })).toEqual([]);
  });
});
