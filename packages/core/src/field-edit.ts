import { PARTIES, type Perspective } from './constants.js';
import {
  appendItem,
  getAtPath,
  removeItem,
  resolvePath,
  setField,
  type Edit,
  type FieldPath,
} from './paths.js';
import { withAnswered } from './answered.js';
import { canEdit } from './editing-rules.js';
import { isEmailPath } from './membership.js';
import { validateCustomValue } from './config/custom-values.js';
import { parsePerspective } from './perspective.js';
import { fail, formatPath, issue, ok, type Result } from './result.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import {
  LearningContractSchema,
  type Amendment,
  type LearningContract,
} from './schema/contract-schema.js';
import { fromZodIssues } from './zod-issues.js';
import { schemaAt } from './schema/schema-at.js';

/** Options of an edit: the clock and the organisation's rules. */
export interface EditOptions {
  now?: Date;
  /** The organisation's configured rules; the built-in rules when left out. */
  rules?: ContractRules;
}

/**
 * The content the leaders approve and the parties accept: who they are, what
 * they want to learn, who supports them, and the plan. Ticking off an activity
 * or writing in the logbook is running the plan, not changing it.
 */
export function isAgreedContent(path: FieldPath): boolean {
  const [section, key, , field] = path;
  if (
    ['parties', 'purpose', 'goals', 'leaders', 'supervisor', 'settings'].includes(String(section))
  ) {
    return true;
  }
  if (section !== 'plan') return false;
  if (key === 'approach' || key === 'timeFrame') return true;
  return key === 'activities' && field !== 'done';
}

const hasAnyApproval = ({ approvals }: LearningContract) =>
  [approvals.leaders.a, approvals.leaders.b, approvals.parties.a, approvals.parties.b].some(
    (given) => given !== null,
  );

/**
 * Whether a change to agreed content would withdraw signatures now: while the
 * agreement is being signed and someone has signed. A page says so before the edit.
 */
export const editWithdrawsSignatures = (contract: LearningContract): boolean =>
  contract.process.state === 'agreement' && hasAnyApproval(contract);

/**
 * In the agreement step an approval covers the text that was approved, so a
 * change to agreed content withdraws every approval and acceptance.
 */
/**
 * Every signature is withdrawn, and the contract says by whom, when and for
 * which change, so that those who had signed read afterwards why they must
 * sign again (until the agreement is left; moving on starts a new record).
 */
function withdrawApprovals(
  contract: LearningContract,
  perspective: Perspective,
  target: FieldPath,
  now: Date,
): LearningContract {
  const { leaders, parties } = contract.approvals;
  const from = PARTIES.flatMap((party) => [
    ...(parties[party] ? [`party-${party}` as const] : []),
    ...(leaders[party] ? [`leader-${party}` as const] : []),
  ]);
  const withdrawn = { at: now.toISOString(), by: perspective, path: formatPath(target), from };
  return {
    ...contract,
    approvals: {
      ...contract.approvals,
      leaders: { a: null, b: null },
      parties: { a: null, b: null },
    },
    process: { ...contract.process, withdrawn },
  };
}

/**
 * In the learning step the contract may be adjusted (the seed method allows
 * it), and the approvals stand; the change is recorded in an open amendment
 * that the parties describe and confirm. Edits gather in the newest amendment
 * until both parties have confirmed it; adding a field clears confirmations.
 */
function recordAmendment(contract: LearningContract, path: FieldPath, now: Date): LearningContract {
  const field = path.join('.');
  const today = now.toISOString().slice(0, 10);
  const last = contract.amendments.at(-1);
  const open =
    last && !(last.agreedBy.includes('party-a') && last.agreedBy.includes('party-b')) ? last : null;
  if (open?.fields.includes(field)) return contract;
  const amendment: Amendment = open
    ? { ...open, fields: [...open.fields, field], agreedBy: [] }
    : {
        id: amendmentId(contract),
        date: today,
        fields: [field],
        change: '',
        reason: '',
        agreedBy: [],
      };
  const amendments = open
    ? [...contract.amendments.slice(0, -1), amendment]
    : [...contract.amendments, amendment];
  return { ...contract, amendments };
}

/**
 * The id of the next amendment, from how many there are: a browser and the
 * server that apply the same edit open the same amendment, so the browser's
 * copy and the stored one match. (Amendments are never removed.)
 */
const amendmentId = (contract: LearningContract): string =>
  `amendment-${contract.amendments.length + 1}`;

/** Editing what an amendment says clears the confirmations it had. */
function clearAmendmentConfirmations(
  contract: LearningContract,
  path: FieldPath,
): LearningContract {
  const index = path[1];
  if (path[0] !== 'amendments' || typeof index !== 'number') return contract;
  const amendments = contract.amendments.map((amendment, at) =>
    at === index ? { ...amendment, agreedBy: [] } : amendment,
  );
  return { ...contract, amendments };
}

