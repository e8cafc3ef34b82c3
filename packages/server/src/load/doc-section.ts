// docs/server-load.md is written by two runs (`npm run load`, and with
// `--ceiling`) and by hand. Each run replaces only its own section, between
// its markers, so that one run's figures, the other's and the prose written
// by hand stay as they were.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

export const LOAD_DOC = new URL('../../../../docs/server-load.md', import.meta.url);

const begin = (name: string) => `<!-- ${name}: written by the run, edits here are lost -->`;
const end = (name: string) => `<!-- /${name} -->`;

/** `page` with section `name` holding `markdown`; appended where the page has no such section. */
export function withSection(page: string, name: string, markdown: string): string {
  const section = `${begin(name)}\n\n${markdown.trim()}\n\n${end(name)}`;
  const from = page.indexOf(begin(name));
  const to = page.indexOf(end(name));
  if (from < 0 || to < from) return `${page.trimEnd()}\n\n${section}\n`;
  return page.slice(0, from) + section + page.slice(to + end(name).length);
}

/** Writes section `name` of docs/server-load.md, formatted as the repository formats it. */
export async function writeLoadSection(name: string, markdown: string) {
  const page = withSection(readFileSync(LOAD_DOC, 'utf8'), name, markdown);
  const options = (await prettier.resolveConfig(LOAD_DOC)) ?? {};
  writeFileSync(LOAD_DOC, await prettier.format(page, { ...options, parser: 'markdown' }));
}
