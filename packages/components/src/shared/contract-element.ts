import type { LearningContract, Perspective } from '@kollegalaering/core';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { ContractBinding } from '../state/contract-binding.js';

/**
 * What every element that shows a part of the contract has, so that such an
 * element is its render and its own state: the contract from the
 * `<learning-contract>` around it or from its own properties (`binding`), the
 * locale of the nearest `lang` (`localization`), and typed text painted before
 * the element re-renders. One level deep: an element extends this and nothing
 * extends an element. An element that words a property its own way says so in
 * its class JSDoc (`@property readonly - …`).
 */
export class ContractElement extends LitElement {
  /** The contract, when used on its own: a plain object. An invalid one fires `contract-error` and is not shown. */
  @property({ attribute: false })
  contract: LearningContract | undefined;

  /** Who is looking: `party-a`, `party-b`, `leader-a`, `leader-b` or `supervisor`. */
  @property({ reflect: true })
  perspective: Perspective = 'party-a';

  /** Shows the contract without letting anyone change it. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** The section configuration (see docs/sections.md), when used on its own. */
  @property({ attribute: false })
  config: unknown = undefined;

  protected readonly localization = new LocaleController(this);
  protected readonly binding = new ContractBinding(this);

  // Paint first: after typed text, the next update waits for the frame that shows it.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.binding.afterTyping(() => super.scheduleUpdate());
  }
}
