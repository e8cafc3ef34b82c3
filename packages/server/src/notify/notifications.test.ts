// Messages as the leaders get them: a real SMTP server on loopback, started
// here, receives what the server's mailer sends when the contract passes to
// someone. Tested on both databases; a mail server that is down fails no save.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { Db } from '../db/db.js';
import { testApp } from '../test-support/client.js';
import {
  ENGINES,
  freshDatabase,
  postgresAvailable,
  stopPostgres,
} from '../test-support/databases.js';
import { act, agreeOn, EMAILS, peopleOn, SENTINELS } from '../test-support/people.js';
import { SIGNATURE_HEADER, startMessenger, type MessengerOptions } from './messenger.js';

after(stopPostgres);

interface Mail {
  to: string[];
  raw: string;
}

/** An SMTP server on loopback that keeps what it receives. */
async function startSmtp(port = 0) {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.server.address() as AddressInfo;
  return {
    received,
    port: listening,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(check: () => boolean, what: string, ms = 15_000) {
  for (const started = Date.now(); Date.now() - started < ms;) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`never: ${what}`);
}

/** The message as a mail program shows it: quoted-printable decoded, UTF-8 read. */
const textOf = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** A messenger on `engine` whose mail server is down: the port is free until a test starts one there. */
async function messengerWithMailDown(
  engine: (typeof ENGINES)[number],
  {
    language,
    log = () => undefined,
    intervalMs,
  }: Pick<MessengerOptions, 'language'> &
    Partial<Pick<MessengerOptions, 'log'>> & {
      intervalMs: number;
    },
) {
  const smtp = await startSmtp();
  const port = smtp.port;
  await smtp.stop();
  const db: Db = await freshDatabase(engine);
  const mailer = startMessenger({
    db,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    webhook: undefined,
    from: 'noreply@soeby.dk',
    contractUrl: 'https://intra.soeby.dk/#{id}',
    language,
    log,
    intervalMs,
  });
  return { port, db, mailer };
}

for (const engine of ENGINES) {
  describe(`messages on ${engine}`, async () => {
    const skip = (engine === 'postgres' && (await postgresAvailable())) || false;

    test(
      'when both parties have accepted, each leader gets exactly one message, with names and a link only',
      { skip },
      async () => {
        const smtp = await startSmtp();
        const db: Db = await freshDatabase(engine);
        const mailer = startMessenger({
          db,
          smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
          webhook: undefined,
          from: 'Lær af en kollega <noreply@soeby.dk>',
          contractUrl: 'https://intra.soeby.dk/laering#{id}',
          language: 'da',
          log: () => undefined,
          intervalMs: 200,
        });
        try {
          const people = peopleOn(testApp(db, { messages: mailer }).app);
          await agreeOn(people, 'besked');
          assert.equal((await act(people.a, 'besked', 'accept')).status, 200);
          assert.equal((await act(people.b, 'besked', 'accept')).status, 200);
          await until(() => smtp.received.length >= 2, 'both leaders got a message');
          await act(people.leaderA, 'besked', 'approve');
          await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more may come
          assert.deepEqual(
            smtp.received.map((mail) => mail.to).sort(),
            [[EMAILS.leaderA], [EMAILS.leaderB]],
            'one each, and none to anyone else',
          );
          for (const { raw } of smtp.received) {
            const text = textOf(raw);
            assert.match(text, /Subject: .*godkende/);
            assert.match(text, /Mette Larsen og Jonas Holm har begge accepteret/);
            assert.match(text, /https:\/\/intra\.soeby\.dk\/laering#besked/);
            for (const secret of [
              ...Object.values(SENTINELS),
              'Forstå hinandens arbejde',
              'Følgedage',
            ]) {
              assert.ok(!text.includes(secret), `the message holds ${secret}`);
            }
          }
        } finally {
          await mailer.stop();
          await smtp.stop();
          await db.close();
        }
      },
    );

    test(
      'a mail server that is down fails no save; the message goes when it is back',
      { skip },
      async () => {
        const { port, db, mailer } = await messengerWithMailDown(engine, {
          language: 'en',
          intervalMs: 200,
        });
        try {
          const people = peopleOn(testApp(db, { messages: mailer }).app);
          await agreeOn(people, 'nede');
          assert.equal((await act(people.a, 'nede', 'accept')).status, 200);
          assert.equal(
            (await act(people.b, 'nede', 'accept')).status,
            200,
            'the save does not wait for mail',
          );
          const { rows } = await db.query('select id from notifications where sent_at is null');
          assert.equal(rows.length, 2, 'queued with the change, kept while mail is down');
          await new Promise((resolve) => setTimeout(resolve, 600)); // a first attempt fails
          const back = await startSmtp(port);
          try {
            await until(() => back.received.length === 2, 'both sent once the mail server is back');
            assert.match(textOf(back.received[0]!.raw), /waits for your approval/);
          } finally {
            await back.stop();
          }
        } finally {
          await mailer.stop();
          await db.close();
        }
      },
    );

    test(
      'a message that failed is tried again on its own schedule, without waiting for a write or the poll',
      { skip },
      async () => {
        const failed: string[] = [];
        const { port, db, mailer } = await messengerWithMailDown(engine, {
          language: 'da',
          log: (event) => void (event === 'notice-failed' && failed.push(event)),
          // The regular look for due messages never comes within this test.
          intervalMs: 60 * 60 * 1000,
        });
        try {
          const people = peopleOn(testApp(db, { messages: mailer }).app);
          await agreeOn(people, 'igen');
          await act(people.a, 'igen', 'accept');
          await act(people.b, 'igen', 'accept');
          await until(() => failed.length === 2, 'the first attempts failed');
          const back = await startSmtp(port);
          try {
            // No write, no poll: only the retry schedule (1 s after the first failure) sends them.
            await until(() => back.received.length === 2, 'both sent on the retry schedule');
          } finally {
            await back.stop();
          }
        } finally {
          await mailer.stop();
          await db.close();
        }
      },
    );
  });
}

describe('the webhook', () => {
  test('each event is POSTed once, signed, with names, step and link only', async () => {
    const secret = 'a-secret-of-the-municipality';
    const posts: Array<{ body: string; signature: string }> = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        posts.push({ body, signature: String(request.headers[SIGNATURE_HEADER.toLowerCase()]) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    const db = await freshDatabase('pglite');
    const messenger = startMessenger({
      db,
      smtpUrl: undefined,
      from: '',
      webhook: { url: `http://127.0.0.1:${port}/hook`, secret },
      contractUrl: 'https://intra.soeby.dk/#{id}',
      language: 'da',
      log: () => undefined,
      intervalMs: 200,
    });
    try {
      const people = peopleOn(testApp(db, { messages: messenger }).app);
      await agreeOn(people, 'krog');
      await act(people.a, 'krog', 'accept');
      await act(people.b, 'krog', 'accept');
      await until(() => posts.length >= 1, 'the event was posted');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(posts.length, 1, 'one POST for the event, not one per person');
      const [{ body, signature }] = posts as [{ body: string; signature: string }];
      // What the municipality's receiver does: recompute the HMAC and compare in constant time.
      const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
      assert.ok(timingSafeEqual(Buffer.from(signature), Buffer.from(expected)), 'signed');
      const event = JSON.parse(body) as Record<string, unknown>;
      assert.deepEqual(event, {
        event: 'approve',
        contractId: 'krog',
        revision: event['revision'],
        perspectives: ['leader-a', 'leader-b'],
        names: { a: 'Mette Larsen', b: 'Jonas Holm' },
        state: 'agreement',
        link: 'https://intra.soeby.dk/#krog',
      });
      assert.ok(!body.includes('@'), 'no emails in it');
    } finally {
      await messenger.stop();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
      await db.close();
    }
  });
});
