// A tiny static server on loopback for end-to-end tests: serves the given routes, nothing else.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param {Record<string, { type: string, body: string | Buffer, headers?: Record<string, string> }>} routes
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(routes) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': route.type,
      'cache-control': 'no-store',
      ...route.headers,
    });
    response.end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Serves the files of a folder (a built Storybook) on loopback.
 * @param {string} folder
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveFolder(folder) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(folder))) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Routes for every script of a CDN folder (the entry and the chunks it loads
 * when a page needs them), at `/<file>`, as a municipality copies the folder.
 * @param {string | URL} [folder]
 * @param {Record<string, string>} [headers]
 */
export async function cdnRoutes(
  folder = new URL('../../packages/components/dist/cdn/', import.meta.url),
  headers = {},
) {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.js'));
  const routes = {};
  for (const name of names) {
    routes[`/${name}`] = {
      type: 'text/javascript',
      body: await readFile(join(folder instanceof URL ? fileURLToPath(folder) : folder, name)),
      headers,
    };
  }
  return routes;
}
