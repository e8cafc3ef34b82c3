/**
 * Offers `data` to the person as a JSON file. The link lives only for the
 * click, and its blob URL a minute, long enough for the browser to start.
 */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Letters a file name can carry on every system: "Mette Larsen" → "mette-larsen", "Søren Ågård" → "soeren-aagaard". */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/**
 * The name of a downloaded copy: the contract, whose copy it is (by name
 * where one is written) and the day, so that a folder of them sorts and reads
 * like the printed copies: `laeringskontrakt-k1-mette-larsen-2026-12-01.json`.
 */
export function copyFileName(contractId: string, whose: string, day: Date): string {
  const parts = [
    'laeringskontrakt',
    slug(contractId) || 'ny',
    slug(whose),
    day.toISOString().slice(0, 10),
  ];
  return `${parts.filter(Boolean).join('-')}.json`;
}
