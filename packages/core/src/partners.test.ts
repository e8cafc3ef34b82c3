import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  filterPartners,
  parsePartnerEntry,
  partnerMatch,
  rankPartners,
  themesInUse,
  type PartnerEntryInput,
} from './partners.js';

const entry = (
  name: string,
  department: string,
  teach: string[],
  learn: string[],
): PartnerEntryInput => ({
  name,
  department,
  teach: { text: '', themes: teach },
  learn: { text: '', themes: learn },
});

const me = entry('Mette', 'Hjemmeplejen', ['Forflytning'], ['Sygedagpenge', 'Excel']);

test('an entry is trimmed, needs a name and a department, and keeps each theme once', () => {
  const parsed = parsePartnerEntry({
    name: ' Mette ',
    department: 'Hjemmeplejen',
    teach: { text: ' Forflytning ', themes: ['Forflytning', 'forflytning ', ' Demens'] },
    learn: { text: '', themes: [] },
  });
  assert.ok(parsed.ok);
  assert.equal(parsed.value.name, 'Mette');
  assert.deepEqual(parsed.value.teach.themes, ['Forflytning', 'Demens']);
  const refused = parsePartnerEntry({ ...parsed.value, department: '  ' });
  assert.ok(!refused.ok);
  assert.deepEqual(refused.issues[0]?.path, ['department']);
  assert.ok(!parsePartnerEntry({ ...parsed.value, name: 'x'.repeat(121) }).ok);
});

test('a match is what I want to learn that you teach, and the other way round', () => {
  const jonas = entry('Jonas', 'Jobcentret', ['sygedagpenge'], ['Forflytning']);
  const match = partnerMatch(me, jonas);
  assert.deepEqual(match.theyTeach, ['Sygedagpenge']);
  assert.deepEqual(match.iTeach, ['Forflytning']);
  assert.equal(match.otherDepartment, true);
  assert.equal(partnerMatch(me, entry('Ole', 'Jobcentret', ['Jura'], ['Jura'])).score, 0);
});

test('matches come first: both ways, then across departments, then the rest by name', () => {
  const entries = [
    entry('Anders', 'Jobcentret', ['Jura'], []),
    entry('Bente', 'Hjemmeplejen', ['Excel'], []),
    entry('Carl', 'Skolen', ['Excel'], []),
    entry('Dorte', 'Jobcentret', ['Sygedagpenge'], ['Forflytning']),
  ];
  assert.deepEqual(
    rankPartners(entries, me).map((r) => r.entry.name),
    ['Dorte', 'Carl', 'Bente', 'Anders'],
  );
  assert.deepEqual(
    rankPartners(entries, null).map((r) => r.entry.name),
    ['Anders', 'Bente', 'Carl', 'Dorte'],
  );
});

test('the board filters by theme, department and words', () => {
  const entries = [me, entry('Jonas', 'Jobcentret', ['Sygedagpenge'], ['Forflytning'])];
  assert.deepEqual(
    filterPartners(entries, { theme: 'forflytning' }).map((e) => e.name),
    ['Mette', 'Jonas'],
  );
  assert.deepEqual(
    filterPartners(entries, { department: 'jobcentret' }).map((e) => e.name),
    ['Jonas'],
  );
  assert.deepEqual(
    filterPartners(entries, { text: 'mette hjemme' }).map((e) => e.name),
    ['Mette'],
  );
  assert.deepEqual(themesInUse(entries), ['Excel', 'Forflytning', 'Sygedagpenge']);
});
