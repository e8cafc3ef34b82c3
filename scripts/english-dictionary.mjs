// Writes src/locales/en.ts, the English texts as a dictionary in the format
// lit-localize writes da.ts in, from the <source> of each message in the XLIFF
// (which `lit-localize extract` has just written from the code). The CDN build
// takes the English texts out of the code (compact-literals.mjs, englishApart),
// so that a Danish page does not download them; pages in English fetch this
// dictionary instead. Run after `lit-localize extract`.
import { readFileSync, writeFileSync } from 'node:fs';

const xliffFile = process.argv[2] ?? 'xliff/da.xlf';
const output = 'src/locales/en.ts';

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escapeTemplate = (text) => text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');

/**
 * A placeholder's equiv-text is the code it stands for: one `${…}` or more, with
 * any text between them (lit-localize joins expressions that only white space
 * separates). Each expression becomes the number of its value in the call.
 */
function numberExpressions(code, next) {
  let out = '';
  let index = 0;
  while (index < code.length) {
    if (code.startsWith('${', index)) {
      let depth = 0;
      let end = index + 1;
      for (; end < code.length; end++) {
        if (code[end] === '{') depth++;
        else if (code[end] === '}' && --depth === 0) break;
      }
      out += `\${${next()}}`;
      index = end + 1;
    } else {
      out += escapeTemplate(code[index]);
      index++;
    }
  }
  return out;
}

/** `Add <x id="0" equiv-text="${name}"/>` → the template literal `Add ${0}` (str`` when it has values). */
function toTemplate(source) {
  let values = 0;
  const body = source
    .split(/(<x id="\d+" equiv-text="[^"]*"\/>)/)
    .map((part) => {
      const placeholder = /^<x id="\d+" equiv-text="([^"]*)"\/>$/.exec(part);
      if (!placeholder) return escapeTemplate(unescapeXml(part));
      return numberExpressions(unescapeXml(placeholder[1]), () => values++);
    })
    .join('');
  return `${values > 0 ? 'str' : ''}\`${body}\``;
}

const xliff = readFileSync(xliffFile, 'utf8');
const entries = [
  ...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g),
].map(([, id, source]) => `  '${id}': ${toTemplate(source)},`);
const usesStr = entries.some((line) => line.includes(': str`'));
writeFileSync(
  output,
  [
    '// Do not modify this file by hand: scripts/english-dictionary.mjs writes it from',
    "// the XLIFF's English sources. Only the CDN file loads it (see msg.ts).",
    usesStr ? "import { str } from '@lit/localize';\n" : '',
    'export const templates = {',
    ...entries,
    '};',
    '',
  ].join('\n'),
);
console.log(`${output}: ${entries.length} English messages`);
