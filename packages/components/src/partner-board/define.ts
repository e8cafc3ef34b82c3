// The events' types (HTMLElementEventMap) come with the tag, for addEventListener.
import '../events.js';
import { PartnerBoardElement } from './partner-board.js';
import { defineElement } from '../shared/define-element.js';

defineElement('partner-board', PartnerBoardElement);

declare global {
  interface HTMLElementTagNameMap {
    'partner-board': PartnerBoardElement;
  }
}