function itemPathOf(contract: LearningContract, listPath: FieldPath, id: string): FieldPath | null {
  const list = getAtPath(contract, listPath);
  if (!Array.isArray(list)) return null;
  const index = list.findIndex((item: { id?: unknown }) => item.id === id);
  return index < 0 ? null : [...listPath, index];
}

/**
 * Applies a user's edit under the rules for their perspective and the current
 * step. Refuses, with an issue and no change, an edit the user may not make or
 * a value of the wrong shape.
 */
export function applyEdit(
  contract: LearningContract,
  perspective: Perspective,
  edit: Edit,
  { now = new Date(), rules = BUILT_IN_RULES }: EditOptions = {},
): Result<LearningContract> {
  // A list item may be named by its id (`['goals', 'a', '#g1', 'text']`) as well as its index.
  const path = resolvePath(contract, edit.path);
  if (!path) return fail([issue(edit.path, 'not-found')]);
  return applyResolvedEdit(contract, perspective, { ...edit, path }, now, rules);
}

function applyResolvedEdit(
  contract: LearningContract,
  perspective: Perspective,
  edit: Edit,
  now: Date,
  rules: ContractRules,
): Result<LearningContract> {
  const target = edit.op === 'remove' ? itemPathOf(contract, edit.path, edit.id) : edit.path;
  if (!target) return fail([issue(edit.path, 'not-found')]);
  const allowed =
    canEdit(contract, perspective, target, rules.customOwners) &&
    (edit.op !== 'append' || appendAllowed(perspective, edit)) &&
    (edit.op !== 'set' || setAllowed(contract, perspective, edit.path));
  if (!allowed) return fail([issue(target, 'not-allowed', { perspective })]);

  let next: LearningContract;
  try {
    next =
      edit.op === 'set'
        ? setField(contract, edit.path, edit.value)
        : edit.op === 'append'
          ? appendItem(contract, edit.path, edit.item)
          : removeItem(contract, edit.path, edit.id);
  } catch {
    return fail([issue(edit.path, 'not-found')]);
  }
  // Only the changed value (or list) is checked: the rest was valid and is unchanged.
  const changed = schemaAt(LearningContractSchema, edit.path);
  const checked = changed
    ? changed.safeParse(getAtPath(next, edit.path))
    : LearningContractSchema.safeParse(next);
  if (!checked.success) {
    const prefix = changed ? edit.path : [];
    return fail(
      fromZodIssues(
        checked.error.issues.map((zodIssue) => ({
          ...zodIssue,
          path: [...prefix, ...zodIssue.path],
        })),
      ),
    );
  }
  const [section, fieldId] = target;
  if (section === 'custom' && typeof fieldId === 'string') {
    const customIssues = validateCustomValue(fieldId, next.custom[fieldId], rules);
    if (customIssues.length > 0) return fail(customIssues);
  }

  const state = contract.process.state;
  if (isAgreedContent(target)) {
    if (editWithdrawsSignatures(next)) next = withdrawApprovals(next, perspective, target, now);
    // Filling in an empty email later is an invitation, not a change to what was agreed.
    if (state === 'learning' && !isEmailPath(target)) next = recordAmendment(next, target, now);
  }
  next = clearAmendmentConfirmations(next, target);
  next = withAnswered(next, rules, [perspective]);
  return ok({ ...next, updatedAt: now.toISOString() });
}

/** Replacing a party's whole goal list would drop or rewrite the goals their leader preset. */
function setAllowed(
  contract: LearningContract,
  perspective: Perspective,
  path: FieldPath,
): boolean {
  const [section, key] = path;
  // Each logbook entry is its author's: the list as a whole is no one's to replace.
  if (section === 'plan' && key === 'logbook' && path.length === 2) return false;
  if (section !== 'goals' || path.length !== 2 || (key !== 'a' && key !== 'b')) return true;
  // A leader writes their preset goals one by one; the list as a whole holds the party's too.
  const role = parsePerspective(perspective).role;
  return role === 'party' && !contract.goals[key].some((g) => g.preset);
}

/**
 * A party or the supervisor writes logbook entries in their own name only,
 * and a party cannot add a goal as if a leader preset it; a goal a leader
 * adds is a preset one.
 */
function appendAllowed(
  perspective: Perspective,
  edit: { path: FieldPath; item: unknown },
): boolean {
  const [section, key] = edit.path;
  const { role, party } = parsePerspective(perspective);
  if (section === 'goals' && edit.path.length === 2) {
    return ((edit.item as { preset?: unknown }).preset === true) === (role === 'leader');
  }
  if (section !== 'plan' || key !== 'logbook') return true;
  return (edit.item as { author?: unknown }).author === (party ?? role);
}
