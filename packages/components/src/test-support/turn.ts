// Helpers for tests of <learning-contract>'s panel at the top and its actions.
import type { LearningContractElement } from '../learning-contract/learning-contract.js';
import { deepQueryAll, settled, text } from './dom.js';

/** The panel's text, and its heading's. */
export const panel = (el: LearningContractElement) => text(el.shadowRoot!.querySelector('.turn'));
export const heading = (el: LearningContractElement) =>
  text(el.shadowRoot!.querySelector('.turn h3'));

/** The names of the buttons that take a step, without printing and downloading. */
export const actionButtons = (el: LearningContractElement) =>
  deepQueryAll(el, '.actions button[data-action]')
    .filter((button) => !['print', 'download', 'cancel'].includes(button.dataset['action']!))
    .map(text);

/** Clicks the actions box's button named `name`, and waits for what follows. */
export async function press(el: LearningContractElement, name: string) {
  const button = deepQueryAll<HTMLButtonElement>(el, '.actions button').find(
    (candidate) => text(candidate) === name,
  );
  if (!button) throw new Error(`No button ${name}`);
  button.click();
  await settled(el);
}
