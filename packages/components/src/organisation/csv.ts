/** A cell as CSV wants it: quoted where it holds a comma, a quote or a line break. */
const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows as CSV text, with a header row; spreadsheets in Danish read UTF-8 with its mark. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return '\ufeff' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Offers `text` as a CSV file, through a `data:` address: the figures are
 * small, and a link that only downloads needs no blob to clean up after.
 */
export function downloadCsv(fileName: string, text: string): void {
  const link = Object.assign(document.createElement('a'), {
    href: `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`,
    download: fileName,
    hidden: true,
  });
  document.body.append(link);
  link.click();
  link.remove();
}
