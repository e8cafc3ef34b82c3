import { css } from 'lit';

/**
 * The public theming tokens (--lc-*), read once into private variables. The
 * defaults meet WCAG 2.1 AA contrast on white. Every element starts its
 * styles with these, so a theme set on any ancestor reaches all of them.
 */
export const tokens = css`
  :host {
    --_primary: var(--lc-color-primary, #0a4f8c);
    --_text: var(--lc-color-text, #1b1b1b);
    --_background: var(--lc-color-background, #ffffff);
    --_error: var(--lc-color-error, #b00020);
    --_muted: #4a4a4a;
    --_border: #6b6b6b;
    --_line: #c8c8c8;
    --_success: #1e6b35;
    --_space: var(--lc-space, 1rem);
    --_radius: var(--lc-radius, 4px);
    --_focus: var(--lc-focus-ring, 3px solid #ffbf47);

    display: block;
    color: var(--_text);
    font-family: var(--lc-font-family, inherit);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Fields, fieldsets, lists and buttons, shared by the elements that render a form. */
export const fieldStyles = css`
  fieldset {
    margin: 0 0 var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space) var(--_space);
  }

  /* An item out of view is not laid out or painted: a keystroke repaints the items near it only. */
  fieldset.item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
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

  .checkbox {
    display: flex;
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
  }

  label {
    font-weight: 500;
  }

  .help {
    margin: 0;
    color: var(--_muted);
  }

  /* What a leader or the supervisor reads but does not change: text, not a locked field. */
  .as-text .label {
    font-weight: 500;
  }

  .as-text .value {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .field-error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
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

  input[readonly],
  textarea[readonly] {
    border-style: dashed;
    background: transparent;
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

  .error,
  .config-error {
    border-left: 4px solid var(--_error);
    padding: calc(var(--_space) / 2) var(--_space);
  }

  .error {
    color: var(--_error);
  }

  .empty {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }

  @media print {
    button {
      display: none;
    }
  }
`;
