/**
 * Elements, in all shadow roots, whose right edge passes the viewport's: what makes a page scroll
 * sideways. Those inside a box that scrolls on its own (`scrolls`, a selector) are left out.
 */
export function overflowing(
  root: Document | ShadowRoot,
  width: number,
  scrolls?: string,
  found: string[] = [],
): string[] {
  for (const element of root.querySelectorAll('*')) {
    if (scrolls && element.closest(scrolls)) continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 0.5) {
      found.push(`${element.localName}.${element.className} (${Math.round(box.right)}px)`);
    }
    if (element.shadowRoot) overflowing(element.shadowRoot, width, scrolls, found);
  }
  return found;
}
