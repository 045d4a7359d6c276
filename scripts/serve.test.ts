// scripts/serve.mjs as a deployment runs it: a process of its own on a free port, serving a small site written here.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVE = resolve(import.meta.dirname, 'serve.mjs');
const APP_JS = 'export const answer = 42;\n'.repeat(200);
let dir = '';
let base = '';
let server: ChildProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  for (const d of ['assets', 'data', '.vite']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets/app-abc123.js'), APP_JS);
  writeFileSync(join(dir, 'assets/app-abc123.js.map'), '{"version":3,"sources":["src/secret.ts"]}');
  writeFileSync(join(dir, '.vite/manifest.json'), '{}');
  writeFileSync(join(dir, 'data/small.json'), '{"ok":true}');
  // Text that compresses slowly: brotli at the server's quality takes a good fraction of a second on it.
  writeFileSync(
    join(dir, 'data/big.json'),
    JSON.stringify({ noise: randomBytes(6_000_000).toString('base64') }),
  );
  const port = await freePort();
  server = spawn(process.execPath, [SERVE, dir], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ok, fail) => {
    server?.stdout?.on('data', (d: Buffer) => d.toString().includes('Serving') && ok());
    server?.on('exit', (code) => fail(new Error(`serve.mjs exited (${code})`)));
  });
  base = `http://127.0.0.1:${port}`;
}, 30_000);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(base + path, { headers, method });

/** The body as sent, without fetch's own decoding (undici decodes br and gzip). */
async function rawBody(
  path: string,
  acceptEncoding: string,
): Promise<{ encoding: string | null; text: string }> {
  const { request } = await import('node:http');
  return new Promise((ok, fail) => {
    request(base + path, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'] ?? null;
        const text =
          encoding === 'br'
            ? brotliDecompressSync(bytes).toString()
            : encoding === 'gzip'
              ? gunzipSync(bytes).toString()
              : bytes.toString();
        ok({ encoding, text });
      });
    })
      .on('error', fail)
      .end();
  });
}

describe('content negotiation (Accept-Encoding, RFC 9110 §12.5.3)', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip;q=0', null],
    ['br;q=0, gzip;q=0', null],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0, identity', null],
    ['gzip;q=0, *;q=0.1', 'br'],
    ['identity', null],
    ['', null],
  ])('Accept-Encoding %j → %s', async (accept, expected) => {
    const { encoding, text } = await rawBody('/assets/app-abc123.js', accept);
    expect(encoding).toBe(expected);
    expect(text).toBe(APP_JS);
  });

  it('says no (406) when every coding it has, identity included, is refused', async () => {
    const res = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'identity;q=0, *;q=0' });
    expect(res.status).toBe(406);
  });
});

describe('validators', () => {
  it('sends an ETag per encoding and a Last-Modified', async () => {
    const br = await get('/data/small.json', { 'Accept-Encoding': 'br' });
    const plain = await get('/data/small.json', { 'Accept-Encoding': 'identity' });
    expect(br.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(plain.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    expect(new Date(plain.headers.get('last-modified') ?? '').getTime()).toBeGreaterThan(0);
  });

  it('answers 304 to a matching If-None-Match (also in a list, also weak), 200 otherwise', async () => {
    const first = await get('/data/small.json', { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.get('etag') ?? '';
    for (const inm of [etag, `"x", ${etag}`, `W/${etag}`, '*']) {
      const again = await get('/data/small.json', { 'Accept-Encoding': 'gzip', 'If-None-Match': inm });
      expect(again.status, inm).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('no-cache');
    }
    const other = await get('/data/small.json', { 'Accept-Encoding': 'gzip', 'If-None-Match': '"nope"' });
    expect(other.status).toBe(200);
    // The identity variant is another representation: the gzip ETag does not validate it.
    const plain = await get('/data/small.json', { 'Accept-Encoding': 'identity', 'If-None-Match': etag });
    expect(plain.status).toBe(200);
  });

  it('answers 304 to If-Modified-Since, unless If-None-Match says otherwise', async () => {
    const first = await get('/index.html');
    const lastModified = first.headers.get('last-modified') ?? '';
    expect((await get('/index.html', { 'If-Modified-Since': lastModified })).status).toBe(304);
    expect((await get('/index.html', { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(
      200,
    );
    const both = await get('/index.html', { 'If-Modified-Since': lastModified, 'If-None-Match': '"nope"' });
    expect(both.status).toBe(200);
  });
});

describe('what is served', () => {
  it.each(['/assets/app-abc123.js.map', '/.vite/manifest.json', '/.vite/', '/%2evite/manifest.json'])(
    '%s is not served',
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );

  it('serves the page, assets and data with their headers (HEAD too)', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors');
    const asset = await get('/assets/app-abc123.js', {}, 'HEAD');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('vary')).toBe('Accept-Encoding');
    expect((await get('/../../etc/passwd')).status).toBe(404);
  });
});

describe('compression does not hold up other readers', () => {
  it('a small file is answered while a big one is being compressed for the first time', async () => {
    const t0 = performance.now();
    const big = get('/data/big.json', { 'Accept-Encoding': 'br' })
      .then((r) => r.arrayBuffer())
      .then(() => performance.now() - t0);
    // Sent once the big request is in the server's hands.
    await new Promise((r) => setTimeout(r, 50));
    const t1 = performance.now();
    const small = get('/data/small.json', { 'Accept-Encoding': 'identity' })
      .then((r) => r.arrayBuffer())
      .then(() => performance.now() - t1);
    const [bigMs, smallMs] = await Promise.all([big, small]);
    // Blocking compression makes the small one wait for (nearly) all of the big one's compression.
    expect(smallMs).toBeLessThan(bigMs / 3);
  }, 30_000);
});
