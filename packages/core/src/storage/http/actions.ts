import type { Action } from '../../process.js';
import { newItemId } from '../../paths.js';
import type { LearningContract } from '../../schema/contract-schema.js';
import type { ActOptions, StorageResult } from '../storage-adapter.js';
import { conflict, contractFrom, forbidden, unexpected } from './answers.js';
import type { Connection } from './connection.js';
import { perspectiveOn, remember } from './membership.js';
import { unreachable } from './requests.js';

/**
 * Actions run by the server, which records who and when by its own login and
 * clock: sent with the revision the person read (`If-Match`), in line with
 * the saves. A 412 is a `conflict` with the server's copy, 403 and 422 the
 * rules' refusal, a server that cannot be reached `unavailable`.
 */
export function actionsOn({ request, url, members, news, line }: Connection) {
  async function act(
    id: string,
    action: Action,
    { expectedRevision, as, ...extra }: ActOptions,
  ): Promise<StorageResult<LearningContract>> {
    const answer = await request(
      'POST',
      url(id, perspectiveOn(members, id, as), '/actions'),
      { 'If-Match': `"${expectedRevision}"`, 'Idempotency-Key': newItemId() },
      { action, ...extra },
    );
    if (answer.status === 200) {
      remember(members, id, answer.headers);
      const after = contractFrom(answer.body, id);
      if (after.ok) news.stored(id, after.value.revision);
      return after;
    }
    if (answer.status === 412) {
      const theirs = contractFrom(answer.body, id);
      return theirs.ok ? conflict(theirs.value) : theirs;
    }
    if (answer.status === 403 || answer.status === 422) return forbidden(answer);
    return unexpected('POST', answer);
  }
  return (id: string, action: Action, options: ActOptions) =>
    line.serially(() => act(id, action, options).catch(unreachable));
}
