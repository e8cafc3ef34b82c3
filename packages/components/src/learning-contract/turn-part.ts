// The part of <learning-contract> fetched by import() as the element connects,
// with its Danish texts: the panel at the top that says whose turn it is, what
// the person has signed, and the question asked before a step that cannot be
// undone. The first download of a page leaves it out; it arrives while the
// contract loads. <contract-list> takes its lines about whose turn it is from
// here too, so that they are one file, not a third one shared by the two.
export { templates as danish } from '../locales/da-turn.js';
export { renderTurnPanel } from './turn-panel.js';
export { renderQuestion } from './confirm-question.js';
export { renderSigned } from './signed-line.js';
export { renderSummaryButton } from './summary-button.js';
export { renderOwnCopies } from './own-copies.js';
export { waitingText, yoursText } from '../i18n/turn-texts.js';
