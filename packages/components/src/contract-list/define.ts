// The events' types (HTMLElementEventMap) come with the tag, for addEventListener.
import '../events.js';
import { ContractListElement } from './contract-list.js';
import { defineElement } from '../shared/define-element.js';

defineElement('contract-list', ContractListElement);

declare global {
  interface HTMLElementTagNameMap {
    'contract-list': ContractListElement;
  }
}
