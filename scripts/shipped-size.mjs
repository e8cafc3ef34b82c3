// The CDN folder as a user receives it: each file compressed the way a web
// server sends it (gzip -9, brotli 11), and which files a page loads before the
// elements can render (the entry and what it imports statically; the chunks it
// imports with import() come only when a page asks for them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_FOLDER = 'packages/components/dist/cdn';
export const CDN_ENTRY = 'kollegalaering.js';

/** @param {Buffer} bytes */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** The files a static `import ... from './x.js'` in a minified chunk names. */
function staticImports(code) {
  const names = [];
  for (const match of code.matchAll(
    /(?:^|[;}])\s*(?:import|export)\s*[^;()]*?from\s*["'`]\.\/([^"'`]+)["'`]/g,
  )) {
    names.push(match[1]);
  }
  for (const match of code.matchAll(/(?:^|[;}])\s*import\s*["'`]\.\/([^"'`]+)["'`]/g)) {
    names.push(match[1]);
  }
  return names;
}

/**
 * Every JavaScript file of the CDN folder with its sizes, and whether a page
 * loads it up front.
 * @param {string} [folder]
 */
export function shippedFiles(folder = CDN_FOLDER) {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(folder, name));
      return { name, bytes, ...compressedSizes(bytes) };
    });
  const byName = new Map(files.map((file) => [file.name, file]));
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name) || !byName.has(name)) return;
    upFront.add(name);
    for (const next of staticImports(byName.get(name).bytes.toString('utf8'))) visit(next);
  };
  visit(CDN_ENTRY);
  return files.map(({ name, raw, gzip, brotli }) => ({
    name,
    raw,
    gzip,
    brotli,
    upFront: upFront.has(name),
  }));
}

/** Sums of raw, gzip and brotli bytes. */
export function total(files) {
  return files.reduce(
    (sum, file) => ({
      raw: sum.raw + file.raw,
      gzip: sum.gzip + file.gzip,
      brotli: sum.brotli + file.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}
