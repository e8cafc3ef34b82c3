import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_SETTINGS, parseOrganisationSettings } from './organisation-settings.js';

test('settings with sections core accepts, supervisors and links are accepted', () => {
  const result = parseOrganisationSettings({
    sections: { process: { mode: 'formal', themes: [{ da: 'Digitalisering' }] } },
    supervisors: [{ name: 'Ida Holm', email: 'ida@soeby.dk' }],
    links: [{ label: { da: 'Slides' }, url: 'https://intra.soeby.dk/slides' }],
  });
  assert.equal(result.ok, true);
  assert.equal(parseOrganisationSettings(EMPTY_SETTINGS).ok, true);
});

test('sections core refuses are refused, with the path from the settings root', () => {
  const result = parseOrganisationSettings({
    ...EMPTY_SETTINGS,
    sections: { sections: [{ id: 'Bad Id' }] },
  });
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.issues[0]?.path.slice(0, 3), ['sections', 'sections', 0]);
});

test('a link must be https, and a supervisor is listed once', () => {
  const link = parseOrganisationSettings({
    ...EMPTY_SETTINGS,
    links: [{ label: { da: 'x' }, url: 'javascript:alert(1)' }],
  });
  assert.equal(!link.ok && link.issues[0]?.code, 'https-only');
  const twice = parseOrganisationSettings({
    ...EMPTY_SETTINGS,
    supervisors: [
      { name: 'A', email: 'a@x.dk' },
      { name: 'B', email: 'A@x.dk' },
    ],
  });
  assert.equal(!twice.ok && twice.issues[0]?.code, 'duplicate');
});
