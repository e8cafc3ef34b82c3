import { sendKeys } from '@web/test-runner-commands';

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab, as a person would, until the focused element matches; throws after `max` presses. */
export async function tabTo(matches: (element: Element) => boolean, max = 150): Promise<Element> {
  for (let press = 0; press < max; press++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error('Tabbed through the page without reaching the element');
}

/** A matcher for a button by its visible text. */
export const buttonNamed = (name: string) => (element: Element) =>
  element.tagName === 'BUTTON' && (element.textContent ?? '').replace(/\s+/g, ' ').trim() === name;

/** A matcher for a control by its id. */
export const controlWithId = (id: string) => (element: Element) => element.id === id;
