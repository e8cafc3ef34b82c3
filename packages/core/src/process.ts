import {
  PARTIES,
  PROCESS_STATES,
  type Party,
  type Perspective,
  type ProcessState,
} from './constants.js';
import { screenedPartOf, withAnswered } from './answered.js';
import { otherParty, parsePerspective } from './perspective.js';
import { fail, issue, ok, type Issue, type Result } from './result.js';
import type { LearningContract } from './schema/contract-schema.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import { validateBeforeLeaving } from './validation.js';

/**
 * The actions the process offers besides editing fields: a party accepts and a
 * leader approves the agreement, anyone who may moves on, a party confirms a
 * change made while learning, the parties agree to end the learning before
 * its agreed end (one asks, the other agrees), and each leader confirms the
 * closing conversation was held.
 */
export const ACTIONS = [
  'accept',
  'approve',
  'advance',
  'confirm-amendment',
  'end-early',
  'confirm-closing',
] as const;
/** One of `ACTIONS`. */
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

/** The day of a moment, as core dates its records (`YYYY-MM-DD`, UTC). */
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Whether the learning has reached its agreed end: from the end date on, the
 * parties may move on to evaluate it (the method: after the contract's end).
 */
export const learningHasEnded = (contract: LearningContract, now: Date = new Date()): boolean =>
  dayOf(now) >= contract.plan.timeFrame.end;

/**
 * Why the contract cannot move on from its current step yet; empty when it
 * can. The learning runs until its end date (`learning-not-ended`); the
 * closing waits for each leader's confirmation (`closing-not-confirmed`).
 */
export function advanceBlockers(
  contract: LearningContract,
  rules: ContractRules = BUILT_IN_RULES,
  now: Date = new Date(),
): Issue[] {
  const { state } = contract.process;
  if (state === 'completed') return [issue(['process', 'state'], 'already-completed')];
  const issues = validateBeforeLeaving(contract, state, rules);
  for (const party of PARTIES) {
    if (state === 'agreement') {
      if (!contract.approvals.parties[party]) {
        issues.push(issue(['approvals', 'parties', party], 'party-not-accepted', { party }));
      }
      if (!contract.approvals.leaders[party]) {
        issues.push(issue(['approvals', 'leaders', party], 'leader-not-approved', { party }));
      }
    }
    if (state === 'closing' && !contract.approvals.closing[party]) {
      issues.push(issue(['approvals', 'closing', party], 'closing-not-confirmed', { party }));
    }
  }
  if (state === 'learning' && !learningHasEnded(contract, now)) {
    const { end } = contract.plan.timeFrame;
    issues.push(issue(['plan', 'timeFrame', 'end'], 'learning-not-ended', { end }));
  }
  return issues;
}

/** Why `perspective` may not take `action` now; empty when they may. */
export function actionBlockers(
  contract: LearningContract,
  perspective: Perspective,
  action: Action,
  rules: ContractRules = BUILT_IN_RULES,
  now: Date = new Date(),
): Issue[] {
  const { role, party } = parsePerspective(perspective);
  const state = contract.process.state;
  const denied = [issue([], 'not-allowed', { action, perspective })];
  const wrongStep = [issue(['process', 'state'], 'wrong-step', { action })];
  switch (action) {
    case 'accept':
    case 'approve': {
      if (role !== (action === 'accept' ? 'party' : 'leader') || !party) return denied;
      if (state !== 'agreement') return wrongStep;
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
      // The learning and the evaluation together are the partners' to end.
      if ((state === 'learning' || state === 'evaluation') && role !== 'party') return denied;
      // The closing ends with the leaders' confirmations, not by moving on.
      if (state === 'closing') return wrongStep;
      return advanceBlockers(contract, rules, now);
    case 'confirm-amendment':
      if (role === 'supervisor') return denied;
      if (state !== 'learning') return wrongStep;
      return [];
    case 'end-early':
      if (role !== 'party') return denied;
      if (state !== 'learning' || learningHasEnded(contract, now)) return wrongStep;
      if (contract.process.endEarly?.by === perspective) {
        return [issue(['process', 'endEarly'], 'already-given', { party: party! })];
      }
      return validateBeforeLeaving(contract, 'learning', rules);
    case 'confirm-closing': {
      if (role !== 'leader' || !party) return denied;
      if (state !== 'closing') return wrongStep;
      if (contract.approvals.closing[party]) {
        return [issue(['approvals', 'closing', party], 'already-given', { party })];
      }
      // Their employee's answers and what everyone answers, not the other party's.
      const issues = validateBeforeLeaving(contract, 'closing', rules).filter(
        ({ path }) => screenedPartOf(path, rules.customOwners) !== otherParty(party),
      );
      const held = contract.leaderEvaluations[party].conversation.date;
      if (held > dayOf(now)) {
        issues.push(issue(['leaderEvaluations', party, 'conversation', 'date'], 'date-in-future'));
      }
      return issues;
    }
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
  'learning-not-ended',
];

/** The actions `perspective` has in the current step, each with what still blocks it. */
export function availableActions(
  contract: LearningContract,
  perspective: Perspective,
  rules: ContractRules = BUILT_IN_RULES,
  now: Date = new Date(),
): Array<{ action: Action; blockers: Issue[] }> {
  return ACTIONS.map((action) => ({
    action,
    blockers: actionBlockers(contract, perspective, action, rules, now),
  })).filter(({ blockers }) => blockers.every((blocker) => !NOT_OFFERED.includes(blocker.code)));
}

const touch = (contract: LearningContract, now: Date): LearningContract => ({
  ...contract,
  updatedAt: now.toISOString(),
});

/** The contract at `state`, reached `at`: the process record starts afresh there. */
function moveTo(
  contract: LearningContract,
  state: ProcessState,
  at: string,
  rules: ContractRules | undefined,
): LearningContract {
  const reached = { ...contract.process.reached, [state]: at };
  return withAnswered({ ...contract, process: { state, reached } }, rules);
}

/**
 * Takes `action` as `perspective` when nothing blocks it: `change` makes the
 * new contract, given the party the person acts for and the moment.
 */
function take(
  contract: LearningContract,
  perspective: Perspective,
  action: Action,
  { now = new Date(), rules }: ProcessOptions,
  change: (party: Party, at: string) => LearningContract,
): Result<LearningContract> {
  const blockers = actionBlockers(contract, perspective, action, rules, now);
  if (blockers.length > 0) return fail(blockers);
  return ok(touch(change(parsePerspective(perspective).party!, now.toISOString()), now));
}

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
  options: ProcessOptions = {},
): Result<LearningContract> {
  const { by } = options;
  return take(contract, perspective, 'accept', options, (party, at) => {
    const parties = {
      ...contract.approvals.parties,
      [party]: by === undefined ? { at } : { at, by },
    };
    return { ...contract, approvals: { ...contract.approvals, parties } };
  });
}

/** A party's leader approves the contract as it stands, with an optional comment. */
export function approve(
  contract: LearningContract,
  perspective: Perspective,
  options: ProcessOptions & { comment?: string } = {},
): Result<LearningContract> {
  const { comment = '', by } = options;
  return take(contract, perspective, 'approve', options, (party, at) => {
    const approval = { by: by ?? contract.leaders[party].name, at, comment };
    const leaders = { ...contract.approvals.leaders, [party]: approval };
    return { ...contract, approvals: { ...contract.approvals, leaders } };
  });
}

/** Moves the contract on to its next step, when nothing blocks it. */
export function advance(
  contract: LearningContract,
  perspective: Perspective,
  options: ProcessOptions = {},
): Result<LearningContract> {
  return take(contract, perspective, 'advance', options, (_, at) =>
    moveTo(contract, nextState(contract.process.state)!, at, options.rules),
  );
}

/**
 * A party asks to end the learning before its agreed end date; when the other
 * party has asked as well, they agree, and the learning ends: on to evaluating it.
 */
export function endEarly(
  contract: LearningContract,
  perspective: Perspective,
  options: ProcessOptions = {},
): Result<LearningContract> {
  return take(contract, perspective, 'end-early', options, (_, at) =>
    contract.process.endEarly
      ? moveTo(contract, 'evaluation', at, options.rules)
      : {
          ...contract,
          process: { ...contract.process, endEarly: { by: perspective as 'party-a', at } },
        },
  );
}

/**
 * A leader confirms that the closing conversation with their employee was
 * held, once their evaluation together is answered; the employee's evaluation
 * is settled then. The second leader's confirmation completes the contract.
 */
export function confirmClosing(
  contract: LearningContract,
  perspective: Perspective,
  options: ProcessOptions = {},
): Result<LearningContract> {
  return take(contract, perspective, 'confirm-closing', options, (party, at) => {
    const confirmation = { by: options.by ?? contract.leaders[party].name, at };
    const closing = { ...contract.approvals.closing, [party]: confirmation };
    const next = { ...contract, approvals: { ...contract.approvals, closing } };
    return PARTIES.every((side) => closing[side])
      ? moveTo(next, 'completed', at, options.rules)
      : next;
  });
}

/** A party or leader confirms an amendment made during the learning. */
export function confirmAmendment(
  contract: LearningContract,
  perspective: Perspective,
  amendmentId: string,
  { now = new Date() }: ProcessOptions = {},
): Result<LearningContract> {
  const blockers = actionBlockers(contract, perspective, 'confirm-amendment', undefined, now);
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
    case 'end-early':
      return endEarly(contract, perspective, options);
    case 'confirm-closing':
      return confirmClosing(contract, perspective, options);
  }
}
