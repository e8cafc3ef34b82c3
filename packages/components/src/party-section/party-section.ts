import { type GroupSpec, type Party } from '@kollegalaering/core';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { fieldContext } from '../shared/field-context.js';
import { editFromListClick } from '../shared/field-events.js';
import { FocusAfterRender } from '../shared/focus-after-render.js';
import { renderGroup } from '../shared/render-fields.js';
import { ContractElement } from '../shared/contract-element.js';
import { styles } from './party-section.styles.js';

/** The groups that make up one party's block: who they are, their goals, their leader. */
const PARTY_GROUPS = ['parties', 'purpose', 'leaders'] as const;

/**
 * One party's block of the contract: who they are, their goals and their
 * leader, as the party fills it in.
 *
 * @summary Party A's or party B's own block: identity, goals, leader.
 *
 * @tagname party-section
 *
 * @property readonly - Shows the block without letting anyone change it.
 * @property config - A section configuration, to relabel sections (see the docs).
 *
 * @fires contract-change - On its own, after each edit. Inside `<learning-contract>`, that element fires it.
 *
 * @cssprop --lc-color-primary - Buttons. Default: #0a4f8c.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class PartySectionElement extends ContractElement {
  static override styles = styles;

  /** Whose block: `a` or `b`. */
  @property({ reflect: true })
  party: Party = 'a';

  private readonly focusAfterRender = new FocusAfterRender(this);

  /** This party's groups from the identity, goals and leader sections. */
  private groups(): GroupSpec[] {
    const sections = this.binding.state?.sections ?? [];
    return PARTY_GROUPS.flatMap(
      (id) => sections.find((section) => section.id === id)?.groups ?? [],
    ).filter((group) => group.fields.some((field) => field.path[1] === this.party));
  }

  protected override render() {
    const state = this.binding.state;
    if (!state) return nothing;
    const ctx = fieldContext(state, this.localization.locale);
    return html`<div
      @input=${this.binding.onInput}
      @change=${this.binding.onInput}
      @click=${this.onClick}
    >
      ${this.groups().map((group) => renderGroup(group, ctx))}
    </div>`;
  }

  private readonly onClick = (event: Event) => {
    const state = this.binding.state;
    if (state) this.focusAfterRender.request(editFromListClick(event, state));
  };
}
