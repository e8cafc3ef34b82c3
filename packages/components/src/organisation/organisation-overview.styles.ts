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

    .bar svg {
      width: 70%;
      height: 1.25rem;
    }

    rect {
      fill: var(--_primary);
    }

    rect.second {
      fill: var(--_success);
    }

    rect.under {
      fill: var(--_background);
      stroke: var(--_border);
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
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
      rect,
      .swatch {
        background: CanvasText;
        forced-color-adjust: none;
      }
    }
  `,
];
