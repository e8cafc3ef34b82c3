import { msg } from './msg.js';

/** Said where a part loaded when needed could not be fetched (offline before it was ever needed). */
export const partFailedText = () =>
  msg('This part of the page could not be loaded. Check the connection and reload.', {
    id: 'lazy.failed',
    desc: 'A part loaded when needed could not be fetched (offline)',
  });
