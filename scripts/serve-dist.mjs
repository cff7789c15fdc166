// A tiny static server for a built site, for screenshots and the benchmark (no dependency, loopback only).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteCspHeader } from './csp-header.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

const compressible = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;

/**
 * Serves `dir` at `base` (e.g. '/' or '/dvc/') on 127.0.0.1; resolves to { url, close }. With `csp`, every
 * response carries the site's Content-Security-Policy as a header, as a hospital's web server may send it.
 */
export function serveDist(dir, { base = '/', port = 0, csp = false } = {}) {
  const policy = csp ? siteCspHeader(dir) : undefined;
  const server = createServer((req, res) => {
    if (policy) res.setHeader('content-security-policy', policy);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.statusCode = 404;
      return res.end();
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(normalize(dir)) || !existsSync(file)) {
      res.statusCode = 404;
      return res.end();
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.setHeader('content-type', type);
    // Compressed as any production web server sends text: Lighthouse's simulated phone network times the bytes
    // on the wire, so an uncompressed reply would make every page look three times heavier than it is.
    if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('vary', 'accept-encoding');
      return res.end(gzipSync(readFileSync(file)));
    }
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      // close() also drops kept-alive connections: a test that stops the server must see it gone at once.
      resolve({
        url: `http://127.0.0.1:${server.address().port}${base}`,
        close: () => {
          server.close();
          server.closeAllConnections();
        },
      });
    }),
  );
}

// As a command: node scripts/serve-dist.mjs DIR BASE PORT [--csp] (astro preview serves one build per project
// at a time, and sends no policy header).
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const [dir = 'dist', base = '/', port = '4321'] = args.filter((arg) => !arg.startsWith('--'));
  const { url } = await serveDist(dir, { base, port: Number(port), csp: args.includes('--csp') });
  console.log(`Serving ${dir} at ${url}`);
}
