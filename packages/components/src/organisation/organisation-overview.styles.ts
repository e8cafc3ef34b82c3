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

    /* A row is its label and its bars side by side, and the label above its bars where they do
       not both fit: every row wraps at the same width, so the bars stay the same length. */
    .bars .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.75rem;
      margin-block-end: 0.25rem;
    }

    .label {
      flex: 1 1 11rem;
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .values {
      flex: 1000 1 14rem;
      min-width: 0;
    }

    .bar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 1.5rem;
    }

    .bar svg {
      flex: 1 1 0;
      min-width: 0;
      height: 1.25rem;
    }

    /* Room for "under 5" in both languages, so that the tracks are as long as each other; a
       longer figure takes more, from its own track, and is never cut. */
    .figure {
      flex: none;
      min-width: 4.5em;
      white-space: nowrap;
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

    svg {
      display: block;
      overflow: visible;
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
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

    /* A table wider than the page (the matrix of many departments, a long word in a narrow
       column) scrolls on its own (WCAG 1.4.10 allows it for a table); the page does not. */
    .scroll {
      max-width: 100%;
      overflow-x: auto;
    }

    caption {
      text-align: start;
    }

    /* The matrix's heading says the same just above: its caption would only be cut at the box's edge. */
    .matrix caption {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    th,
    td {
      padding: 0.25rem 0.375rem;
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
