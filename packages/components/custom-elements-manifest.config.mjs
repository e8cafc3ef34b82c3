// The analyzer also lists each `dispatchEvent(new SomeEvent(...))` it cannot name;
// the events are documented with @fires on the class, so those nameless rows go.
const dropNamelessEvents = {
  name: 'drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events)
          declaration.events = declaration.events.filter((event) => event.name);
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
  plugins: [dropNamelessEvents, dropHelperDefinition],
};
