import { css } from 'lit';
import { tokens } from '../shared/tokens.js';
import { buttons } from './buttons.styles.js';

export const styles = [
  tokens,
  buttons,
  css`
    h2,
    h3 {
      margin: var(--_space) 0 calc(var(--_space) / 2);
      font-size: 1.125rem;
    }

    section {
      margin-block-end: calc(var(--_space) * 1.5);
    }

    .bars {
      display: grid;
      grid-template-columns: minmax(7rem, max-content) 1fr;
      gap: 0.25rem 0.75rem;
      align-items: center;
      margin: 0;
    }

    .bar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 1.5rem;
    }

    .fill {
      display: block;
      height: 1.25rem;
      min-width: 2px;
      background: var(--_primary);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }

    .fill.second {
      background: var(--_success);
    }

    .fill.under {
      width: 1.5rem;
      background: repeating-linear-gradient(
        45deg,
        var(--_line),
        var(--_line) 3px,
        transparent 3px,
        transparent 6px
      );
      border: 1px solid var(--_border);
    }

    .months {
      display: flex;
      align-items: flex-end;
      gap: 0.75rem;
      overflow-x: auto;
      padding-block-end: 0.25rem;
    }

    svg {
      display: block;
      overflow: visible;
    }

    .legend {
      display: flex;
      gap: var(--_space);
      margin: 0.25rem 0;
      padding: 0;
      list-style: none;
    }

    .swatch {
      display: inline-block;
      width: 0.875rem;
      height: 0.875rem;
      margin-inline-end: 0.25rem;
      vertical-align: middle;
      background: var(--_primary);
    }

    .swatch.second {
      background: var(--_success);
    }

    table {
      border-collapse: collapse;
      margin-block: 0.5rem;
    }

    th,
    td {
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_line);
      text-align: start;
    }

    td.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }

    .matrix td.number.some {
      background: color-mix(in srgb, var(--_primary) 15%, var(--_background));
    }

    .note {
      color: var(--_muted);
    }

    @media (forced-colors: active) {
      .fill,
      .swatch {
        background: CanvasText;
        forced-color-adjust: none;
      }
    }
  `,
];
