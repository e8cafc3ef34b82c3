// Each part of the API is documented in one place: docs/api.md, generated from
// the elements' JSDoc. The guides explain and link; they keep no tables of
// attributes, properties, events, parts or tokens that could drift from it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const API_HEADERS = /^\|\s*(Attribute|Property|Event|Part|Token|Method)\s*\|/m;

for (const guide of ['elements.md', 'theming.md', 'getting-started.md', 'embedding.md']) {
  test(`docs/${guide} repeats no API table by hand, and links to the reference`, async () => {
    const text = await readFile(new URL(`../../docs/${guide}`, import.meta.url), 'utf8');
    assert.doesNotMatch(text, API_HEADERS);
    if (guide !== 'embedding.md') assert.match(text, /\(api\.md\)|\(elements\.md\)/);
  });
}
