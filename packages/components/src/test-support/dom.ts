// Helpers for element tests: find things through shadow roots, wait for
// nested elements to render, and type as a person would.
import type { ReactiveElement } from 'lit';

type Root = Document | Element | ShadowRoot;

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Root, selector: string): T[] {
  const found: T[] = Array.from(root.querySelectorAll<T>(selector));
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  if (root instanceof Element && root.shadowRoot)
    found.push(...deepQueryAll<T>(root.shadowRoot, selector));
  return found;
}

/** The first element matching `selector` through shadow roots; throws when there is none. */
export function deep<T extends Element = HTMLInputElement>(root: Root, selector: string): T {
  const [found] = deepQueryAll<T>(root, selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

/** Waits until the element and every custom element inside it have finished rendering. */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const elements = [root, ...deepQueryAll(root, '*')].filter(
      (element): element is ReactiveElement => 'updateComplete' in element,
    );
    const pending = await Promise.all(elements.map((element) => element.updateComplete));
    if (pending.every(Boolean)) return;
  }
}

/** Waits until `check` is true, re-rendering in between; for loads from storage. */
export async function until(root: Element, check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settled(root);
  }
  if (!check()) throw new Error('Timed out waiting');
}

/** Puts text into a field the way typing does: the value changes and an input event fires. */
export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The visible text of an element, with white space folded. */
export const text = (element: Node | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
