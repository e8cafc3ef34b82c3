import {
  anchorPath,
  canEdit,
  formatPath,
  getAtPath,
  resolvePath,
  type FieldConflict,
  type ContractRules,
  type FieldPath,
  type LearningContract,
  type Perspective,
  type RefusedEdit,
} from '@kollegalaering/core';
import { css, html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '../i18n/msg.js';
import { capitalised } from '../i18n/party-names.js';
import { placeOf } from '../i18n/place-names.js';
import { placesChanged, telling, writerName, writerOf } from '../i18n/who-changed.js';
import { controlId, type FieldContext } from '../shared/field-context.js';
import type {
  ColleagueChange,
  ContractController,
  StaleAction,
} from '../state/contract-controller.js';
import { actionLabel } from './action-labels.js';

// Loaded by import() only when a colleague's change, a conflict or a refused change is to be shown.
export { templates as danish } from '../locales/da-colleague-changes.js';

const styles = css`
  .conflict,
  .refused-edit,
  .refused,
  .stale {
    margin-block: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_error);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  .conflict {
    border-color: var(--_primary);
  }
  .conflict blockquote,
  .refused-edit blockquote {
    margin: 0 0 calc(var(--_space) / 2);
    background: #f3f2f1;
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    white-space: pre-wrap;
  }
  .conflict p,
  .refused-edit p {
    margin-block: calc(var(--_space) / 4);
  }
  .news:empty {
    display: none;
  }
`;

/**
 * Brings this part's looks into the shadow root it renders in, the first time
 * (adopted, so a strict Content-Security-Policy allows it): the elements'
 * own styles stay without them on the many pages that never need them.
 */
const styled = ref((element) =>
  // A new template is in the page only once it is rendered: adopt right after.
  queueMicrotask(() => {
    const root = element?.getRootNode();
    const sheet = styles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }),
);

/** What the news line reads from: the page's one owner of the contract. */
type Changes = Pick<ContractController, 'news' | 'shared' | 'conflicts' | 'shown'>;

/**
 * A colleague's change, said once and politely: who (by name) changed which
 * places, as a person says them ("Jonas Holm har ændret sit navn"). The page
 * took it in without asking anything. A change only the reader could have
 * made, or any change on storage in this browser, came from another window of
 * theirs. A field both changed in the same words is said here too, once, as
 * it appears: the choice waits at the field.
 */
export function renderNews(
  changes: Changes,
  reader: Perspective,
  rules: ContractRules | undefined,
) {
  const { news, shared } = changes;
  const now = news?.after ?? changes.shown;
  const writer =
    news && now && shared ? writerOf(news.before, news.paths, reader, rules) : undefined;
  const parts = news && now ? placesChanged(news.paths, telling(writer, reader, now)) : '';
  const conflicts = conflictNews(changes, reader, rules);
  return html`<p class="news" part="news" role="status" ${styled}>
    ${
      !parts
        ? nothing
        : html`<span
            >${
              writer
                ? msg(str`${capitalised(writerName(writer, now!))} changed ${parts}.`, {
                    id: 'news.changed',
                    desc: 'Announced when a colleague’s change arrived: their name, then the places they changed (“their name and the purpose”)',
                  })
                : msg(str`Changed in another window: ${parts}.`, {
                    id: 'news.otherWindow',
                    desc: 'Announced when the person’s own change in another window or tab arrived: the places changed (“your name”)',
                  })
            }</span
          >`
    }${conflicts ? html`<span> ${conflicts}</span>` : nothing}
  </p>`;
}

/** What the news line said of conflicts, per page: each conflict is said once, as it appears. */
const said = new WeakMap<
  Changes,
  { news: ColleagueChange | undefined; seen: Set<string>; text: string }
>();

const conflictKey = ({ path, theirs }: FieldConflict) => formatPath(path) + JSON.stringify(theirs);

/**
 * The sentence about conflicts that appeared since the news line last
 * changed: said once (re-rendering the same text says nothing again), and
 * taken away (which is not read out) once every one is settled.
 */
function conflictNews(changes: Changes, reader: Perspective, rules: ContractRules | undefined) {
  const { conflicts, shown, news } = changes;
  let memo = said.get(changes);
  if (!memo || memo.news !== news) {
    memo = { news, seen: memo?.seen ?? new Set(), text: '' };
    said.set(changes, memo);
  }
  const fresh = conflicts.filter((each) => !memo.seen.has(conflictKey(each)));
  if (fresh.length > 0 && shown) {
    fresh.forEach((each) => memo.seen.add(conflictKey(each)));
    const paths = fresh.map((each) => resolvePath(shown, each.path) ?? each.path);
    const writer = changes.shared ? writerOf(shown, paths, reader, rules) : undefined;
    const places = placesChanged(paths, telling(writer, reader, shown));
    memo.text = writer
      ? msg(
          str`${capitalised(writerName(writer, shown))} changed the same words as you in ${places}. Choose which text to keep.`,
          {
            id: 'conflict.announce',
            desc: 'Said (to screen readers too) when a conflict appears: the colleague’s name, then where (“the purpose”); the choice is at the field',
          },
        )
      : msg(
          str`You changed the same words in another window, in ${places}. Choose which text to keep.`,
          {
            id: 'conflict.announceOtherWindow',
            desc: 'Said when a conflict with the person’s own other window or tab appears: where (“the purpose”); the choice is at the field',
          },
        );
  }
  if (!conflicts.some((each) => memo.seen.has(conflictKey(each)))) memo.text = '';
  return memo.text;
}

/** Who changed it, when it was the person themselves, elsewhere. */
const otherWindow = () =>
  msg('your other window', {
    id: 'news.you',
    desc: 'Who changed a field, when it was the person themselves in another window or tab: “Keep the text from your other window”',
  });

/** Why a change of the person's was not saved, in their words. */
function reason(refused: RefusedEdit): string {
  switch (refused.issues[0]?.code) {
    case 'item-removed':
      return msg('Someone deleted the item you wrote in.', {
        id: 'refused.itemRemoved',
        desc: 'A change not saved: the list item it was in had been deleted by someone else',
      });
    case 'not-allowed':
      return msg('The contract has moved on, and this field is no longer yours to change.', {
        id: 'refused.notAllowed',
        desc: 'A change not saved: the rules no longer let this person change the field (the step moved on, a signature)',
      });
    default:
      return msg('The server did not accept the change.', {
        id: 'refused.other',
        desc: 'A change not saved, for another reason the server gave',
      });
  }
}

/** The text the person wrote, to copy: nothing typed is dropped without a place to find it. */
const typedText = ({ pending: { edit } }: RefusedEdit): string => {
  const value = edit.op === 'set' ? edit.value : edit.op === 'append' ? edit.item : '';
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    return Object.values(value)
      .filter((part): part is string => typeof part === 'string' && part !== '')
      .join(' · ');
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
};

/**
 * Where a keyboard user goes on after a message at a field goes away: the
 * field itself (not the top of the page, where a removed button leaves focus).
 */
const backToField = (event: Event, path: FieldPath) =>
  ((event.target as Element).getRootNode() as ParentNode)
    .querySelector<HTMLElement>(`#${CSS.escape(controlId(path))}`)
    ?.focus();

/** One change that could not be saved: why, and the person's text to copy, until they dismiss it. */
function renderRefusedNotice(
  each: RefusedEdit,
  at: FieldPath,
  dismiss: ((refused: RefusedEdit) => void) | undefined,
  reader: Perspective,
  contract: LearningContract,
) {
  const place = placeOf(at, telling(reader, reader, contract));
  return html`<div class="refused-edit" part="refused" data-path=${JSON.stringify(at)} ${styled}>
    <p><strong>${capitalised(place)}:</strong> ${reason(each)}</p>
    <p>
      ${msg('What you wrote, to copy:', { id: 'refused.yourText', desc: 'Before the text of a change that was not saved' })}
    </p>
    <blockquote class="typed">${typedText(each)}</blockquote>
    <button
      type="button"
      class="secondary"
      @click=${(event: Event) => {
        backToField(event, at);
        dismiss?.(each);
      }}
    >
      ${msg('I have copied it – remove the message', { id: 'refused.dismiss', desc: 'Removes a message about a change that was not saved' })}
    </button>
  </div>`;
}

/**
 * Changes that could not be saved, said at the top (an alert): where the
 * person can still write in the field, by its name (the message with the text
 * to copy is at the field); where the field is gone (a deleted item) or no
 * longer theirs to change (the step moved on, and it may be folded away or
 * read-only), the whole message here, with their text to copy. The rest of
 * the contract saves meanwhile.
 */
export function renderRefused(
  changes: Pick<ContractController, 'refused' | 'dismissRefused'>,
  contract: LearningContract,
  reader: Perspective,
  rules: ContractRules | undefined,
) {
  const { refused } = changes;
  if (refused.length === 0) return nothing;
  const dismiss = (each: RefusedEdit) => changes.dismissRefused(each);
  const atFields = refused.flatMap((each) => {
    const at = writableAt(each, contract, reader, rules);
    return at ? [at] : [];
  });
  const here = refused.filter((each) => !writableAt(each, contract, reader, rules));
  return html`<section class="refused" aria-labelledby="refused-title" role="alert" ${styled}>
    <h3 id="refused-title">
      ${msg('Not saved', { id: 'refused.title', desc: 'Heading above changes of the person’s that could not be saved' })}
    </h3>
    ${
      atFields.length > 0
        ? html`<p>
            ${msg(str`What you changed in ${placesChanged(atFields, telling(reader, reader, contract))} could not be saved. The message is at the field.`, { id: 'refused.atField', desc: 'At the top: where (“your name”, “the purpose”) a change of the person’s was not saved' })}
          </p>`
        : nothing
    }
    ${here.map((each) => renderRefusedNotice(each, resolvePath(contract, each.pending.edit.path) ?? each.pending.edit.path, dismiss, reader, contract))}
  </section>`;
}

/** Where a refused change's field is, when the person may still write in it there. */
function writableAt(
  each: RefusedEdit,
  contract: LearningContract,
  reader: Perspective,
  rules: ContractRules | undefined,
): FieldPath | undefined {
  const at = resolvePath(contract, each.pending.edit.path);
  return at && canEdit(contract, reader, at, rules?.customOwners) ? at : undefined;
}

/**
 * An action not taken as pressed, beside the buttons: who had already done it
 * (nothing to press again), or what changed in what it is about and by whom,
 * and which button to press again once the person has read it.
 */
export function renderStale(
  stale: StaleAction | undefined,
  reader: Perspective,
  rules: ContractRules | undefined,
  shared: boolean,
) {
  if (!stale) return nothing;
  const { before, after = before, paths } = stale.change;
  const button = actionLabel(stale.action, before);
  if (stale.done)
    return html`<p class="stale" role="status" ${styled}>${done(stale, reader, after)}</p>`;
  const writer = shared ? writerOf(before, paths, reader, rules) : undefined;
  const parts = placesChanged(paths, telling(writer, reader, after));
  const who = writer ? writerName(writer, after) : otherWindow();
  return html`<p class="stale" role="alert" ${styled}>
    ${
      parts
        ? msg(
            str`${capitalised(who)} changed ${parts} after you opened the contract. Read the change above, then press “${button}” again.`,
            {
              id: 'stale.changedPress',
              desc: 'An action (accept, approve, move on) was not taken because a colleague changed what it is about meanwhile: who, where, and the button’s text',
            },
          )
        : msg(
            str`The contract changed after you opened it. Read it again, then press “${button}” again.`,
            {
              id: 'stale.otherPress',
              desc: 'An action was not taken because the contract changed meanwhile, in parts the reader cannot see; the button’s text',
            },
          )
    }
  </p>`;
}

/** Someone had already done what the person pressed: said plainly, with nothing to press again. */
function done(stale: StaleAction, reader: Perspective, now: LearningContract) {
  const by = stale.done?.by;
  const button = actionLabel(stale.action, stale.change.before);
  if (by === reader) {
    return msg(str`You had already done this in another window: “${button}”.`, {
      id: 'stale.doneYours',
      desc: 'The person pressed a button (accept, approve, confirm) whose action they had already taken in another window or tab',
    });
  }
  const who = capitalised(writerName(by ?? 'colleague', now));
  return stale.action === 'advance' && now.process.state === 'learning'
    ? msg(str`${who} has already started the learning.`, {
        id: 'stale.doneStarted',
        desc: 'The person pressed “Start the learning”, and a colleague (by name, or “a colleague”) had already started it: nothing to press again',
      })
    : msg(
        str`${who} has already moved the contract on to the next step. You need not press again.`,
        {
          id: 'stale.doneMovedOn',
          desc: 'The person pressed a button moving the contract on, and a colleague (by name, or “a colleague”) had already done it',
        },
      );
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/**
 * What the person must know at a field: a change of theirs that could not be
 * saved there, and where a colleague changed the same words as the person,
 * both texts and the choice between them.
 */
export function renderAtField(path: FieldPath, ctx: FieldContext) {
  const { state } = ctx;
  const here = formatPath(anchorPath(state.contract, path));
  // Only where the person may still write there: else the whole message is at the top.
  const refused = (state.refusedEdits ?? []).filter(
    (each) =>
      formatPath(writableAt(each, state.contract, state.perspective, state.rules) ?? []) ===
      formatPath(path),
  );
  const conflict = state.conflicts?.find((each) => formatPath(each.path) === here);
  return html`${refused.map((each) =>
    renderRefusedNotice(each, path, state.dismiss, state.perspective, state.contract),
  )}${conflict ? renderConflict(conflict, path, ctx) : nothing}`;
}

/**
 * What a choice in a conflict puts in the field: for a text, the person's
 * words (`mine`) or both people's (`both`) where the two overlap, merged onto
 * what the field holds now, so that words either added elsewhere meanwhile
 * stay (the text held apart may be older than the field); else their value.
 */
async function settled(conflict: FieldConflict, now: unknown, keep: 'mine' | 'both') {
  const { before, mine } = conflict;
  if (typeof now !== 'string' || typeof mine !== 'string') return mine;
  // Through the part that merges (fetched already where the conflict came from it), so that
  // the merge is one chunk of its own and a page fetches nothing more at its start.
  const { bothTexts, settleText } = await import('../state/rebase-part.js');
  // Not known what `mine` was made from (a page's older copy): `mine` whole, or both.
  if (typeof before !== 'string') return keep === 'mine' ? mine : bothTexts(now, mine);
  return settleText(before, now, mine, keep);
}

/**
 * Where a colleague changed the same words as the person, at that field: the
 * colleague's text (stored, and in the field), the person's own, and the
 * choice: the person's words there, both, or the colleague's. The person may
 * also write their words into the field; once it holds them all, this goes
 * (see rebase-part).
 */
function renderConflict(conflict: FieldConflict, path: FieldPath, ctx: FieldContext) {
  const settle = ctx.state.settle;
  if (!settle) return nothing;
  // On storage in this browser, the other writer is the person, in another window.
  const { contract, perspective, rules, shared } = ctx.state;
  const writer = shared ? writerOf(contract, [path], perspective, rules) : undefined;
  const who = writer ? writerName(writer, contract) : otherWindow();
  const id = `c-${controlId(path)}`;
  const at = resolvePath(contract, conflict.path);
  const now = at && getAtPath(contract, at);
  const choose = (keep?: 'mine' | 'both') => async (event: Event) => {
    backToField(event, path);
    settle(conflict.path, keep && (await settled(conflict, now, keep)));
  };
  return html`<div
    class="conflict"
    part="conflict"
    ${styled}
    role="group"
    aria-labelledby=${id}
    data-path=${JSON.stringify(path)}
  >
    <p id=${id}>
      <strong>
        ${msg(str`${capitalised(who)} changed this field while you were writing it.`, {
          id: 'conflict.title',
          desc: 'At a field both people changed in the same words; the colleague’s name',
        })}
      </strong>
      ${msg(
        'Their text is saved and shown in the field. Choose what stays where you both changed the same words; words elsewhere in the field stay. You can also write your words into the field yourself, and this message goes away.',
        {
          id: 'conflict.help',
          desc: 'Under the conflict’s title',
        },
      )}
    </p>
    <p>
      ${msg(str`Text from ${who}:`, { id: 'conflict.theirs', desc: 'Before the colleague’s text' })}
    </p>
    <blockquote class="theirs">${asText(conflict.theirs)}</blockquote>
    <p>
      ${msg('Your text (not saved):', { id: 'conflict.mine', desc: 'Before the person’s own text, which is not saved' })}
    </p>
    <blockquote class="mine">${asText(conflict.mine)}</blockquote>
    <div class="buttons">
      ${
        typeof conflict.mine === 'string'
          ? html`<button type="button" data-resolve="both" @click=${choose('both')}>
              ${msg('Keep both texts', { id: 'conflict.keepBoth', desc: 'Settles a conflict keeping the words of both texts' })}
            </button>`
          : nothing
      }
      <button
        type="button"
        class=${typeof conflict.mine === 'string' ? 'secondary' : ''}
        data-resolve="mine"
        @click=${choose('mine')}
      >
        ${msg('Use my text', { id: 'conflict.useMine', desc: 'Settles a conflict with the person’s own text' })}
      </button>
      <button type="button" class="secondary" data-resolve="theirs" @click=${choose()}>
        ${msg(str`Keep the text from ${who}`, { id: 'conflict.keepTheirs', desc: 'Settles a conflict with the colleague’s text' })}
      </button>
    </div>
  </div>`;
}

/**
 * After a render of the form: a colleague moved the contract on while the
 * person wrote, and the section their field is in folded away (a new element).
 * The field is opened and focused again, with the caret where it was, so that
 * what they go on typing lands in it and not on the page; or, no longer theirs
 * to change, they stay beside it while the alert at the top has their text.
 */
export function keepWriting(root: ShadowRoot, was: Element | null): void {
  if (!was?.id || was.isConnected || root.activeElement) return;
  const field = root.querySelector<HTMLElement>(`#${CSS.escape(was.id)}`);
  if (!field) return;
  field.closest('details')?.setAttribute('open', '');
  field.focus();
  const caret = was as HTMLTextAreaElement;
  // Only text fields have a caret (a date field has none, and throws).
  if (field instanceof HTMLTextAreaElement && caret.selectionStart !== null) {
    field.setSelectionRange(caret.selectionStart, caret.selectionEnd);
  }
}

/** What the form's fields take from this part (through the shared state). */
export const atFields = { renderAtField, keepWriting };
