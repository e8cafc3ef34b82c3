/**
 * Registers a tag once. A tag that is already defined (another copy of the
 * library on the page) is left as it is: redefining would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
