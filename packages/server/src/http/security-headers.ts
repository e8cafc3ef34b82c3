import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of docs/security.md for the pages the server
 * serves (scripts and styles from this origin only, Trusted Types with Lit's
 * one policy), and no plugins, no <base>, no frames of it on other sites.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  if (c.req.path.startsWith('/api/')) {
    // What one person sees must not be kept by a shared cache or shown to the next person at that PC.
    c.header('Cache-Control', 'private, no-store');
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  } else {
    c.header('Content-Security-Policy', PAGE_POLICY);
  }
};
