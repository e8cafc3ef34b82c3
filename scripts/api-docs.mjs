// Writes docs/api.md from custom-elements.json, which the analyzer makes from
// the elements' JSDoc: the reference for people reading the docs on GitHub or
// npm, with the same content as Storybook's API tables. `--check` fails when
// the committed page differs from what the source says, so the two never drift. It runs
// scripts/core-api-docs.mjs as well, for docs/core-api.md.
import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';

const root = new URL('../', import.meta.url);
const target = new URL('docs/api.md', root);
const manifest = JSON.parse(
  await readFile(new URL('packages/components/custom-elements.json', root), 'utf8'),
);

/** Table cells hold one line, and a pipe would end the cell. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headings, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line), ''].join('\n');
}

function section(title, body) {
  return body ? `### ${title}\n\n${body}\n` : '';
}

function element(declaration) {
  const isPublic = (member) => !member.privacy && !member.static;
  const fields = declaration.members.filter((m) => m.kind === 'field' && isPublic(m));
  const methods = declaration.members.filter((m) => m.kind === 'method' && isPublic(m));
  return [
    `## \`<${declaration.tagName}>\``,
    '',
    `${declaration.summary ?? ''}`,
    '',
    `${declaration.description ?? ''}`,
    '',
    section(
      'Properties and attributes',
      table(
        ['Property', 'Attribute', 'Type', 'Default', 'Description'],
        fields.map((f) => [
          code(f.name),
          code(f.attribute),
          code(f.type?.text),
          code(f.default),
          cell(f.description),
        ]),
      ),
    ),
    section(
      'Methods',
      table(
        ['Method', 'Returns', 'Description'],
        methods.map((m) => [
          code(
            `${m.name}(${(m.parameters ?? [])
              .map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`)
              .join(', ')})`,
          ),
          code(m.return?.type?.text),
          cell(m.description),
        ]),
      ),
    ),
    section(
      'Events',
      table(
        ['Event', 'Type', 'Description'],
        (declaration.events ?? []).map((e) => [
          code(e.name),
          code(e.type?.text),
          cell(e.description),
        ]),
      ),
    ),
    section(
      'Slots',
      table(
        ['Slot', 'Description'],
        (declaration.slots ?? []).map((s) => [
          s.name ? code(s.name) : '(default)',
          cell(s.description),
        ]),
      ),
    ),
    section(
      'Parts',
      table(
        ['Part', 'Description'],
        (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ),
    section(
      'CSS custom properties',
      table(
        ['Property', 'Description'],
        (declaration.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ),
  ].join('\n');
}

// The whole tool first, then the list, then the parts in the order a contract
// shows them. A fixed order: the analyzer lists modules in whatever order its
// file search returns them, which differs from one build to the next. An
// element not named here comes last.
const ORDER = [
  'learning-contract',
  'contract-list',
  'process-tracker',
  'contract-form',
  'party-section',
  'evaluation-checklist',
  'organisation-settings',
  'organisation-overview',
  'partner-board',
];
const place = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => place(a.tagName) - place(b.tagName) || a.tagName.localeCompare(b.tagName));

const page = `# API reference

<!-- Generated from custom-elements.json by scripts/api-docs.mjs (npm run docs:api); do not edit. -->

The six elements' attributes, properties, methods, events, parts and CSS custom properties, as the
source documents them. The same tables are on each element's Docs page in Storybook. How to use them
together: [elements.md](elements.md).

${elements.map(element).join('\n')}`;

const options = { ...(await prettier.resolveConfig(target.pathname)), parser: 'markdown' };
const formatted = await prettier.format(page, options);

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== formatted) {
    console.error(
      "docs/api.md differs from the elements' JSDoc. Run `npm run docs:api` and commit it.",
    );
    process.exit(1);
  }
  console.log("docs/api.md matches the elements' JSDoc.");
} else {
  await writeFile(target, formatted);
  console.log('docs/api.md written.');
}

// Core's reference (docs/core-api.md), from its index, written and checked alongside.
await import('./core-api-docs.mjs');
