import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEmptyContract } from '../create-contract.js';
import {
  EMPTY_SETTINGS,
  parseOrganisationSettings,
  startingSettings,
} from './organisation-settings.js';

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

const FORMAL = {
  ...EMPTY_SETTINGS,
  sections: {
    process: { mode: 'formal' as const, themes: [{ da: 'Digitalisering' }, { da: 'Jura' }] },
  },
  presetGoals: {
    Digitalisering: ['Kende de digitale arbejdsgange', 'Kunne hjælpe borgere med MitID'],
  },
};

test('preset goals are kept per theme the organisation lists, and a theme it does not list is refused', () => {
  assert.equal(parseOrganisationSettings(FORMAL).ok, true);
  const unknown = parseOrganisationSettings({ ...FORMAL, presetGoals: { Økonomi: ['Budget'] } });
  assert.equal(unknown.ok, false);
  assert.deepEqual(!unknown.ok && unknown.issues[0], {
    path: ['presetGoals', 'Økonomi'],
    code: 'invalid-option',
  });
  const empty = parseOrganisationSettings({ ...FORMAL, presetGoals: { Jura: [''] } });
  assert.deepEqual(!empty.ok && empty.issues[0]?.path, ['presetGoals', 'Jura', 0]);
});

test('a formal contract started under a theme starts with its preset goals for both parties', () => {
  const started = startingSettings(FORMAL, ' digitalisering ');
  assert.equal(started.theme, 'Digitalisering', 'spelt as the organisation lists it');
  assert.deepEqual(started.presetGoals.a, FORMAL.presetGoals.Digitalisering);
  assert.deepEqual(started.presetGoals.b, FORMAL.presetGoals.Digitalisering);
  const contract = createEmptyContract({ id: 'x', settings: started });
  assert.deepEqual(
    contract.goals.a.map((goal) => [goal.text, goal.preset]),
    [
      ['Kende de digitale arbejdsgange', true],
      ['Kunne hjælpe borgere med MitID', true],
    ],
  );
  assert.deepEqual(startingSettings(FORMAL, 'Jura').presetGoals, { a: [], b: [] });
  assert.deepEqual(startingSettings(FORMAL, 'Strikning').theme, 'Strikning');
  const informal = {
    ...FORMAL,
    sections: { process: { ...FORMAL.sections.process, mode: 'informal' as const } },
  };
  assert.deepEqual(startingSettings(informal, 'Digitalisering').presetGoals, { a: [], b: [] });
  assert.equal(startingSettings(EMPTY_SETTINGS).mode, 'informal');
});
