// Every perspective, every step: what each person receives from any endpoint
// (a read, a list, a refusal, a 412, the audit log, their data export)
// carries no sentinel text from a private part that is not theirs, and a
// write into a part that is not theirs is refused with nothing changed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { devAuth } from './auth/dev-auth.js';
import { oidcAuth } from './auth/oidc-auth.js';
import type { Db } from './db/db.js';
import { personOn, testApp, type Person, type Reply } from './test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  postgresAvailable,
  stopPostgres,
} from './test-support/databases.js';
import { AUDIENCE, HR_GROUP, ISSUER, startOidcProvider } from './test-support/oidc-provider.js';
import { contractIn, EMAILS, peopleOn, SENTINELS, type People } from './test-support/people.js';

after(stopPostgres);

const STATES = ['agreement', 'learning', 'evaluation', 'closing', 'completed'] as const;

/** An administrator by a group in their sign-in's token (ADMIN_GROUPS, HR_GROUP), on no contract. */
type Who = keyof People | 'groupAdmin';

/** Which private texts each person may receive. */
const MAY_SEE: Record<Who, readonly string[]> = {
  a: [SENTINELS.notesA, SENTINELS.evaluationA],
  b: [SENTINELS.notesB, SENTINELS.evaluationB],
  leaderA: [SENTINELS.evaluationA],
  leaderB: [SENTINELS.evaluationB],
  supervisor: [],
  stranger: [],
  // Administering the organisation's settings opens no contract, by email or by group.
  admin: [],
  groupAdmin: [],
};

type View = Record<string, Record<string, unknown> | undefined>;

/** Private parts, and who writes in each: a party's notes are theirs; the evaluation is theirs and their leader's. */
const PRIVATE_PATHS: Array<{ owners: ReadonlyArray<Who>; set: (view: View) => void }> = [
  { owners: ['a'], set: (v) => void ((v['privateNotes'] ??= {})['a'] = 'x') },
  { owners: ['b'], set: (v) => void ((v['privateNotes'] ??= {})['b'] = 'x') },
  {
    owners: ['a', 'leaderA'],
    set: (v) => void ((v['leaderEvaluations'] ??= {})['a'] = { results: { text: 'x' } }),
  },
  {
    owners: ['b', 'leaderB'],
    set: (v) => void ((v['leaderEvaluations'] ??= {})['b'] = { results: { text: 'x' } }),
  },
];

function assertNoLeak(who: Who, reply: Reply, what: string) {
  for (const sentinel of Object.values(SENTINELS)) {
    if (MAY_SEE[who].includes(sentinel)) continue;
    assert.ok(!reply.text.includes(sentinel), `${who} received ${sentinel} in ${what}`);
  }
}

/** Everything one person can ask the server about the contract, each reply checked. */
async function everyReply(person: Person, id: string): Promise<Array<[string, Reply]>> {
  const read = await person.get(id);
  const etag = Number(read.headers.get('ETag')?.replaceAll('"', '') ?? 1);
  return [
    ['GET', read],
    ['list', await person.list()],
    ['audit', await person.call('GET', `/contracts/${id}/audit`)],
    ['export', await person.call('GET', '/me/export')],
    ['overview', await person.call('GET', '/organisation/overview')],
    ['412', await person.put(id, etag - 1, read.body ?? {})],
    ['refused write', await person.put(id, etag, { ...(read.body ?? {}), approvals: null })],
    ['refused action', await person.act(id, etag, 'confirm-amendment', { amendmentId: 'none' })],
    ['stale action', await person.act(id, etag - 1, 'accept')],
    // A stale revision: in the agreement step a party may delete, and the matrix goes on.
    [
      'refused delete',
      await person.call('DELETE', `/contracts/${id}`, { headers: { 'If-Match': '"0"' } }),
    ],
  ];
}

for (const engine of ENGINES) {
  describe(`who receives what, on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;
    let db: Db;
    let people: People & { groupAdmin: Person };
    let provider: Awaited<ReturnType<typeof startOidcProvider>>;

    before(async () => {
      if (skip) return;
      db = await freshDatabase(engine);
      provider = await startOidcProvider();
      // The dev header for the others; the group administrator signs in with a token.
      const oidc = { jwksUrl: provider.jwksUrl, issuer: ISSUER, audience: AUDIENCE };
      const bearer = oidcAuth({ ...oidc, emailClaim: 'email', groupsClaim: 'groups' });
      const dev = devAuth();
      const app = testApp(db, {
        admins: [EMAILS.admin],
        adminGroups: [HR_GROUP],
        identify: (c) => (c.req.header('Authorization') ? bearer(c) : dev(c)),
      }).app;
      const email = 'birgitte.munk@soeby.dk';
      const token = await provider.token(email, { groups: [HR_GROUP] }, '1h');
      const groupAdmin = personOn(app, email, { Authorization: `Bearer ${token}` });
      assert.deepEqual((await groupAdmin.call('GET', '/organisation/admin')).body, { admin: true });
      people = { ...peopleOn(app), groupAdmin };
    });
    after(async () => {
      await db?.close();
      await provider?.stop();
    });

    for (const state of STATES) {
      test(`in the ${state} step`, { skip }, async () => {
        const id = `matrix-${state}`;
        await contractIn(people, id, state);
        const before = await people.a.get(id);
        for (const who of Object.keys(MAY_SEE) as Who[]) {
          for (const [what, reply] of await everyReply(people[who], id)) {
            assertNoLeak(who, reply, what);
          }
          for (const { owners, set } of PRIVATE_PATHS) {
            if (owners.includes(who)) continue;
            const reply = await people[who].edit(id, (view) => set(view as unknown as View));
            assert.ok(
              [403, 404].includes(reply.status),
              `${who} wrote ${owners[0]}'s part: ${reply.status}`,
            );
            assertNoLeak(who, reply, 'write into another’s part');
          }
        }
        const after = await people.a.get(id);
        assert.equal(after.headers.get('ETag'), before.headers.get('ETag'), 'nothing was written');
        assert.deepEqual(after.body, before.body);
        // The owners still have their own texts.
        assert.ok((await people.b.get(id)).text.includes(SENTINELS.notesB));
      });
    }
  });
}
