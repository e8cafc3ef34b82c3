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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  plugins: [dropNamelessEvents],
};
