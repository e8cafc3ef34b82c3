import { css } from 'lit';

/** The copy on paper: headings and text, what was typed with its line breaks, notes on a page of their own. */
export const printStyles = css`
  h1 {
    margin: 0 0 0.25rem;
    font-size: 1.6rem;
  }

  h2 {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.25rem;
    break-after: avoid;
  }

  h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1.05rem;
    break-after: avoid;
  }

  .print-for,
  .completion {
    margin: 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 0.5rem;
  }

  /* Only what was typed keeps its line breaks; the markup around it prints no gaps. */
  .value,
  .comment {
    white-space: pre-wrap;
  }

  .comment {
    display: block;
  }

  .signatures ul {
    padding-left: 1.25rem;
  }

  .notes {
    break-before: page;
  }
`;
