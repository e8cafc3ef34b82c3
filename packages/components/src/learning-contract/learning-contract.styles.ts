import { css } from 'lit';

export const styles = css`
  :host {
    /* Private variables take the public --lc-* tokens, with defaults that meet WCAG AA contrast. */
    --_primary: var(--lc-color-primary, #0a4f8c);
    --_text: var(--lc-color-text, #1b1b1b);
    --_muted: #4a4a4a;
    --_background: var(--lc-color-background, #ffffff);
    --_border: #6b6b6b;
    --_error: #b00020;
    --_space: var(--lc-space, 1rem);
    --_radius: var(--lc-radius, 4px);
    --_focus: var(--lc-focus-ring, 3px solid #ffbf47);

    display: block;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--lc-font-family, inherit);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  article {
    max-width: 48rem;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }

  h2,
  h3 {
    color: var(--_primary);
    line-height: 1.25;
  }

  h2 {
    margin: 0;
    font-size: 1.6rem;
  }

  h3 {
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
    font-size: 1.25rem;
  }

  .status {
    margin: 0;
    color: var(--_muted);
  }

  .error {
    border-left: 4px solid var(--_error);
    padding: calc(var(--_space) / 2) var(--_space);
    color: var(--_error);
  }

  fieldset {
    margin: 0 0 var(--_space);
    border: 1px solid #c8c8c8;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space) var(--_space);
  }

  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: calc(var(--_space) / 2);
  }

  .field.checkbox {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
  }

  label {
    font-weight: 500;
  }

  input:not([type='checkbox']),
  textarea,
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    color: inherit;
    background: var(--_background);
    font: inherit;
  }

  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  textarea {
    resize: vertical;
  }

  button {
    min-height: 2.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    color: #ffffff;
    background: var(--_primary);
    font: inherit;
    cursor: pointer;
  }

  button.secondary {
    color: var(--_primary);
    background: transparent;
  }

  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
