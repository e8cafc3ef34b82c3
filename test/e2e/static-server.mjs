// A tiny static server on loopback for end-to-end tests: serves the given routes, nothing else.
import { createServer } from 'node:http';

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
