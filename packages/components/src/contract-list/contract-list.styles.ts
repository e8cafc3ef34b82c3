import { css } from 'lit';

/** The list's own styles, beside the shared tokens and field styles the element starts with. */
export const styles = css`
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.25;
  }

  h3 {
    margin-top: var(--_space);
    font-size: 1.05em;
  }

  .contracts {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contracts > li {
    border-left: 4px solid var(--_line);
    padding: 0.25rem 0 0.25rem calc(var(--_space) / 2);
  }

  .contracts > li:has(.yours) {
    border-left-color: var(--_primary);
  }

  /* The name is the way in, as a link or as a button that looks like one. */
  .open {
    display: inline;
    min-height: 0;
    border: 0;
    padding: 0;
    color: var(--_primary);
    background: none;
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .turns {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }

  .yours {
    font-weight: 600;
  }

  .meta {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  [role='status']:empty {
    display: none;
  }

  [part='new'] {
    margin-top: var(--_space);
  }
`;
