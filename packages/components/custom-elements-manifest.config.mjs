import { existsSync } from 'node:fs';

// Events are documented with @fires on the class. The analyzer also guesses a
// row from each `dispatchEvent(new SomeEvent(x))`, naming it after the first
// argument (`problem`, `next`): wrong names, so only documented rows stay. Each
// gets its type from the event class whose static `eventName` matches, so
// editors and the framework typings know what `detail` holds.
const documentedEventsWithTypes = {
  name: 'documented-events-with-types',
  packageLinkPhase({ customElementsManifest }) {
    const classByEvent = new Map();
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        const name = declaration.members?.find((m) => m.static && m.name === 'eventName');
        if (name?.default) classByEvent.set(name.default.replace(/^'|'$/g, ''), declaration.name);
      }
    }
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        declaration.events = declaration.events
          .filter((event) => event.name && event.description)
          .map((event) => {
            const type = classByEvent.get(event.name);
            return type ? { ...event, type: { text: type } } : event;
          });
      }
    }
  },
};

// Tags are registered through one helper (shared/define-element.ts), which the
// analyzer reads as a definition of a tag called `tag`. Each class names its
// tag with @tagname instead, so that row goes.
const dropHelperDefinition = {
  name: 'drop-helper-definition',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      module.exports = (module.exports ?? []).filter(
        (entry) => !(entry.kind === 'custom-element-definition' && entry.name === 'tag'),
      );
    }
  },
};

// The package ships dist/*.js, not src/*.ts: the manifest names the shipped
// files, and says which module registers each tag (each element's define.js,
// and define.js for all six), which the analyzer cannot see through the helper.
const toShipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
const shippedPathsAndDefinitions = {
  name: 'shipped-paths-and-definitions',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules ?? [];
    const elements = modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => ({ module: module.path, declaration })),
    );
    const definitionsIn = (path) =>
      elements
        .filter(
          ({ module }) =>
            path === 'src/define.ts' || module.startsWith(path.replace('define.ts', '')),
        )
        .map(({ module, declaration }) => ({
          kind: 'custom-element-definition',
          name: declaration.tagName,
          declaration: { name: declaration.name, module: toShipped(module) },
        }));
    for (const module of modules) {
      if (module.path.endsWith('/define.ts') || module.path === 'src/define.ts') {
        module.exports = [...(module.exports ?? []), ...definitionsIn(module.path)];
      }
    }
    // Every "module" reference, wherever it sits (declarations, exports, superclasses).
    const rewrite = (value) => {
      if (Array.isArray(value)) return value.forEach(rewrite);
      if (typeof value !== 'object' || value === null) return;
      for (const [key, inner] of Object.entries(value)) {
        if (
          (key === 'module' || key === 'path') &&
          typeof inner === 'string' &&
          /^\/?src\//.test(inner)
        ) {
          value[key] = toShipped(inner);
        } else {
          rewrite(inner);
        }
      }
    };
    rewrite(modules);
    // A module of types alone (list-state.ts) has no .js file in the package.
    customElementsManifest.modules = modules.filter((module) =>
      existsSync(new URL(module.path, import.meta.url)),
    );
  },
};

// The elements that show a part of the contract share `contract`, `perspective`,
// `readonly` and `config` through one base class (shared/contract-element.ts).
// The analyzer lists what a class inherits after its own members: these list
// it first, in the base's order, as the tables read best. An element that
// words one its own way (`@property readonly - …` in its class JSDoc) has that
// wording on the attribute too, not the base's.
const inheritedFirstInOwnWords = {
  name: 'inherited-first-in-own-words',
  packageLinkPhase({ customElementsManifest }) {
    const declarations = (customElementsManifest.modules ?? []).flatMap(
      (module) => module.declarations ?? [],
    );
    const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
    const inBaseOrder = (items, kind) => {
      const rank = (item) => {
        const base = item.inheritedFrom && byName.get(item.inheritedFrom.name);
        const index = base?.[kind]?.findIndex((inherited) => inherited.name === item.name) ?? -1;
        return index === -1 ? Infinity : index;
      };
      // A stable sort: the element's own keep their order after the inherited.
      return items && [...items].sort((a, b) => rank(a) - rank(b));
    };
    for (const declaration of declarations) {
      if (!declaration.tagName || !declaration.superclass?.module) continue;
      declaration.members = inBaseOrder(declaration.members, 'members');
      declaration.attributes = inBaseOrder(declaration.attributes, 'attributes')?.map(
        (attribute) => {
          const field = declaration.members?.find((m) => m.name === attribute.fieldName);
          return field?.description ? { ...attribute, description: field.description } : attribute;
        },
      );
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    documentedEventsWithTypes,
    dropHelperDefinition,
    inheritedFirstInOwnWords,
    shippedPathsAndDefinitions,
  ],
};
