// A build plugin for our own element sources. Lit templates and styles are
// written readably, with newlines and indentation that the browser ignores;
// bundlers keep that text as it is. This plugin
//  - folds line breaks and indentation inside html`` and css`` (the same
//    rendering: no template of ours uses <pre>, a textarea body or a line
//    break between two inline tags that needs a space), and
//  - removes the `desc` of msg() calls, which only the translation extractor reads,
//  - and, for the CDN file (`englishApart`), removes the English text of each
//    msg() call with an id: English is then a dictionary of its own
//    (src/locales/en.ts, written from the XLIFF by scripts/english-dictionary.mjs)
//    that only pages in English fetch (english-texts.cdn.ts takes the place of
//    english-texts.ts). A str`` keeps its values, which the dictionary's texts
//    refer to by number,
//  - and, for the CDN file (`shortIds`), gives each message a short id (its
//    number in the XLIFF, in base 36) in the calls and in the dictionaries
//    alike: the ids are written twice, and long ones such as
//    'leaderEvaluation.developmentPlanUpdated' are a kilobyte on every page.
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'css', 'svg']);

function visit(node, enter) {
  if (!node || typeof node.type !== 'string') return;
  enter(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => visit(child, enter));
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      visit(value, enter);
  }
}

/** Line breaks between two tags go; any other line break becomes one space. */
const compactHtml = (text) => text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');

/**
 * Comments, and spaces around braces, semicolons and commas, and after a
 * colon, carry no meaning in our styles; a line break elsewhere becomes one space.
 */
const compactCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':');

const isMsgCall = (node) =>
  node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg';

const hasId = (options) =>
  options?.type === 'ObjectExpression' &&
  options.properties.some((property) => property.key?.name === 'id');

/** The English text of a msg() call, emptied: '' for a plain text, str`${a}${b}` for a str``. */
function removeEnglish(output, text) {
  if (text.type === 'Literal' && typeof text.value === 'string') {
    output.overwrite(text.start, text.end, "''");
  } else if (text.type === 'TemplateLiteral' && text.expressions.length === 0) {
    output.overwrite(text.start, text.end, "''");
  } else if (text.type === 'TaggedTemplateExpression' && text.tag.name === 'str') {
    for (const quasi of text.quasi.quasis) {
      if (quasi.end > quasi.start) output.remove(quasi.start, quasi.end);
    }
  }
}

const XLIFF = new URL('../packages/components/xliff/da.xlf', import.meta.url);

/** Each message id of the XLIFF → a short one: its number there, in base 36. */
function shortIdsFromXliff() {
  const ids = [...readFileSync(XLIFF, 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)];
  return new Map(ids.map(([, id], index) => [id, index.toString(36)]));
}

const isLocaleFile = (id) => /[\\/]src[\\/]locales[\\/][^\\/]+\.ts$/.test(id);
const isStringLiteral = (node) => node?.type === 'Literal' && typeof node.value === 'string';

/**
 * Without English in the code, the English texts come from a file of their
 * own: english-texts.cdn.ts takes the place of english-texts.ts. Before Vite's
 * own resolver, which would find english-texts.ts.
 * @returns {import('vite').Plugin}
 */
const englishFromItsOwnFile = () => ({
  name: 'kollegalaering-english-from-its-own-file',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source !== './english-texts.js') return null;
    return this.resolve('./english-texts.cdn.js', importer, { ...options, skipSelf: true });
  },
});

/**
 * @param {{ englishApart?: boolean, shortIds?: boolean }} [options]
 * @returns {import('vite').Plugin[]}
 */
export function compactLiterals({ englishApart = false, shortIds = false } = {}) {
  /** @type {Map<string, string>} */
  let short = new Map();
  const compact = {
    name: 'kollegalaering-compact-literals',
    enforce: 'post',
    buildStart() {
      if (shortIds) short = shortIdsFromXliff();
    },

    transform(code, id) {
      if (!/packages[\\/]components[\\/]src[\\/].*\.ts$/.test(id) || /\.test\.ts$/.test(id))
        return null;
      const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
      const output = new MagicString(code);
      /** @param {{ start: number, end: number }} node @param {string} messageId */
      const shorten = (node, messageId) => {
        const to = short.get(messageId);
        if (to === undefined)
          this.error(`msg id '${messageId}' is not in xliff/da.xlf: run npm run localize:build`);
        output.overwrite(node.start, node.end, `'${to}'`);
      };
      visit(ast, (node) => {
        // A dictionary's keys are message ids.
        if (shortIds && isLocaleFile(id) && node.type === 'Property' && !node.computed) {
          shorten(node.key, isStringLiteral(node.key) ? node.key.value : node.key.name);
        }
        if (shortIds && isMsgCall(node) && node.arguments[1]?.type === 'ObjectExpression') {
          const idProperty = node.arguments[1].properties.find((p) => p.key?.name === 'id');
          if (isStringLiteral(idProperty?.value)) shorten(idProperty.value, idProperty.value.value);
        }
        if (node.type === 'TaggedTemplateExpression' && TAGS.has(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const folded = node.tag.name === 'css' ? compactCss(raw) : compactHtml(raw);
            if (folded !== raw && quasi.end > quasi.start)
              output.overwrite(quasi.start, quasi.end, folded);
          }
        }
        if (englishApart && isMsgCall(node) && hasId(node.arguments[1])) {
          removeEnglish(output, node.arguments[0]);
        }
        if (isMsgCall(node) && node.arguments[1]?.type === 'ObjectExpression') {
          for (const property of node.arguments[1].properties) {
            if (property.key?.name === 'desc' && property.value.type === 'Literal') {
              // Remove the property and the comma before it: `{ id: 'x', desc: '…' }` → `{ id: 'x' }`.
              const comma = code.lastIndexOf(',', property.start);
              output.remove(comma, property.end);
            }
          }
        }
      });
      return output.hasChanged()
        ? { code: output.toString(), map: output.generateMap({ hires: true }) }
        : null;
    },
  };
  return englishApart ? [englishFromItsOwnFile(), compact] : [compact];
}
