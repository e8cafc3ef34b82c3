import { defineElement } from '../shared/define-element.js';
import { EvaluationChecklistElement } from './evaluation-checklist.js';

defineElement('evaluation-checklist', EvaluationChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'evaluation-checklist': EvaluationChecklistElement;
  }
}
