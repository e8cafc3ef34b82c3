import { css } from 'lit';
import { fieldStyles, tokens } from '../shared/tokens.js';

export const styles = [
  tokens,
  fieldStyles,
  css`
    h3 {
      margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
      color: var(--_primary);
      font-size: 1.25rem;
      line-height: 1.25;
    }

    details.folded {
      margin-block: calc(var(--_space) / 2);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      padding: calc(var(--_space) / 2) var(--_space);
    }

    details.folded > summary {
      cursor: pointer;
      color: var(--_primary);
      font-weight: 600;
    }

    .error-summary {
      margin-block: var(--_space);
      border: 4px solid var(--_error);
      padding: var(--_space);
    }

    .error-summary h3 {
      margin-top: 0;
      color: var(--_text);
    }

    .error-summary a {
      color: var(--_error);
      font-weight: 600;
    }

    .amendment-fields,
    .confirmations {
      margin: 0.25rem 0;
      color: var(--_muted);
    }

    @media (forced-colors: active) {
      .error-summary {
        border-color: CanvasText;
      }
    }
  `,
];
