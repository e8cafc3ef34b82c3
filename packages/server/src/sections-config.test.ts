// The organisation's own fields: a field the configuration gives to one party
// is theirs on the server too, so the server must read the same configuration
// as the pages (SECTIONS_CONFIG).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from './config.js';
import { rulesFromConfig } from './rules-from-config.js';
import { testApp } from './test-support/client.js';
import { freshDatabase } from './test-support/databases.js';
import type { LearningContract } from '@kollegalaering/core';
import { act, agreeOn, EMAILS, peopleOn } from './test-support/people.js';

const CONFIG = {
  sections: [
    {
      id: 'kompetencer',
      label: { da: 'Kompetenceplan' },
      fields: [{ id: 'wish-b', kind: 'long-text', label: { da: 'B’s ønske' }, owner: 'b' }],
    },
  ],
};

const configFile = (content: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'sections-')), 'sections.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
};

test('a field the configuration gives to party B reaches B and no one else', async () => {
  const rules = await rulesFromConfig({ sectionsConfig: configFile(CONFIG), retentionMonths: 12 });
  assert.equal(rules.customOwners['wish-b'], 'b');
  assert.equal(rules.retentionMonths, 12);
  const db = await freshDatabase('pglite');
  const people = peopleOn(testApp(db, { rules }).app);
  await agreeOn(people, 'eget-felt');
  const written = await people.b.edit('eget-felt', (view) => {
    view.custom = { ...view.custom, 'wish-b': 'JONAS-ØNSKE' };
  });
  assert.equal(written.status, 200, written.text);
  assert.ok((await people.b.get('eget-felt')).text.includes('JONAS-ØNSKE'));
  for (const other of [people.a, people.leaderA, people.supervisor]) {
    const reply = await other.get('eget-felt');
    assert.equal(reply.status, 200);
    assert.ok(!reply.text.includes('JONAS-ØNSKE'), `${other.email} received B’s field`);
  }
  const forged = await people.a.edit('eget-felt', (view) => {
    view.custom = { ...view.custom, 'wish-b': 'A skriver' };
  });
  assert.equal(forged.status, 403);
  await db.close();
});

test('a configuration that is not valid stops the server with its path and code', async () => {
  await assert.rejects(
    rulesFromConfig({
      sectionsConfig: configFile({ sections: [{ id: 'Bad Id' }] }),
      retentionMonths: undefined,
    }),
    (problem: unknown) =>
      problem instanceof ConfigError &&
      /SECTIONS_CONFIG is not a valid section configuration: sections\[0\]\.id/.test(
        problem.message,
      ),
  );
  await assert.rejects(
    rulesFromConfig({ sectionsConfig: '/no/such/file.json', retentionMonths: undefined }),
    ConfigError,
  );
});

/** A server on a fresh PGlite whose organisation runs the method formally, and its five people. */
async function formalServer() {
  const rules = await rulesFromConfig({
    sectionsConfig: configFile({ process: { mode: 'formal' } }),
    retentionMonths: undefined,
  });
  const db = await freshDatabase('pglite');
  return { db, people: peopleOn(testApp(db, { rules }).app) };
}

test('run formally, a new contract starts at step 1 and its leader sets the goals first', async () => {
  const { db, people } = await formalServer();
  const created = await people.a.create('formel');
  assert.equal(created.status, 201, created.text);
  const invited = await people.a.edit('formel', (view) => {
    view.parties.b.email = EMAILS.b;
    view.leaders.a = { ...view.leaders.a, name: 'Hanne Berg', email: EMAILS.leaderA };
  });
  assert.equal(invited.status, 200, invited.text);
  const invitedB = await people.b.edit('formel', (view) => {
    view.leaders.b = { ...view.leaders.b, name: 'Peter Friis', email: EMAILS.leaderB };
  });
  assert.equal(invitedB.status, 200, invitedB.text);
  const stored = JSON.parse((await people.a.get('formel')).text) as LearningContract;
  assert.equal(stored.process.state, 'introduced');
  assert.equal(stored.settings.mode, 'formal');
  const byParty = await people.a.edit('formel', (view) => {
    view.goals.a = [{ id: 'egen', text: 'Mit eget mål', subGoals: [], preset: false }];
  });
  assert.equal(byParty.status, 403, 'the party waits for the leader’s goals');
  for (const [leader, party] of [
    [people.leaderA, 'a'],
    [people.leaderB, 'b'],
  ] as const) {
    const preset = await leader.edit('formel', (view) => {
      view.goals[party] = [
        { id: `sat-${party}`, text: 'Sat af lederen', subGoals: [], preset: true },
      ];
    });
    assert.equal(preset.status, 200, preset.text);
  }
  assert.equal((await act(people.a, 'formel', 'advance')).status, 403);
  const handed = await act(people.leaderB, 'formel', 'advance');
  assert.equal(handed.status, 200, handed.text);
  const agreed = JSON.parse((await people.b.get('formel')).text) as LearningContract;
  assert.equal(agreed.process.state, 'agreement');
  assert.equal(agreed.goals.b[0]?.preset, true);
  await db.close();
});

test('run formally, a contract started by mistake may be deleted by a party at step 1', async () => {
  const { db, people } = await formalServer();
  assert.equal((await people.a.create('ved-en-fejl')).status, 201);
  const invited = await people.a.edit('ved-en-fejl', (view) => {
    view.parties.b.email = EMAILS.b;
    view.leaders.a = { ...view.leaders.a, name: 'Hanne Berg', email: EMAILS.leaderA };
  });
  assert.equal(invited.status, 200, invited.text);
  assert.equal((await people.leaderA.remove('ved-en-fejl')).status, 403, 'not the leader’s');
  const removed = await people.b.remove('ved-en-fejl');
  assert.equal(removed.status, 204, removed.text);
  assert.equal((await people.a.get('ved-en-fejl')).status, 404);
  await db.close();
});
