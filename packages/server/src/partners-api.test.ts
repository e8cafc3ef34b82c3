import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from './db/db.js';
import { personOn, testApp, type Person } from './test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  postgresAvailable,
  stopPostgres,
} from './test-support/databases.js';

after(stopPostgres);

const entry = (name: string, department: string, teach: string[], learn: string[]) => ({
  name,
  department,
  teach: { text: `${name} kan lære fra sig`, themes: teach },
  learn: { text: `${name} vil gerne lære`, themes: learn },
});

for (const engine of ENGINES) {
  describe(`the partner board on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;
    let db: Db;
    let app: ReturnType<typeof testApp>['app'];
    let mette: Person;
    let jonas: Person;
    let bente: Person;
    let stranger: Person;

    before(async () => {
      if (skip) return;
      db = await freshDatabase(engine);
      app = testApp(db, {
        messages: { channels: { email: true, webhook: false }, kick: () => Promise.resolve() },
      }).app;
      mette = personOn(app, 'mette.larsen@soeby.dk');
      jonas = personOn(app, 'jonas.holm@soeby.dk');
      bente = personOn(app, 'bente.krog@soeby.dk');
      stranger = personOn(app, 'ukendt@soeby.dk');
    });
    after(() => db?.close());

    const idOf = async (person: Person): Promise<string> =>
      (await person.call('GET', '/partners')).body.mine.id as string;

    test('only signed-in people reach the board', { skip }, async () => {
      for (const [method, path] of [
        ['GET', '/api/partners'],
        ['PUT', '/api/partners/me'],
        ['DELETE', '/api/partners/me'],
        ['GET', '/api/partners/proposals'],
        ['POST', '/api/partners/proposals'],
      ] as const) {
        const response = await app.request(path, { method });
        assert.equal(response.status, 401, `${method} ${path}`);
      }
    });

    test('an entry is shown only after opting in, never with its email', { skip }, async () => {
      assert.deepEqual((await stranger.call('GET', '/partners')).body.entries, []);
      const refused = await mette.call('PUT', '/partners/me', { body: { name: 'Mette' } });
      assert.equal(refused.status, 422);
      const saved = await mette.call('PUT', '/partners/me', {
        body: entry('Mette Larsen', 'Hjemmeplejen', ['Forflytning'], ['Sygedagpenge']),
      });
      assert.equal(saved.status, 200, saved.text);
      await jonas.call('PUT', '/partners/me', {
        body: entry('Jonas Holm', 'Jobcentret', ['Sygedagpenge'], ['Forflytning']),
      });
      await bente.call('PUT', '/partners/me', {
        body: entry('Bente Krog', 'Hjemmeplejen', ['Excel'], ['Jura']),
      });
      const seen = await stranger.call('GET', '/partners');
      assert.deepEqual(
        seen.body.entries.map((e: { name: string }) => e.name),
        ['Bente Krog', 'Jonas Holm', 'Mette Larsen'],
      );
      assert.ok(!seen.text.includes('@soeby.dk'), 'no email on the board');
    });

    test(
      'matches come first, and the board filters by theme and department',
      { skip },
      async () => {
        const board = await mette.call('GET', '/partners');
        assert.equal(board.body.mine.name, 'Mette Larsen');
        assert.deepEqual(
          board.body.entries.map((e: { name: string }) => e.name),
          ['Jonas Holm', 'Bente Krog'],
        );
        assert.deepEqual(board.body.entries[0].match.theyTeach, ['Sygedagpenge']);
        const byDepartment = await mette.call('GET', '/partners?department=hjemmeplejen');
        assert.deepEqual(
          byDepartment.body.entries.map((e: { name: string }) => e.name),
          ['Bente Krog'],
        );
        const byTheme = await stranger.call('GET', '/partners?theme=Excel');
        assert.deepEqual(
          byTheme.body.entries.map((e: { name: string }) => e.name),
          ['Bente Krog'],
        );
      },
    );

    test(
      'one changes only one’s own entry: the email one signed in with is the key',
      { skip },
      async () => {
        const before = await idOf(jonas);
        await jonas.call('PUT', '/partners/me', {
          body: entry('Jonas Holm', 'Jobcentret', ['Sygedagpenge', 'Jura'], ['Forflytning']),
        });
        assert.equal(await idOf(jonas), before);
        const names = (await stranger.call('GET', '/partners')).body.entries.map(
          (e: { name: string }) => e.name,
        );
        assert.equal(names.filter((n: string) => n === 'Jonas Holm').length, 1);
        assert.equal((await stranger.call('DELETE', `/partners/${before}`)).status, 404);
      },
    );

    test(
      'a proposal is seen by the two only; only the one asked accepts, and a contract starts',
      { skip },
      async () => {
        assert.equal(
          (
            await stranger.call('POST', '/partners/proposals', {
              body: { to: await idOf(jonas), theme: 'x' },
            })
          ).status,
          409,
          'only someone on the board may propose',
        );
        const proposed = await mette.call('POST', '/partners/proposals', {
          body: { to: await idOf(jonas), theme: 'Sygedagpenge', message: 'Skal vi?' },
        });
        assert.equal(proposed.status, 201, proposed.text);
        const { id } = proposed.body;
        const queued = await db.query<{ email: string; kind: string; details: unknown }>(
          'select email, kind, details from notifications where proposal_id = $1',
          [id],
        );
        assert.deepEqual(
          queued.rows.map((r) => [r.email, r.kind]),
          [['jonas.holm@soeby.dk', 'partner-proposal']],
        );
        assert.ok(!JSON.stringify(queued.rows[0]!.details).includes('Skal vi?'));
        assert.equal(
          (
            await mette.call('POST', '/partners/proposals', {
              body: { to: await idOf(jonas), theme: 'igen' },
            })
          ).status,
          409,
          'one open proposal between two people',
        );
        assert.equal(
          (await jonas.call('GET', '/partners/proposals')).body.received[0].message,
          'Skal vi?',
        );
        assert.equal((await mette.call('GET', '/partners/proposals')).body.sent[0].id, id);
        for (const other of [bente, stranger]) {
          const seen = await other.call('GET', '/partners/proposals');
          assert.ok(!seen.text.includes(id), `${other.email} does not see it`);
          assert.equal((await other.call('POST', `/partners/proposals/${id}/accept`)).status, 404);
        }
        assert.equal((await mette.call('POST', `/partners/proposals/${id}/accept`)).status, 403);

        const accepted = await jonas.call('POST', `/partners/proposals/${id}/accept`);
        assert.equal(accepted.status, 200, accepted.text);
        assert.equal(accepted.body.status, 'accepted');
        const contractId = accepted.body.contractId as string;
        const asA = await mette.get(contractId);
        assert.equal(asA.status, 200);
        assert.equal(asA.headers.get('Kollegalaering-Perspective'), 'party-a');
        assert.equal(asA.body.parties.a.name, 'Mette Larsen');
        assert.equal(asA.body.parties.b.department, 'Jobcentret');
        assert.equal(asA.body.settings.theme, 'Sygedagpenge');
        const asB = await jonas.get(contractId);
        assert.equal(asB.headers.get('Kollegalaering-Perspective'), 'party-b');
        assert.equal((await bente.get(contractId)).status, 404);
        assert.equal((await jonas.call('POST', `/partners/proposals/${id}/decline`)).status, 409);
      },
    );

    test(
      'the export holds one’s entry and proposals, and opting out deletes them at once',
      { skip },
      async () => {
        const proposed = await bente.call('POST', '/partners/proposals', {
          body: { to: await idOf(mette), theme: 'Excel' },
        });
        assert.equal(proposed.status, 201);
        const exported = await mette.call('GET', '/me/export');
        assert.equal(exported.body.partnerBoard.entry.name, 'Mette Larsen');
        assert.equal(exported.body.partnerBoard.proposals.length, 2);
        assert.equal((await bente.call('DELETE', '/partners/me')).status, 204);
        const board = await stranger.call('GET', '/partners');
        assert.ok(!board.text.includes('Bente'), 'the entry is gone');
        assert.equal((await mette.call('GET', '/partners/proposals')).body.received.length, 0);
        const left = await db.query('select 1 from notifications where proposal_id = $1', [
          proposed.body.id,
        ]);
        assert.equal(left.rows.length, 0, 'its queued email is gone too');
        assert.deepEqual((await bente.call('GET', '/me/export')).body.partnerBoard, {
          entry: null,
          proposals: [],
        });
      },
    );
  });
}
