import type { ReactiveController, ReactiveElement } from 'lit';

/** Moves focus to a control once the host has rendered it: after adding or removing list items. */
export class FocusAfterRender implements ReactiveController {
  private selector: string | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Focus the element matching `selector` after the next render. */
  request(selector: string | undefined): void {
    this.selector = selector;
    if (selector) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    // The new item may arrive with the next update, when the state comes from a provider.
    if (!target) return;
    this.selector = undefined;
    target.focus();
  }
}
