/** Loads a shipped theme as a municipality would, with a <link>; remove the link to unload it. */
export async function withTheme(file: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/packages/components/themes/${file}`;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}
