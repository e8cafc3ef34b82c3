import { fieldStyles, tokens } from '../shared/tokens.js';

export const styles = [tokens, fieldStyles];
