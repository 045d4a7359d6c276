#!/usr/bin/env node
// Serves the built dashboard (dist/) with the headers a host should send (documented in the README):
// CSP with frame-ancestors, CORS for assets and data (needed inside sandbox="allow-scripts" iframes, whose origin is
// opaque), long caching for hashed assets and revalidation for the page and the data. No dependencies.
//   PORT=4173 HOST=0.0.0.0 FRAME_ANCESTORS="https://www.example.gov.cn" node scripts/serve.mjs [dir]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
  try {
    statSync(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, headersFor(file));
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, host, () =>
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`),
);
