import { defineElement } from '../shared/define-element.js';
import { PartySectionElement } from './party-section.js';

defineElement('party-section', PartySectionElement);

declare global {
  interface HTMLElementTagNameMap {
    'party-section': PartySectionElement;
  }
}
