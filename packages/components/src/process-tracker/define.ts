// The events' types (HTMLElementEventMap) come with the tag, for addEventListener.
import '../events.js';
import { ProcessTrackerElement } from './process-tracker.js';
import { defineElement } from '../shared/define-element.js';

defineElement('process-tracker', ProcessTrackerElement);

declare global {
  interface HTMLElementTagNameMap {
    'process-tracker': ProcessTrackerElement;
  }
}
