import { LearningContractElement } from './learning-contract.js';

if (!customElements.get('learning-contract')) {
  customElements.define('learning-contract', LearningContractElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'learning-contract': LearningContractElement;
  }
}
