import { css } from 'lit';
import { fieldStyles, tokens } from '../shared/tokens.js';

export const styles = [
  tokens,
  fieldStyles,
  css`
    :host {
      background: var(--_background);
    }

    article {
      max-width: 52rem;
    }

    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: calc(var(--_space) / 2) var(--_space);
      margin-bottom: var(--_space);
    }

    h2 {
      margin: 0;
      color: var(--_primary);
      font-size: 1.6rem;
      line-height: 1.25;
    }

    h3 {
      margin: 0 0 calc(var(--_space) / 2);
      font-size: 1.25rem;
    }

    .status {
      margin: 0;
      color: var(--_muted);
    }

    .turn {
      margin-bottom: var(--_space);
      border-left: 4px solid var(--_primary);
      padding: calc(var(--_space) / 2) var(--_space);
      background: var(--_background);
    }

    .turn ul {
      margin: 0;
      padding-left: 1.25rem;
    }

    .turn .yours {
      font-weight: 600;
    }

    .turn .warning,
    .turn .withdrawn {
      margin: calc(var(--_space) / 2) 0 0;
    }

    .introduction {
      margin-bottom: var(--_space);
      border: 1px solid var(--_border);
      padding: calc(var(--_space) / 2) var(--_space);
    }

    .introduction summary {
      cursor: pointer;
      font-weight: 600;
    }

    .introduction a {
      color: var(--_primary);
    }

    process-tracker {
      margin-bottom: var(--_space);
    }

    .actions {
      margin-top: calc(var(--_space) * 1.5);
      border-top: 2px solid var(--_primary);
      padding-top: var(--_space);
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }

    .confirm .question {
      margin-top: 0;
      font-weight: 600;
    }

    .confirm,
    .choice,
    .retention {
      margin-bottom: var(--_space);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      padding: var(--_space);
    }

    .table-scroll {
      overflow-x: auto;
      margin-bottom: var(--_space);
    }

    .choice table {
      border-collapse: collapse;
      width: 100%;
    }

    .choice caption {
      text-align: start;
      font-weight: 600;
    }

    .choice th,
    .choice td {
      border-bottom: 1px solid var(--_muted);
      padding: 0.25rem 0.5rem;
      text-align: start;
      vertical-align: top;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
];
