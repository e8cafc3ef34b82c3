import { css } from 'lit';
import { tokens } from '../shared/tokens.js';
import { buttons } from './buttons.styles.js';

export const styles = [
  tokens,
  buttons,
  css`
    fieldset {
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) / 2) var(--_space) var(--_space);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }

    legend {
      font-weight: 600;
    }

    label {
      display: block;
      margin-block: 0.5rem 0.25rem;
    }

    input,
    textarea {
      box-sizing: border-box;
      width: 100%;
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.375rem;
    }

    input[type='radio'] {
      width: auto;
      margin-inline-end: 0.5rem;
    }

    /* Two fields and their button side by side, each on a line of its own where they do not fit. */
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      align-items: end;
    }

    .row > div {
      flex: 1 1 12rem;
      min-width: 0;
    }

    button.save {
      color: var(--_background);
      background: var(--_primary);
    }

    .issues {
      color: var(--_error);
    }

    .hint {
      margin: 0.25rem 0 0.5rem;
    }

    .preview {
      border: 2px dashed var(--_line);
      padding: var(--_space);
    }
  `,
];
