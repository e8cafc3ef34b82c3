import { nextState, type Action, type LearningContract } from '@kollegalaering/core';
import { msg } from '../i18n/msg.js';

/** The text of an action's button; moving on says where to. */
export function actionLabel(action: Action, contract: LearningContract): string {
  switch (action) {
    case 'end-early':
      return contract.process.endEarly
        ? msg('End the learning early', {
            id: 'action.endEarly.agree',
            desc: 'A party agrees to the other’s request to end the learning before its end date',
          })
        : msg('Ask to end the learning early', {
            id: 'action.endEarly.ask',
            desc: 'A party asks the other to end the learning before its end date',
          });
    case 'confirm-closing':
      return msg('Confirm the closing conversation was held', {
        id: 'action.confirmClosing',
        desc: 'A leader confirms the closing conversation with their employee; the second completes the contract',
      });
    case 'accept':
      return msg('Accept the contract and ask the leaders to approve it', {
        id: 'action.accept',
        desc: 'A party accepts the contract',
      });
    case 'approve':
      return msg('Approve the contract', {
        id: 'action.approve',
        desc: 'A leader approves the contract',
      });
    case 'confirm-amendment':
      return msg('Confirm the change', {
        id: 'action.confirmAmendment',
        desc: 'Confirm an amendment',
      });
    case 'advance':
      switch (nextState(contract.process.state)) {
        case 'agreement':
          return msg('Hand the contract on to the parties', {
            id: 'action.toAgreement',
            desc: 'Formal mode: the leader has set the goals and moves on to step 2',
          });
        case 'learning':
          return msg('Start the learning', {
            id: 'action.toLearning',
            desc: 'Move on to step 3',
          });
        case 'evaluation':
          return msg('Move on to evaluating together', {
            id: 'action.toEvaluation',
            desc: 'Move on to step 4',
          });
        default:
          return msg('Move on to the closing conversation', {
            id: 'action.toClosing',
            desc: 'Move on to step 5',
          });
      }
  }
}

/** The button that prints the person's copy for the personnel file, or saves it as a PDF (the actions box, the retention notice). */
export const printLabel = () =>
  msg('Print or save as PDF', {
    id: 'actions.print',
    desc: 'Prints the person’s own copy (for the personnel file); the print dialog can save it as a PDF',
  });
