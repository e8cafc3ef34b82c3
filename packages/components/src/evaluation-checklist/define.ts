// The events' types (HTMLElementEventMap) come with the tag, for addEventListener.
import '../events.js';
import { defineElement } from '../shared/define-element.js';
import { EvaluationChecklistElement } from './evaluation-checklist.js';

defineElement('evaluation-checklist', EvaluationChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'evaluation-checklist': EvaluationChecklistElement;
  }
}
