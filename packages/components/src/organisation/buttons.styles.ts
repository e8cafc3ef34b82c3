import { css } from 'lit';

/** The buttons of both organisation elements: outlined in the primary colour. */
export const buttons = css`
  button {
    font: inherit;
    color: var(--_primary);
    background: var(--_background);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    margin-block-start: 0.5rem;
    cursor: pointer;
  }
`;
