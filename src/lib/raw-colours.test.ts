import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
/** The only places a colour is written as a value: the token module and the file generated from it. */
const TOKEN_FILES = new Set(['lib/tokens.ts', 'app/tokens.css']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(css|tsx?)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** Comments say why, and may name an issue (`whatwg/html#6768`): only code is scanned. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s;{}(,])\/\/.*$/gm, '$1');
}

// #rgb, #rgba, #rrggbb, #rrggbbaa not inside a word or path (an id in a URL or a hash route is not a colour), and
// the colour functions.
const RAW =
  /(?<![\w&/#-])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi;

function rawColours(text: string): string[] {
  return [...withoutComments(text).matchAll(RAW)].map((m) => m[0]);
}

describe('colours', () => {
  it('finds raw colours, and not hashes that are not colours', () => {
    expect(rawColours('a { color: #fff; border: 1px solid #1b2330aa; background: rgb(0 0 0 / 5%) }')).toEqual(
      ['#fff', '#1b2330aa', 'rgb('],
    );
    expect(rawColours("const c = { color: '#0f2742' }; // whatwg/html#6768")).toEqual(['#0f2742']);
    expect(
      rawColours("href={`#/projects/${id}`}; location.hash = '#/data'; /* #fff */ url('a.svg#abc')"),
    ).toEqual([]);
  });

  it('no stylesheet or module outside the tokens writes a colour as a value', () => {
    const found = files(SRC)
      .map((f) => f.slice(SRC.length + 1))
      .filter((rel) => !TOKEN_FILES.has(rel))
      .flatMap((rel) => rawColours(readFileSync(join(SRC, rel), 'utf8')).map((c) => `${rel}: ${c}`));
    expect(found).toEqual([]);
  });
});
