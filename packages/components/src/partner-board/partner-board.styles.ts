import { css } from 'lit';

export const partnerBoardStyles = css`
  :host {
    display: block;
  }

  section {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .card {
    border: 1px solid var(--_border, #6b6b6b);
    border-radius: 4px;
    padding: var(--_space);
  }

  .card h3 {
    margin: 0 0 0.25rem;
  }

  .match {
    font-weight: 600;
    margin: 0.25rem 0;
  }

  .themes {
    margin: 0.25rem 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }

  .filters .field {
    margin: 0;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block-start: calc(var(--_space) / 2);
  }

  .value {
    white-space: pre-wrap;
  }
`;
