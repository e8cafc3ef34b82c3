import { css } from 'lit';
import { fieldStyles, tokens } from '../shared/tokens.js';

export const styles = [
  tokens,
  fieldStyles,
  css`
    .progress {
      margin: 0 0 calc(var(--_space) / 2);
      font-weight: 600;
    }

    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .private {
      color: var(--_muted);
    }
  `,
];
