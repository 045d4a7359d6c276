#!/usr/bin/env node
// Serves the built dashboard (dist/) with the headers a host should send (documented in the README):
// CSP with frame-ancestors, CORS for assets and data (needed inside sandbox="allow-scripts" iframes, whose origin is
// opaque), long caching for hashed assets and revalidation for the page and the data, brotli/gzip compression.
// No dependencies.
//   PORT=4173 HOST=0.0.0.0 FRAME_ANCESTORS="https://www.example.gov.cn" node scripts/serve.mjs [dir]
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.csv', '.svg', '.map']);

/** The files are static: each is compressed once per encoding (and again only when it changes on disk). */
const cache = new Map();
function body(file, encoding) {
  const { mtimeMs } = statSync(file);
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.bytes;
  const raw = readFileSync(file);
  const bytes =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : encoding === 'gzip'
        ? gzipSync(raw, { level: 9 })
        : raw;
  cache.set(key, { mtimeMs, bytes });
  return bytes;
}

/** br or gzip when the client accepts it and the type compresses; otherwise the file as it is. */
export function encodingFor(path, acceptEncoding = '') {
  if (!COMPRESSIBLE.has(extname(path))) return 'identity';
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return 'identity';
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

export function resolvePath(urlPath) {
  let p;
  try {
    p = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  const full = normalize(join(root, p));
  if (full !== root && !full.startsWith(root + sep)) return null; // no way out of dist/
  try {
    const s = statSync(full);
    return s.isDirectory() ? join(full, 'index.html') : full;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolvePath(req.url ?? '/');
  if (!file) {
    res
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' })
      .end('Not found');
    return;
  }
  const encoding = encodingFor(file, req.headers['accept-encoding']);
  let bytes;
  try {
    bytes = body(file, encoding);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const headers = { ...headersFor(file), 'Content-Length': bytes.length, Vary: 'Accept-Encoding' };
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
});

server.listen(port, host, () =>
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`),
);
