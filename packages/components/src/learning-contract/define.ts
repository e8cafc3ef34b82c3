// The events' types (HTMLElementEventMap) come with the tag, for addEventListener.
import '../events.js';
import '../contract-form/define.js';
import '../process-tracker/define.js';
import { defineElement } from '../shared/define-element.js';
import { LearningContractElement } from './learning-contract.js';

defineElement('learning-contract', LearningContractElement);

declare global {
  interface HTMLElementTagNameMap {
    'learning-contract': LearningContractElement;
  }
}
