import type { Perspective } from '../../constants.js';
import { newItemId } from '../../paths.js';
import type { LearningContract } from '../../schema/contract-schema.js';
import { viewFor } from '../../visibility.js';
import type {
  ContractSummary,
  LoadOptions,
  SaveOptions,
  StorageResult,
} from '../storage-adapter.js';
import { conflict, contractFrom, failure, forbidden, unexpected } from './answers.js';
import type { Connection } from './connection.js';
import { perspectiveOn, remember } from './membership.js';
import { unreachable } from './requests.js';

/** Loading, saving, listing and removing contracts on the server, as the signed-in person. */
export function contractsOn({ request, url, members, news, line }: Connection) {
  async function fetchContract(
    id: string,
    as?: Perspective,
  ): Promise<StorageResult<LearningContract | null>> {
    let answer = await request('GET', url(id, as ?? perspectiveOn(members, id)));
    // The page asked for a perspective the person does not hold, or did not say which of
    // several: the server names the ones they hold, and the first is taken.
    const held = (answer.body as { perspectives?: unknown } | null)?.perspectives;
    if ((answer.status === 400 || answer.status === 403) && Array.isArray(held) && held.length) {
      answer = await request('GET', url(id, held[0] as Perspective));
    }
    if (answer.status === 404) return { ok: true, value: null };
    if (answer.status !== 200) return unexpected('GET', answer);
    remember(members, id, answer.headers);
    return contractFrom(answer.body, id);
  }

  /** One PUT of a contract based on `revision` (0: create). Rejects with Unreachable. */
  async function put(
    contract: LearningContract,
    revision: number,
    idempotencyKey: string,
    as?: Perspective,
  ): Promise<StorageResult<LearningContract>> {
    const { id } = contract;
    const precondition: Record<string, string> =
      revision === 0 ? { 'If-None-Match': '*' } : { 'If-Match': `"${revision}"` };
    // Only the person's own view goes back: the blanks where they see nothing are never sent.
    const writer = revision === 0 ? 'party-a' : (perspectiveOn(members, id, as) ?? 'party-a');
    const answer = await request(
      'PUT',
      url(id, revision === 0 ? undefined : perspectiveOn(members, id, as)),
      { ...precondition, 'Idempotency-Key': idempotencyKey },
      viewFor(contract, writer),
    );
    if (answer.status === 200 || answer.status === 201) {
      remember(members, id, answer.headers);
      return contractFrom(answer.body, id);
    }
    if (answer.status === 403 || answer.status === 422) return forbidden(answer);
    if (answer.status === 412) {
      // The server sends its copy with the 412; ask for it when it did not.
      const theirs = answer.body === null ? null : contractFrom(answer.body, id);
      const current = theirs?.ok ? theirs : await fetchContract(id);
      if (!current.ok) return current;
      return current.value ? conflict(current.value) : failure('conflict', 'removed on the server');
    }
    if (answer.status === 413 || answer.status === 507) {
      return failure('quota', `HTTP ${answer.status}`);
    }
    return unexpected('PUT', answer);
  }

  /** The contracts the person is on, in short. */
  async function list(): Promise<StorageResult<ContractSummary[]>> {
    const answer = await request('GET', url());
    if (answer.status !== 200 || !Array.isArray(answer.body)) {
      return unexpected('GET', answer);
    }
    return { ok: true, value: answer.body as ContractSummary[] };
  }

  async function remove(id: string): Promise<StorageResult<void>> {
    const answer = await request('DELETE', url(id, perspectiveOn(members, id)), {
      'Idempotency-Key': newItemId(),
    });
    if (answer.status === 403) return forbidden(answer);
    if (answer.status === 404) return failure('not-found');
    if (answer.status !== 204 && answer.status !== 200) {
      return unexpected('DELETE', answer);
    }
    news.stored(id, null);
    return { ok: true, value: undefined };
  }

  /** Saves after the writes in line, based on `expectedRevision` or, without one, on what is stored now. */
  async function save(
    contract: LearningContract,
    options: SaveOptions,
  ): Promise<StorageResult<LearningContract>> {
    let revision = options.expectedRevision;
    if (revision === undefined) {
      const stored = await fetchContract(contract.id);
      if (!stored.ok) return stored;
      revision = stored.value?.revision ?? 0;
    }
    // One key for every attempt: a server that stored it already does not store it twice.
    const result = await put(contract, revision, newItemId(), options.as);
    if (result.ok) news.stored(contract.id, result.value.revision);
    return result;
  }

  // A server that cannot be reached is `unavailable`.
  return {
    save: (contract: LearningContract, options: SaveOptions = {}) =>
      line.serially(() => save(contract, options).catch(unreachable)),
    load: (id: string, { as }: LoadOptions = {}) => fetchContract(id, as).catch(unreachable),
    list: () => list().catch(unreachable),
    remove: (id: string) => remove(id).catch(unreachable),
  };
}
