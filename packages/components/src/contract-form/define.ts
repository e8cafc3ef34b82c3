// The events' types (HTMLElementEventMap) come with the tag, for addEventListener.
import '../events.js';
import '../evaluation-checklist/define.js';
import { defineElement } from '../shared/define-element.js';
import { ContractFormElement } from './contract-form.js';

defineElement('contract-form', ContractFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'contract-form': ContractFormElement;
  }
}
