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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  plugins: [documentedEventsWithTypes, dropHelperDefinition],
};
