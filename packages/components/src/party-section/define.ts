// The events' types (HTMLElementEventMap) come with the tag, for addEventListener.
import '../events.js';
import { defineElement } from '../shared/define-element.js';
import { PartySectionElement } from './party-section.js';

defineElement('party-section', PartySectionElement);

declare global {
  interface HTMLElementTagNameMap {
    'party-section': PartySectionElement;
  }
}
