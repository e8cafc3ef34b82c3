import type { Party, ProcessState } from './constants.js';
import type { FieldPath } from './paths.js';
import type { CustomOwners } from './ownership.js';
import { parsePerspective } from './perspective.js';
import { PERSPECTIVES, type Perspective } from './constants.js';
import type { LearningContract } from './schema/contract-schema.js';
import { getAtPath } from './paths.js';
import { isEmailPath } from './membership.js';
import { canView } from './visibility.js';

/**
 * Who may change what, and when. The process moves from agreeing the contract
 * (parties fill it in, leaders write their part), through the learning (the
 * plan and logbook run; agreed content may change, recorded as amendments), to
 * the partners' evaluation and the closing conversation with each leader.
 */
function partyMayEdit(
  state: ProcessState,
  path: FieldPath,
  party: Party,
  contract: LearningContract,
): boolean {
  const [section, key] = path;
  if (section === 'privateNotes') return key === party && state !== 'completed';
  if (section === 'custom') return state !== 'completed';
  const formal = contract.settings.mode === 'formal';
  // Run formally, the leaders set the goals first; the parties add theirs when agreeing.
  if (state === 'introduced' && formal && section === 'goals') return false;
  switch (state) {
    case 'introduced':
    case 'agreement':
      return (
        ['parties', 'purpose', 'leaders', 'supervisor'].includes(String(section)) ||
        (section === 'goals' && key === party) ||
        (section === 'plan' && key !== 'logbook')
      );
    case 'learning':
      return (
        ['purpose', 'supervisor', 'plan'].includes(String(section)) ||
        (section === 'goals' && key === party) ||
        // Amendments are opened, listed and confirmed by core; the parties write what and why.
        (section === 'amendments' && (path[2] === 'change' || path[2] === 'reason'))
      );
    case 'evaluation':
      return section === 'jointEvaluation' || (section === 'plan' && key === 'logbook');
    case 'closing':
      return section === 'leaderEvaluations' && key === party && !confirmed(contract, party);
    case 'completed':
      return false;
  }
}

/** The leader confirmed the closing conversation: the evaluation with them is settled. */
const confirmed = (contract: LearningContract, party: Party) =>
  contract.approvals.closing[party] !== null;

function leaderMayEdit(
  state: ProcessState,
  path: FieldPath,
  party: Party,
  contract: LearningContract,
): boolean {
  const [section, key] = path;
  const formal = contract.settings.mode === 'formal';
  const agreeing = state === 'introduced' || state === 'agreement';
  // Run formally, the leaders choose the theme from the competence plan.
  if (section === 'settings') return formal && agreeing && key === 'theme';
  if (key !== party) return false;
  switch (state) {
    case 'introduced':
    case 'agreement':
      // In formal mode the leader sets goals for their own employee.
      return section === 'leaders' || (section === 'goals' && formal);
    case 'closing':
      return section === 'leaderEvaluations' && !confirmed(contract, party);
    default:
      return false;
  }
}

/**
 * The supervisor writes their own name, role and tasks, and gives their
 * support, guidance and input in the logbook, which both parties read, while
 * the pair learn and evaluate.
 */
function supervisorMayEdit(state: ProcessState, path: FieldPath): boolean {
  const [section, key] = path;
  if (section === 'plan')
    return key === 'logbook' && (state === 'learning' || state === 'evaluation');
  return (
    (state === 'agreement' || state === 'learning') &&
    section === 'supervisor' &&
    ['name', 'role', 'responsibilities'].includes(String(key))
  );
}

/**
 * Rules that depend on the item: a goal the leader preset is the leader's to
 * change (the party may break it into sub-goals), the party's own goals are
 * the party's; logbook entries are their author's (a party's, or the supervisor's).
 */
function itemAllows(
  contract: LearningContract,
  path: FieldPath,
  role: string,
  party: Party | null,
): boolean {
  const [section, key, index] = path;
  if (typeof index !== 'number') return true;
  if (section === 'goals' && (key === 'a' || key === 'b')) {
    const preset = contract.goals[key][index]?.preset === true;
    if (role === 'leader') return preset && path[3] !== 'subGoals';
    return !preset || path[3] === 'subGoals';
  }
  if (section === 'plan' && key === 'logbook') {
    return contract.plan.logbook[index]?.author === (party ?? role);
  }
  return true;
}

/** Whether a party has written anything in the parts that are theirs alone. */
function hasPrivateContent(contract: LearningContract, party: Party): boolean {
  const { results, leaderEffort, employeeEffort, keepingPlan } = contract.leaderEvaluations[party];
  const { what, how, who, when } = keepingPlan;
  const texts = [
    contract.privateNotes[party],
    results.text,
    leaderEffort.text,
    employeeEffort.text,
  ];
  return [...texts, what, how, who, when].some((text) => text !== '');
}

/**
 * Who may write an email, which is who gets access to the contract:
 * - each party their own (on a server, a change that locks the writer out is refused);
 * - party A invites party B, while B has nothing private in the contract, so
 *   that B's private notes and evaluation can never be redirected to someone else;
 * - each party their own leader's, and each leader their own;
 * - the supervisor's, either party, as the rest of the supervisor block.
 */
function emailAllows(
  contract: LearningContract,
  path: FieldPath,
  perspective: Perspective,
): boolean {
  const [section, key] = path;
  const { role, party } = parsePerspective(perspective);
  if (section === 'parties' && (key === 'a' || key === 'b')) {
    if (role === 'party' && party === key) return true;
    return role === 'party' && key === 'b' && !hasPrivateContent(contract, 'b');
  }
  if (section === 'leaders' && (key === 'a' || key === 'b')) return party === key;
  // The supervisor's: the parties', as the rest of the supervisor block (a leader never).
  return role === 'party';
}

/** The email fields a change at `path` would touch: the field itself, or those inside the container. */
function emailPathsAt(path: FieldPath): FieldPath[] {
  const [section, key, field] = path;
  if (section !== 'parties' && section !== 'leaders') return [];
  if (field !== undefined) return field === 'email' ? [path] : [];
  const keys = key === undefined ? (['a', 'b'] as const) : [key];
  return keys.map((which) => [section, which, 'email']);
}

/** Whether someone in `perspective` may change the value at `path` now. */
export function canEdit(
  contract: LearningContract,
  perspective: Perspective,
  path: FieldPath,
  customOwners: CustomOwners = {},
): boolean {
  if (!canView(perspective, path, customOwners)) return false;
  const state = contract.process.state;
  const { role, party } = parsePerspective(perspective);
  // An empty email may be filled in until the end, by whoever may write it: an
  // invitation (a contract from before leaders had emails needs one), not a change.
  if (isEmailPath(path) && getAtPath(contract, path) === '' && state !== 'completed') {
    return role !== 'supervisor' && emailAllows(contract, path, perspective);
  }
  const allowed =
    role === 'party'
      ? partyMayEdit(state, path, party!, contract)
      : role === 'leader'
        ? leaderMayEdit(state, path, party!, contract)
        : supervisorMayEdit(state, path);
  return (
    allowed &&
    itemAllows(contract, path, role, party) &&
    emailPathsAt(path).every((emailPath) => emailAllows(contract, emailPath, perspective))
  );
}

/** Everyone who may change the value at `path` now: for "only Jonas Holm can change this". */
export function editorsOf(
  contract: LearningContract,
  path: FieldPath,
  customOwners: CustomOwners = {},
): Perspective[] {
  return PERSPECTIVES.filter((perspective) => canEdit(contract, perspective, path, customOwners));
}
