import type { Step } from '@kollegalaering/core';
import { msg } from './msg.js';

/** The name of each step of the process, in the rendering locale. */
export function stepName(state: Step): string {
  switch (state) {
    case 'introduced':
      return msg('Introduction', {
        id: 'step.introduced',
        desc: 'Step 1: the tool is introduced at the workplace (a noun, like the other steps)',
      });
    case 'agreement':
      return msg('Agreement', {
        id: 'step.agreement',
        desc: 'Step 2: partners fill in the contract and leaders approve',
      });
    case 'learning':
      return msg('Learning', { id: 'step.learning', desc: 'Step 3: the learning runs' });
    case 'evaluation':
      return msg('Evaluating together', {
        id: 'step.evaluation',
        desc: 'Step 4: the partners evaluate',
      });
    case 'closing':
      return msg('Closing conversation with the leaders', {
        id: 'step.closing',
        desc: 'Step 5: closing conversation with the leaders',
      });
  }
}

/** Said when every step is done. */
export const completedMessage = () =>
  msg('The learning contract is completed.', {
    id: 'step.completedMessage',
    desc: 'Shown when all five steps are done, and when someone tries to move on from there',
  });
