// Writes the React and Vue typings from custom-elements.json, so that editors
// complete our tags, properties and events in JSX and Vue templates. The
// manifest says which properties and events each tag has; their types come
// from the element classes themselves (Pick<…>), so nothing is typed twice.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const packageRoot = new URL('../', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', packageRoot), 'utf8'));

/** Tags with their class, public properties and events, read from the manifest. */
function elementsOf(customElementsManifest) {
  return customElementsManifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName,
      className: declaration.name,
      summary: declaration.summary ?? '',
      properties: (declaration.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly)
        .map((m) => m.name),
      events: (declaration.events ?? []).map((event) => ({
        name: event.name,
        type: event.type?.text ?? 'Event',
        description: event.description ?? '',
      })),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const doc = (text, indent) => (text ? `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n` : '');
const quoted = (names) => names.map((name) => `'${name}'`).join(' | ') || 'never';

function imports(elements) {
  const classes = elements.map((element) => element.className);
  // The browser's own event types are global; ours come from the package.
  const events = [
    ...new Set(elements.flatMap((element) => element.events.map((e) => e.type))),
  ].filter((type) => !['Event', 'CustomEvent'].includes(type));
  return `import type { ${[...classes, ...events].sort().join(', ')} } from '../index.js';\n`;
}

/** React 19 sets a prop as a property when the element has one, and `on<event>` adds a listener. */
function reactTypes(elements) {
  const entries = elements.map((element) => {
    const events = element.events
      .map(
        (e) =>
          `${doc(e.description, '        ')}        'on${e.name}'?: (event: ${e.type}) => void;\n`,
      )
      .join('');
    return (
      doc(element.summary, '      ') +
      `      '${element.tag}': ReactElementProps<${element.className}, ${quoted(element.properties)}> & {\n${events}      };\n`
    );
  });
  return `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements)}
type ReactElementProps<E extends HTMLElement, P extends keyof E> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  Partial<Pick<E, P>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('')}    }
  }
}
`;
}

/** Vue checks `@contract-change` against an `onContractChange` prop. */
function vueTypes(elements) {
  const entries = elements.map((element) => {
    const events = element.events
      .map(
        (e) =>
          `${doc(e.description, '      ')}      ${camel(`on-${e.name}`)}?: (event: ${e.type}) => void;\n`,
      )
      .join('');
    return (
      doc(element.summary, '    ') +
      `    '${element.tag}': DefineComponent<\n      Partial<Pick<${element.className}, ${quoted(element.properties)}>> & {\n${events}      }\n    >;\n`
    );
  });
  return `${header}import type { DefineComponent } from 'vue';
${imports(elements)}
declare module 'vue' {
  interface GlobalComponents {
${entries.join('')}  }
}
`;
}

const header = `// Generated from custom-elements.json by scripts/framework-types.mjs; do not edit.\n`;

const elements = elementsOf(manifest);
const out = new URL('dist/frameworks/', packageRoot);
await mkdir(out, { recursive: true });
await writeFile(new URL('react.d.ts', out), reactTypes(elements));
await writeFile(new URL('vue.d.ts', out), vueTypes(elements));
// An empty module, so `import '@kollegalaering/components/react-types'` also resolves at run time.
await writeFile(new URL('react.js', out), 'export {};\n');
await writeFile(new URL('vue.js', out), 'export {};\n');
