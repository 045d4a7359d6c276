#!/usr/bin/env node
// Serves the built dashboard (dist/) with the headers a host should send (documented in the README):
// CSP with frame-ancestors, CORS for assets and data (needed inside sandbox="allow-scripts" iframes, whose origin is
// opaque), long caching for hashed assets and revalidation (ETag, Last-Modified → 304) for the page and the data,
// brotli/gzip as the client's Accept-Encoding allows. Nothing a reader need not get: no source maps, no dot-files
// (.vite/manifest.json is the build's, for `npm run check-budget`). No dependencies.
//   PORT=4173 HOST=0.0.0.0 FRAME_ANCESTORS="https://www.example.gov.cn" node scripts/serve.mjs [dir]
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const frameAncestors = process.env.FRAME_ANCESTORS ?? '*';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.csv', '.svg']);

/** The server's order of preference between codings the client accepts equally. */
const CODINGS = ['br', 'gzip'];

/** Accept-Encoding → coding (lower case) → q. Entries with a malformed q are ignored. */
export function parseAcceptEncoding(header) {
  const q = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^q=([01](?:\.\d{0,3})?)$/i.exec(p);
      if (m) weight = Math.min(1, Number(m[1]));
      else if (/^q=/i.test(p)) weight = NaN;
    }
    if (!Number.isNaN(weight)) q.set(name.toLowerCase(), weight);
  }
  return q;
}

/**
 * The coding to send (RFC 9110 §12.5.3): the compressed one the client weighs highest (q > 0), unless it weighs
 * identity (named) higher; identity when no compression is acceptable and identity is not refused (`identity;q=0`,
 * or `*;q=0` without naming identity); null when nothing is acceptable (406). No header: identity.
 */
export function encodingFor(path, acceptEncoding) {
  if (acceptEncoding === undefined) return 'identity';
  const q = parseAcceptEncoding(acceptEncoding);
  const star = q.get('*');
  const identity = q.get('identity') ?? (star === 0 ? 0 : 1);
  if (COMPRESSIBLE.has(extname(path))) {
    let best = null;
    for (const c of CODINGS) {
      const w = q.get(c) ?? star ?? 0;
      if (w > 0 && (!best || w > best.w)) best = { c, w };
    }
    if (best && !(q.has('identity') && identity > best.w)) return best.c;
  }
  return identity > 0 ? 'identity' : null;
}

export function headersFor(path) {
  const h = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (path.endsWith('.html')) {
    h['Content-Security-Policy'] =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
      `connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors ${frameAncestors}`;
    h['Cache-Control'] = 'no-cache';
  } else {
    // Public, read-only files: any embedding page (even with an opaque origin) may load them.
    h['Access-Control-Allow-Origin'] = '*';
    h['Cache-Control'] = /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
  }
  return h;
}

/** A file a reader may get, and its stat; null for anything else (outside the root, hidden, a source map, absent). */
export async function resolvePath(urlPath) {
  let p;
  try {
    p = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  const full = normalize(join(root, p));
  if (full !== root && !full.startsWith(root + sep)) return null; // no way out of dist/
  // Dot-files and folders (.vite/manifest.json) and source maps are for developers, not for readers.
  if (
    full
      .slice(root.length)
      .split(sep)
      .some((s) => s.startsWith('.'))
  )
    return null;
  try {
    const s = await stat(full);
    const file = s.isDirectory() ? join(full, 'index.html') : full;
    if (file.endsWith('.map')) return null;
    return { file, stats: s.isDirectory() ? await stat(file) : s };
  } catch {
    return null;
  }
}

const compressors = {
  // On zlib's thread pool: a big file's first compression (≈0.6 s at this quality) holds up no other request.
  br: promisify((raw, cb) => brotliCompress(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }, cb)),
  gzip: promisify((raw, cb) => gzip(raw, { level: 9 }, cb)),
};

/**
 * The files are static: each is compressed once per encoding (again only when it changes on disk). The promise is
 * kept, so requests that arrive during the first compression wait for it instead of compressing again.
 */
const cache = new Map();
function compressed(file, version, encoding) {
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.bytes;
  const bytes = readFile(file).then((raw) => compressors[encoding](raw));
  bytes.catch(() => cache.delete(key));
  cache.set(key, { version, bytes });
  return bytes;
}

/** Each encoding is its own representation, with its own strong validator. */
function etagOf(stats, encoding) {
  const base = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  return `"${base}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

/** RFC 9110 §13.1.2 (weak comparison, as If-None-Match uses), §13.1.3; If-None-Match wins when both are sent. */
function notModified(req, etag, stats) {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    if (inm.trim() === '*') return true;
    return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
  }
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(ims) && Math.floor(stats.mtimeMs / 1000) * 1000 <= ims;
}

const notFound = (res) =>
  res
    .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' })
    .end('Not found');

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = await resolvePath(req.url ?? '/');
  if (!found) return notFound(res);
  const { file, stats } = found;
  const encoding = encodingFor(file, req.headers['accept-encoding']);
  if (!encoding) {
    res.writeHead(406, { 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Accept-Encoding' });
    res.end('None of the content codings this file has (br, gzip, identity) is acceptable');
    return;
  }
  const etag = etagOf(stats, encoding);
  const { 'Content-Type': type, ...rest } = headersFor(file);
  const validators = {
    ...rest,
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
    Vary: 'Accept-Encoding',
  };
  if (notModified(req, etag, stats)) {
    res.writeHead(304, validators).end();
    return;
  }
  const headers = { ...validators, 'Content-Type': type };
  if (encoding === 'identity') {
    res.writeHead(200, { ...headers, 'Content-Length': stats.size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
    return;
  }
  const bytes = await compressed(file, etag, encoding);
  res.writeHead(200, { ...headers, 'Content-Length': bytes.length, 'Content-Encoding': encoding });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (res.headersSent) res.destroy();
    else notFound(res);
  });
});

server.listen(port, host, () =>
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`),
);
