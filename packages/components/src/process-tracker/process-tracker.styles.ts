import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

export const styles = [
  tokens,
  css`
    ol {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: calc(var(--_space) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .steps > li {
      border-top: 4px solid var(--_line);
      padding-top: 0.5rem;
    }

    .steps > li.done {
      border-top-color: var(--_success);
    }

    .steps > li.unused {
      border-top-style: dashed;
    }

    .steps > li[aria-current='step'] {
      border-top-color: var(--_primary);
    }

    .name {
      display: block;
      font-weight: 600;
    }

    .status {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }

    li[aria-current='step'] .status {
      color: var(--_primary);
      font-weight: 600;
    }

    ul {
      margin: 0.25rem 0 0;
      padding-left: 1.1rem;
      font-size: 0.9em;
    }

    /* A leader's comment, on its own line, with the line breaks it was written with. */
    .comment {
      display: block;
      white-space: pre-wrap;
    }

    details {
      margin-top: 0.25rem;
      font-size: 0.9em;
    }

    summary {
      cursor: pointer;
      color: var(--_primary);
    }

    .completed {
      margin: var(--_space) 0 0;
      font-weight: 600;
      color: var(--_success);
    }

    @media (forced-colors: active) {
      li,
      li.done,
      li[aria-current='step'] {
        border-top-color: CanvasText;
      }
      li[aria-current='step'] {
        border-top-width: 8px;
      }
    }
  `,
];
