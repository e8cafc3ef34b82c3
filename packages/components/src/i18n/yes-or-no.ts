import { msg } from './msg.js';

/** A ticked or unticked box, in words: on paper, and in the comparison of two copies. */
export const yesOrNo = (ticked: boolean) =>
  ticked
    ? msg('Yes', { id: 'print.yes', desc: 'A ticked box on paper' })
    : msg('No', { id: 'print.no', desc: 'An unticked box on paper' });
