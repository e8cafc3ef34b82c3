import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from './db/db.js';
import { personOn, testApp } from './test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  postgresAvailable,
  stopPostgres,
} from './test-support/databases.js';
import { act, agreeOn, contractIn, EMAILS, peopleOn, type People } from './test-support/people.js';

after(stopPostgres);

for (const engine of ENGINES) {
  describe(`the contracts API on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;
    let db: Db;
    let people: People;
    let app: ReturnType<typeof testApp>['app'];
    let count = 0;
    const newId = () => `kontrakt-${engine}-${count++}`;

    before(async () => {
      if (skip) return;
      db = await freshDatabase(engine);
      app = testApp(db).app;
      people = peopleOn(app);
    });
    after(() => db?.close());

    test(
      'the creator is party A with their own login; no one else sees the contract yet',
      { skip },
      async () => {
        const id = newId();
        const created = await people.a.create(id, { parties: { a: { email: 'someone@else.dk' } } });
        assert.equal(created.status, 201);
        assert.equal(created.body.parties.a.email, EMAILS.a);
        assert.equal(created.headers.get('ETag'), '"1"');
        assert.equal(created.headers.get('Kollegalaering-Perspective'), 'party-a');
        assert.equal(created.headers.get('Cache-Control'), 'private, no-store');
        for (const other of [people.b, people.leaderA, people.stranger]) {
          assert.equal((await other.get(id)).status, 404, `${other.email} is not a member`);
        }
        assert.equal((await personOn(app, 'MELA@x.dk').get('does-not-exist')).status, 404);
      },
    );

    test('writing a colleague’s email into the contract invites them', { skip }, async () => {
      const id = newId();
      await agreeOn(people, id);
      const asB = await people.b.get(id);
      assert.equal(asB.status, 200);
      assert.equal(asB.headers.get('Kollegalaering-Perspective'), 'party-b');
      assert.equal(asB.body.parties.a.name, 'Mette Larsen');
      const listed = await people.leaderB.list();
      assert.deepEqual(
        listed.body.map((s: { id: string; perspectives: string[] }) => [s.id, s.perspectives]),
        [[id, ['leader-b']]],
      );
      // Whose turn: both parties accept first; the leader waits for them.
      assert.deepEqual(listed.body[0].yours, []);
      assert.deepEqual(listed.body[0].waitingFor, [
        { need: 'accept', by: ['party-a'], party: 'a' },
        { need: 'accept', by: ['party-b'], party: 'b' },
      ]);
      const forB = (await people.b.list()).body[0];
      assert.deepEqual(forB.yours, [{ need: 'accept', by: ['party-b'], party: 'b' }]);
      // The list says who by name: "waiting for Hanne Berg", not "the leader of Mette Larsen".
      assert.deepEqual(listed.body[0].names, {
        a: 'Mette Larsen',
        b: 'Jonas Holm',
        leaders: { a: 'Hanne Berg', b: 'Peter Friis' },
        supervisor: 'Lone Dahl',
      });
    });

    test(
      'a stale write gets 412 with the writer’s own view, and nothing is written',
      { skip },
      async () => {
        const id = newId();
        await agreeOn(people, id);
        const first = await people.a.get(id);
        assert.equal((await people.b.edit(id, (v) => (v.purpose = 'B’s formål'))).status, 200);
        const stale = await people.a.put(
          id,
          Number(first.headers.get('ETag')!.replaceAll('"', '')),
          {
            ...first.body,
            purpose: 'A’s formål',
          },
        );
        assert.equal(stale.status, 412);
        assert.equal(stale.body.purpose, 'B’s formål');
        assert.equal(stale.text.includes('SENTINEL-NOTES-OF-B'), false);
      },
    );

    test(
      'a write without If-Match is refused with 428, one in bad JSON with 400',
      { skip },
      async () => {
        const id = newId();
        await people.a.create(id);
        const bare = await people.a.call('PUT', `/contracts/${id}`, { body: {} });
        assert.equal(bare.status, 428);
        const broken = await people.a.call('PUT', `/contracts/${id}`, {
          body: '{"purpose": ',
          headers: { 'If-Match': '"1"' },
        });
        assert.deepEqual([broken.status, broken.body.code], [400, 'not-json']);
      },
    );

    test(
      'a retried write gets the first answer; the key with another body is refused',
      { skip },
      async () => {
        const id = newId();
        await people.a.create(id);
        const headers = { 'If-Match': '"1"', 'Idempotency-Key': 'retry-key-0001' };
        const view = (await people.a.get(id)).body;
        const first = await people.a.call('PUT', `/contracts/${id}`, {
          body: { ...view, purpose: 'Et' },
          headers,
        });
        const again = await people.a.call('PUT', `/contracts/${id}`, {
          body: { ...view, purpose: 'Et' },
          headers,
        });
        assert.deepEqual([first.status, again.status], [200, 200]);
        assert.equal(again.headers.get('ETag'), '"2"', 'stored once');
        const other = await people.a.call('PUT', `/contracts/${id}`, {
          body: { ...view, purpose: 'To' },
          headers,
        });
        assert.deepEqual([other.status, other.body.code], [422, 'idempotency-key-reused']);
        // The same key from another person is another person's key.
        await people.a.edit(id, (v) => (v.parties.b.email = EMAILS.b));
        const viewB = (await people.b.get(id)).body;
        const fromB = await people.b.call('PUT', `/contracts/${id}`, {
          body: { ...viewB, purpose: 'B' },
          headers: { 'If-Match': '"3"', 'Idempotency-Key': 'retry-key-0001' },
        });
        assert.equal(fromB.status, 200);
      },
    );

    test(
      'acceptances and approvals record the login and the server’s clock, never what was sent',
      { skip },
      async () => {
        const id = newId();
        await agreeOn(people, id);
        assert.equal((await act(people.a, id, 'accept')).status, 200);
        assert.equal((await act(people.b, id, 'accept')).status, 200);
        const approved = await act(people.leaderA, id, 'approve', {
          comment: 'God idé',
          by: 'forged',
        });
        assert.equal(approved.status, 200, approved.text);
        assert.equal(approved.body.approvals.leaders.a.by, EMAILS.leaderA);
        assert.equal(approved.body.approvals.leaders.a.comment, 'God idé');
        assert.equal(approved.body.approvals.parties.a.by, EMAILS.a);
        assert.ok(Date.now() - Date.parse(approved.body.approvals.leaders.a.at) < 60_000);
      },
    );

    test(
      'forged approvals and steps, and edits to another’s parts, are refused with the database unchanged',
      { skip },
      async () => {
        const id = newId();
        await agreeOn(people, id);
        const before = await people.a.get(id);
        const forgeries: Array<[keyof People, (v: any) => void]> = [
          [
            'a',
            (v) => (v.approvals.leaders.a = { by: 'x', at: new Date().toISOString(), comment: '' }),
          ],
          ['a', (v) => (v.process.state = 'completed')],
          ['a', (v) => (v.privateNotes.b = 'A skriver hos B')],
          ['b', (v) => (v.goals.a = [])],
          ['b', (v) => (v.parties.a.email = EMAILS.b)],
          ['leaderA', (v) => (v.leaders.b.name = 'Ny leder')],
          ['supervisor', (v) => (v.purpose = 'Nyt')],
          ['a', (v) => (v.approvals.parties.b = { at: new Date().toISOString() })],
        ];
        for (const [who, forge] of forgeries) {
          const reply = await people[who].edit(id, forge);
          assert.equal(reply.status, 403, `${who}: ${forge.toString()} → ${reply.text}`);
          assert.equal(reply.body.code, 'forbidden');
          assert.ok(reply.body.issues.length > 0);
        }
        const after = await people.a.get(id);
        assert.equal(after.headers.get('ETag'), before.headers.get('ETag'));
        assert.deepEqual(after.body, before.body);
      },
    );

    test('an action out of turn is refused by core’s rules', { skip }, async () => {
      const id = newId();
      await agreeOn(people, id);
      const early = await act(people.a, id, 'advance');
      assert.equal(early.status, 422);
      assert.ok(early.body.issues.some((i: { code: string }) => i.code === 'party-not-accepted'));
      assert.equal((await act(people.supervisor, id, 'approve')).status, 403);
      assert.equal((await act(people.a, id, 'fly')).status, 400);
    });

    test(
      'the learning runs to its end date, ends early only by both parties, and the closing needs both leaders',
      { skip },
      async () => {
        // The server's clock: a day while the learning runs (it was agreed to end on 30 September).
        const today = new Date('2026-05-01T08:00:00.000Z');
        const timed = peopleOn(testApp(db, { now: () => today }).app);
        const id = newId();
        await contractIn(timed, id, 'learning');
        const codes = (reply: { body: { issues?: Array<{ code: string }> } }) =>
          (reply.body.issues ?? []).map((issue) => issue.code);
        const early = await act(timed.a, id, 'advance');
        assert.equal(early.status, 422);
        assert.deepEqual(codes(early), ['learning-not-ended']);
        assert.equal((await act(timed.leaderA, id, 'advance')).status, 403, 'not the leaders’');
        const waiting = async (person: typeof timed.a) =>
          ((await person.list()).body as Array<{ id: string; waitingFor: unknown[] }>).find(
            (summary) => summary.id === id,
          )?.waitingFor;
        assert.deepEqual(await waiting(timed.leaderA), [
          { need: 'learn', by: ['party-a', 'party-b'], until: '2026-09-30' },
        ]);

        // One asks, the other agrees.
        assert.equal((await act(timed.a, id, 'end-early')).status, 200);
        assert.equal((await timed.a.get(id)).body.process.state, 'learning');
        assert.equal((await act(timed.a, id, 'end-early')).status, 422, 'asked once');
        assert.equal((await act(timed.b, id, 'end-early')).status, 200);
        assert.equal((await timed.b.get(id)).body.process.state, 'evaluation');

        await timed.a.edit(id, (view) => {
          for (const answer of Object.values(view.jointEvaluation)) answer.text = 'Godt';
        });
        assert.equal((await act(timed.leaderB, id, 'advance')).status, 403, 'the partners’');
        assert.equal((await act(timed.b, id, 'advance')).status, 200);

        // In the closing nobody moves on: each party and leader answer, each leader confirms.
        const moved = await act(timed.a, id, 'advance');
        assert.deepEqual(codes(moved), ['wrong-step']);
        for (const person of [timed.a, timed.b]) {
          await person.edit(id, (view) => {
            const own = view.leaderEvaluations.a ?? view.leaderEvaluations.b;
            own.conversation.date = '2026-05-01';
            own.results.text = 'Nået';
            own.leaderEffort.text = 'Tid';
            own.employeeEffort.text = 'Forberedt';
            own.keepingPlan.what = 'Visitationer';
          });
        }
        // Mette cannot see Jonas' evaluation; her list says whom the closing waits for all the same.
        assert.deepEqual(await waiting(timed.a), [
          { need: 'confirm-closing', by: ['leader-a'], party: 'a' },
          { need: 'confirm-closing', by: ['leader-b'], party: 'b' },
        ]);
        assert.equal((await act(timed.a, id, 'confirm-closing')).status, 403);
        assert.equal((await act(timed.leaderA, id, 'confirm-closing')).status, 200);
        const half = await timed.leaderA.get(id);
        assert.equal(half.body.process.state, 'closing');
        assert.equal(half.body.approvals.closing.a.by, EMAILS.leaderA);
        assert.equal((await act(timed.leaderB, id, 'confirm-closing')).status, 200);
        assert.equal((await timed.b.get(id)).body.process.state, 'completed');
      },
    );

    test('one leader for both parties must say which they act as', { skip }, async () => {
      const id = newId();
      await agreeOn(people, id);
      await people.b.edit(id, (v) => (v.leaders.b.email = EMAILS.leaderA));
      const unsure = await people.leaderA.get(id);
      assert.deepEqual([unsure.status, unsure.body.code], [400, 'perspective-required']);
      assert.deepEqual(unsure.body.perspectives, ['leader-a', 'leader-b']);
      const asB = await people.leaderA.get(id, 'leader-b');
      assert.equal(asB.headers.get('Kollegalaering-Perspective'), 'leader-b');
      assert.equal(asB.headers.get('Kollegalaering-Perspectives'), 'leader-a, leader-b');
      assert.equal((await people.leaderA.get(id, 'party-a')).status, 403, 'never claim another');
      assert.equal((await people.leaderA.get(id, 'boss')).status, 400);
    });

    test(
      'party A cannot redirect party B’s access once B has written something private',
      { skip },
      async () => {
        const id = newId();
        await agreeOn(people, id);
        const redirected = await people.a.edit(id, (v) => (v.parties.b.email = 'ny@soeby.dk'));
        assert.equal(redirected.status, 403);
        assert.deepEqual(redirected.body.issues[0].path, ['parties', 'b', 'email']);
        const lockedOut = await people.b.edit(
          id,
          (v) => (v.parties.b.email = 'jonas.privat@soeby.dk'),
        );
        assert.deepEqual(
          [lockedOut.status, lockedOut.body.issues[0].code],
          [403, 'would-lock-out'],
        );
      },
    );

    test(
      'deleting: a party before anything is approved; an approved contract stays',
      { skip },
      async () => {
        const early = newId();
        await agreeOn(people, early);
        assert.equal((await people.leaderA.remove(early)).status, 403);
        assert.equal((await people.b.remove(early)).status, 204);
        assert.equal((await people.a.get(early)).status, 404);
        const kept = newId();
        await contractIn(people, kept, 'learning');
        const refused = await people.a.remove(kept);
        assert.deepEqual(
          [refused.status, refused.body.issues[0].code],
          [403, 'kept-until-retention'],
        );
      },
    );

    test(
      'the audit log names who did what where, never the values, and hides others’ private paths',
      { skip },
      async () => {
        const id = newId();
        await contractIn(people, id, 'learning');
        const asA = await people.a.call('GET', `/contracts/${id}/audit`);
        assert.equal(asA.status, 200);
        const actions = asA.body.map((e: { action: string }) => e.action);
        assert.deepEqual(actions.slice(0, 3), ['create', 'write', 'write']);
        assert.ok(actions.includes('approve'));
        assert.ok(asA.body.some((e: { paths: string[] }) => e.paths.includes('privateNotes.a')));
        assert.ok(!asA.text.includes('privateNotes.b'), 'B’s private paths are not A’s to see');
        assert.ok(!asA.text.includes('SENTINEL'));
        assert.equal((await people.stranger.call('GET', `/contracts/${id}/audit`)).status, 404);
      },
    );

    test(
      'the audit log shows a reader no entry of someone else’s write into parts hidden from them',
      { skip },
      async () => {
        const id = newId();
        await agreeOn(people, id);
        const auditOf = async (person: (typeof people)['a']) =>
          (await person.call('GET', `/contracts/${id}/audit`)).body as Array<{
            email: string;
            paths: string[];
          }>;
        const before = await auditOf(people.a);
        const written = await people.b.edit(id, (v) => (v.privateNotes.b = 'Kun til mig'));
        assert.equal(written.status, 200, written.text);
        // A must not learn that (or when) B wrote in B's private notes.
        assert.deepEqual(await auditOf(people.a), before);
        for (const reader of [people.leaderA, people.supervisor]) {
          const entries = await auditOf(reader);
          assert.ok(entries.every((entry) => entry.paths.length > 0 || entry.email !== EMAILS.b));
        }
        const ownEntries = (await auditOf(people.b)).filter((entry) => entry.email === EMAILS.b);
        assert.deepEqual(ownEntries.at(-1)?.paths, ['privateNotes.b'], 'B sees their own write');
      },
    );

    test(
      'a malformed contract id is 400 invalid-id on every route, never 503 to retry',
      { skip },
      async () => {
        const malformed = ['a%00b', 'a%1Fb', 'a%7Fb', 'a%20b', 'x'.repeat(201)];
        for (const id of malformed) {
          const requests: Array<[string, string, Record<string, string>?]> = [
            ['GET', `/contracts/${id}`],
            ['GET', `/contracts/${id}/audit`],
            ['GET', `/contracts/${id}/events`],
            ['PUT', `/contracts/${id}`, { 'If-None-Match': '*' }],
            ['PUT', `/contracts/${id}`, { 'If-Match': '"1"' }],
            ['POST', `/contracts/${id}/actions`, { 'If-Match': '"1"' }],
            ['DELETE', `/contracts/${id}`],
          ];
          for (const [method, path, headers] of requests) {
            const reply = await people.a.call(method, path, {
              ...(method === 'PUT' || method === 'POST'
                ? { body: method === 'POST' ? { action: 'accept' } : {} }
                : {}),
              ...(headers && { headers }),
            });
            const what = `${method} ${path.slice(0, 40)}`;
            assert.deepEqual([reply.status, reply.body?.code], [400, 'invalid-id'], what);
            assert.equal(reply.headers.get('Retry-After'), null, what);
          }
        }
        const fine = newId();
        assert.equal((await people.a.create(fine)).status, 201, 'a well-formed id still works');
      },
    );

    test(
      'the whole process, by the four people and the supervisor, ends completed',
      { skip },
      async () => {
        const id = newId();
        await contractIn(people, id, 'completed');
        const done = await people.b.get(id);
        assert.equal(done.body.process.state, 'completed');
        const summaries = (await people.leaderB.list()).body as Array<{
          id: string;
          state: string;
        }>;
        assert.equal(summaries.find((s) => s.id === id)?.state, 'completed');
      },
    );

    test(
      'my data: everything the server holds about me, and nothing private of anyone else',
      { skip },
      async () => {
        const id = newId();
        await contractIn(people, id, 'closing');
        const mine = await people.b.call('GET', '/me/export');
        assert.equal(mine.status, 200);
        assert.match(mine.headers.get('Content-Disposition') ?? '', /attachment/);
        assert.ok(mine.body.contracts.some((c: { id: string }) => c.id === id));
        assert.ok(mine.text.includes('SENTINEL-NOTES-OF-B'));
        assert.ok(!mine.text.includes('SENTINEL-NOTES-OF-A'));
        assert.ok(!mine.text.includes('SENTINEL-EVALUATION-OF-A'));
        assert.ok(mine.body.audit.every((e: { email: string }) => e.email === EMAILS.b));
      },
    );
  });
}
