import { PARTIES, PROCESS_STATES, type Perspective, type ProcessState } from './constants.js';
import { parsePerspective } from './perspective.js';
import { fail, issue, ok, type Issue, type Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import { validateBeforeLeaving } from './validation.js';

/** The actions the process offers besides editing fields. */
export const ACTIONS = ['accept', 'approve', 'advance', 'confirm-amendment'] as const;
export type Action = (typeof ACTIONS)[number];

export interface ProcessOptions {
  /** The moment of the action; defaults to now. */
  now?: Date;
  /**
   * Who takes the action, as a server knows them (the signed-in email). It is
   * recorded with an acceptance or approval; without it an approval records
   * the leader's name from the contract.
   */
  by?: string;
  /** The organisation's configured rules; the built-in rules when left out. */
  rules?: ContractRules;
}

/** The state after `state`, or null after the last. */
export function nextState(state: ProcessState): ProcessState | null {
  return PROCESS_STATES[PROCESS_STATES.indexOf(state) + 1] ?? null;
}

/** Why the contract cannot move on from its current step yet; empty when it can. */
export function advanceBlockers(
  contract: LearningContract,
  rules: ContractRules = BUILT_IN_RULES,
): Issue[] {
  const state = contract.process.state;
  if (state === 'completed') return [issue(['process', 'state'], 'already-completed')];
  const issues = validateBeforeLeaving(contract, state, rules);
  if (state === 'agreement') {
    for (const party of PARTIES) {
      if (!contract.approvals.parties[party]) {
        issues.push(issue(['approvals', 'parties', party], 'party-not-accepted', { party }));
      }
      if (!contract.approvals.leaders[party]) {
        issues.push(issue(['approvals', 'leaders', party], 'leader-not-approved', { party }));
      }
    }
  }
  return issues;
}

/** Why `perspective` may not take `action` now; empty when they may. */
export function actionBlockers(
  contract: LearningContract,
  perspective: Perspective,
  action: Action,
  rules: ContractRules = BUILT_IN_RULES,
): Issue[] {
  const { role, party } = parsePerspective(perspective);
  const state = contract.process.state;
  const denied = [issue([], 'not-allowed', { action, perspective })];
  switch (action) {
    case 'accept':
    case 'approve': {
      if (role !== (action === 'accept' ? 'party' : 'leader') || !party) return denied;
      if (state !== 'agreement') return [issue(['process', 'state'], 'wrong-step', { action })];
      const given = action === 'accept' ? contract.approvals.parties : contract.approvals.leaders;
      if (given[party]) return [issue(['approvals'], 'already-given', { party })];
      const issues = validateBeforeLeaving(contract, 'agreement', rules);
      // Leaders approve the text both parties accepted, not a draft.
      if (action === 'approve') {
        for (const side of PARTIES) {
          if (!contract.approvals.parties[side]) {
            issues.push(
              issue(['approvals', 'parties', side], 'party-not-accepted', { party: side }),
            );
          }
        }
      }
      return issues;
    }
    case 'advance':
      if (role === 'supervisor') return denied;
      // Run formally, step 1 is the leaders': they hand the contract on once the goals are set.
      if (state === 'introduced' && contract.settings.mode === 'formal' && role !== 'leader') {
        return denied;
      }
      return advanceBlockers(contract, rules);
    case 'confirm-amendment':
      if (role === 'supervisor') return denied;
      if (state !== 'learning') return [issue(['process', 'state'], 'wrong-step', { action })];
      return [];
  }
}

/**
 * What is not offered as a button: what can never happen now (another
 * person's action, another step's, any once completed), what this person has
 * already done, and what waits for someone else first (a leader approves the
 * text both parties accepted; the learning starts once everyone has signed).
 * What this person can still fix stays offered: pressing it says what is missing.
 */
const NOT_OFFERED = [
  'not-allowed',
  'wrong-step',
  'already-completed',
  'already-given',
  'party-not-accepted',
  'leader-not-approved',
];

/** The actions `perspective` has in the current step, each with what still blocks it. */
export function availableActions(
  contract: LearningContract,
  perspective: Perspective,
  rules: ContractRules = BUILT_IN_RULES,
): Array<{ action: Action; blockers: Issue[] }> {
  return ACTIONS.map((action) => ({
    action,
    blockers: actionBlockers(contract, perspective, action, rules),
  })).filter(({ blockers }) => blockers.every((blocker) => !NOT_OFFERED.includes(blocker.code)));
}

const touch = (contract: LearningContract, now: Date): LearningContract => ({
  ...contract,
  updatedAt: now.toISOString(),
});

/**
 * What this person has signed, as it stands now: a party's acceptance, a
 * leader's approval, or null (not signed, withdrawn, or the supervisor, who signs nothing).
 */
export function signatureOf(
  contract: LearningContract,
  perspective: Perspective,
): { at: string; by?: string | undefined; comment?: string } | null {
  const { role, party } = parsePerspective(perspective);
  if (!party || role === 'supervisor') return null;
  return (role === 'party' ? contract.approvals.parties : contract.approvals.leaders)[party];
}

/** Party A or B accepts the contract as it stands. */
export function accept(
  contract: LearningContract,
  perspective: Perspective,
  { now = new Date(), rules, by }: ProcessOptions = {},
): Result<LearningContract> {
  const blockers = actionBlockers(contract, perspective, 'accept', rules);
  if (blockers.length > 0) return fail(blockers);
  const party = parsePerspective(perspective).party!;
  const acceptance = by === undefined ? { at: now.toISOString() } : { at: now.toISOString(), by };
  const parties = { ...contract.approvals.parties, [party]: acceptance };
  return ok(touch({ ...contract, approvals: { ...contract.approvals, parties } }, now));
}

/** A party's leader approves the contract as it stands, with an optional comment. */
export function approve(
  contract: LearningContract,
  perspective: Perspective,
  { comment = '', ...options }: ProcessOptions & { comment?: string } = {},
): Result<LearningContract> {
  const now = options.now ?? new Date();
  const blockers = actionBlockers(contract, perspective, 'approve', options.rules);
  if (blockers.length > 0) return fail(blockers);
  const party = parsePerspective(perspective).party!;
  const approval = {
    by: options.by ?? contract.leaders[party].name,
    at: now.toISOString(),
    comment,
  };
  const leaders = { ...contract.approvals.leaders, [party]: approval };
  return ok(touch({ ...contract, approvals: { ...contract.approvals, leaders } }, now));
}

/** Moves the contract on to its next step, when nothing blocks it. */
export function advance(
  contract: LearningContract,
  perspective: Perspective,
  { now = new Date(), rules }: ProcessOptions = {},
): Result<LearningContract> {
  const blockers = actionBlockers(contract, perspective, 'advance', rules);
  if (blockers.length > 0) return fail(blockers);
  const state = nextState(contract.process.state)!;
  const process = {
    state,
    reached: { ...contract.process.reached, [state]: now.toISOString() },
  };
  return ok(touch({ ...contract, process }, now));
}

/** A party or leader confirms an amendment made during the learning. */
export function confirmAmendment(
  contract: LearningContract,
  perspective: Perspective,
  amendmentId: string,
  { now = new Date() }: ProcessOptions = {},
): Result<LearningContract> {
  const blockers = actionBlockers(contract, perspective, 'confirm-amendment');
  if (blockers.length > 0) return fail(blockers);
  const index = contract.amendments.findIndex((amendment) => amendment.id === amendmentId);
  if (index < 0) return fail([issue(['amendments'], 'not-found', { id: amendmentId })]);
  const amendments = contract.amendments.map((amendment) =>
    amendment.id === amendmentId && !amendment.agreedBy.includes(perspective)
      ? { ...amendment, agreedBy: [...amendment.agreedBy, perspective] }
      : amendment,
  );
  return ok(touch({ ...contract, amendments }, now));
}

/** Runs any action by name: one entry point for the elements. */
export function performAction(
  contract: LearningContract,
  perspective: Perspective,
  action: Action,
  options: ProcessOptions & { comment?: string; amendmentId?: string } = {},
): Result<LearningContract> {
  switch (action) {
    case 'accept':
      return accept(contract, perspective, options);
    case 'approve':
      return approve(contract, perspective, options);
    case 'advance':
      return advance(contract, perspective, options);
    case 'confirm-amendment':
      return confirmAmendment(contract, perspective, options.amendmentId ?? '', options);
  }
}
