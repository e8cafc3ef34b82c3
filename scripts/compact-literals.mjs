// A build plugin for our own element sources. Lit templates and styles are
// written readably, with newlines and indentation that the browser ignores;
// bundlers keep that text as it is. This plugin
//  - folds line breaks and indentation inside html`` and css`` (the same
//    rendering: no template of ours uses <pre>, a textarea body or a line
//    break between two inline tags that needs a space), and
//  - removes the `desc` of msg() calls, which only the translation extractor reads.
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
 * Spaces around braces, semicolons and commas, and after a colon, carry no
 * meaning in our styles; a line break elsewhere becomes one space.
 */
const compactCss = (text) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':');

const isMsgCall = (node) =>
  node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg';

/** @returns {import('vite').Plugin} */
export function compactLiterals() {
  return {
    name: 'kollegalaering-compact-literals',
    enforce: 'post',
    transform(code, id) {
      if (!/packages[\\/]components[\\/]src[\\/].*\.ts$/.test(id) || /\.test\.ts$/.test(id))
        return null;
      const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
      const output = new MagicString(code);
      visit(ast, (node) => {
        if (node.type === 'TaggedTemplateExpression' && TAGS.has(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const folded = node.tag.name === 'css' ? compactCss(raw) : compactHtml(raw);
            if (folded !== raw && quasi.end > quasi.start)
              output.overwrite(quasi.start, quasi.end, folded);
          }
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
}
