import { createEmptyContract } from '../create-contract.js';
import type { LearningContract } from '../schema/contract-schema.js';
import type { StorageAdapter, StorageResult } from '../storage/storage-adapter.js';

/** One check of the conformance suite: a name for the test, and a run that throws on failure. */
export interface ConformanceCase {
  name: string;
  run: () => Promise<void>;
}

class ConformanceError extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceError(message);
}

/** JSON with every object's keys in order: a database may keep them in another (PostgreSQL's jsonb does). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function value<T>(result: StorageResult<T>, doing: string): T {
  if (!result.ok)
    throw new ConformanceError(
      `${doing} failed: ${result.error.code} ${result.error.detail ?? ''}`,
    );
  return result.value;
}

let sequence = 0;

export interface ConformanceOptions {
  /**
   * For storage that knows who is signed in (a server): the email the
   * adapter signs in with. It creates each contract, so it is party A's.
   */
  creatorEmail?: string;
}

/**
 * The checks every storage adapter must pass: the built-in ones, and a
 * municipality's own (for example one that stores in a SharePoint list).
 * Run each case with your test runner:
 *
 *   for (const { name, run } of storageConformanceCases(() => myAdapter())) test(name, run);
 */
export function storageConformanceCases(
  makeAdapter: () => StorageAdapter | Promise<StorageAdapter>,
  { creatorEmail = '' }: ConformanceOptions = {},
): ConformanceCase[] {
  /** A contract with an id no other case uses, so cases never see each other's data. */
  function freshContract(purpose = 'Lære af hinanden'): LearningContract {
    const contract = createEmptyContract({ id: `conformance-${Date.now()}-${sequence++}` });
    const a = { ...contract.parties.a, name: 'Mette', email: creatorEmail };
    return { ...contract, purpose, parties: { ...contract.parties, a } };
  }

  const cases: ConformanceCase[] = [
    {
      name: 'a contract that was never saved loads as null',
      run: async () => {
        const adapter = await makeAdapter();
        check(same(value(await adapter.load(freshContract().id), 'load'), null), 'expected null');
      },
    },
    {
      name: 'a saved contract loads back as it was saved, at revision 1',
      run: async () => {
        const adapter = await makeAdapter();
        const contract = freshContract('Forstå æ, ø og å – og «citater»');
        const saved = value(await adapter.save(contract), 'save');
        check(saved.revision === 1, `revision ${saved.revision}, expected 1`);
        // A server may set the times by its own clock; everything else comes back as given.
        check(typeof saved.updatedAt === 'string', 'updatedAt must be kept');
        const withoutTimes = (c: LearningContract) => ({
          ...c,
          createdAt: '',
          updatedAt: '',
          process: { ...c.process, reached: {} },
        });
        check(
          same(withoutTimes(saved), withoutTimes({ ...contract, revision: 1 })),
          'save returned something else than it was given',
        );
        check(
          same(value(await adapter.load(contract.id), 'load'), saved),
          'load returned another contract',
        );
      },
    },
    {
      name: 'each save moves the revision on by one',
      run: async () => {
        const adapter = await makeAdapter();
        const contract = freshContract();
        value(await adapter.save(contract), 'first save');
        const second = value(await adapter.save({ ...contract, purpose: 'Andet' }), 'second save');
        check(second.revision === 2, `revision ${second.revision}, expected 2`);
      },
    },
    {
      name: 'a save based on an old revision is refused as a conflict with the stored copy, and changes nothing',
      run: async () => {
        const adapter = await makeAdapter();
        const contract = freshContract();
        const first = value(await adapter.save(contract, { expectedRevision: 0 }), 'first save');
        const theirs = value(
          await adapter.save({ ...first, purpose: 'Deres' }, { expectedRevision: 1 }),
          'their save',
        );
        const mine = await adapter.save({ ...first, purpose: 'Min' }, { expectedRevision: 1 });
        check(!mine.ok && mine.error.code === 'conflict', 'expected a conflict');
        check(
          !mine.ok && same(mine.error.current, theirs),
          'the conflict must carry the stored copy',
        );
        check(
          same(value(await adapter.load(contract.id), 'load'), theirs),
          'the stored copy changed',
        );
      },
    },
    {
      name: 'expecting revision 0 refuses to write over a contract that exists',
      run: async () => {
        const adapter = await makeAdapter();
        const contract = freshContract();
        value(await adapter.save(contract), 'save');
        const again = await adapter.save(contract, { expectedRevision: 0 });
        check(!again.ok && again.error.code === 'conflict', 'expected a conflict');
      },
    },
    {
      name: 'changing an object after saving it does not change what was stored',
      run: async () => {
        const adapter = await makeAdapter();
        const contract = freshContract();
        value(await adapter.save(contract), 'save');
        contract.parties.a.name = 'Changed afterwards';
        const loaded = value(await adapter.load(contract.id), 'load');
        check(loaded?.parties.a.name === 'Mette', 'the stored contract changed with the object');
      },
    },
    {
      name: 'list shows each saved contract in short',
      run: async () => {
        const adapter = await makeAdapter();
        if (!adapter.capabilities.list) return;
        const contract = freshContract();
        const saved = value(await adapter.save(contract), 'save');
        const summaries = value(await adapter.list(), 'list');
        const mine = summaries.find((summary) => summary.id === contract.id);
        check(mine, 'the saved contract is not listed');
        const { id, revision, updatedAt, state } = mine;
        // The leaders' and the supervisor's names are for the adapter to add where it can.
        const names = { a: mine.names.a, b: mine.names.b };
        check(
          same(
            { id, revision, updatedAt, state, names },
            {
              id: saved.id,
              revision: saved.revision,
              updatedAt: saved.updatedAt,
              state: saved.process.state,
              names: { a: 'Mette', b: '' },
            },
          ),
          'the summary is wrong',
        );
      },
    },
    {
      name: 'remove deletes a contract, and says not-found for one that is not there',
      run: async () => {
        const adapter = await makeAdapter();
        if (!adapter.capabilities.remove) return;
        const contract = freshContract();
        value(await adapter.save(contract), 'save');
        value(await adapter.remove(contract.id), 'remove');
        check(
          same(value(await adapter.load(contract.id), 'load'), null),
          'still there after remove',
        );
        const again = await adapter.remove(contract.id);
        check(!again.ok && again.error.code === 'not-found', 'expected not-found');
      },
    },
    {
      name: 'another instance hears of a save and of a removal, by revision',
      run: async () => {
        const adapter = await makeAdapter();
        if (!adapter.capabilities.subscribe || !adapter.subscribe) return;
        const other = await makeAdapter();
        const contract = freshContract();
        const heard: (number | null)[] = [];
        const stop = adapter.subscribe(contract.id, (revision) => heard.push(revision));
        try {
          value(await other.save(contract), 'save');
          if (adapter.capabilities.remove) value(await other.remove(contract.id), 'remove');
          const expected = adapter.capabilities.remove ? [1, null] : [1];
          for (let tries = 0; tries < 50 && heard.length < expected.length; tries++) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          check(same(heard, expected), `heard ${JSON.stringify(heard)}`);
        } finally {
          stop();
        }
      },
    },
  ];
  return cases;
}
