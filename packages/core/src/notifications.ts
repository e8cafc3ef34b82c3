import { PERSPECTIVES, type Perspective, type ProcessState } from './constants.js';
import { emailOf, normaliseEmail } from './membership.js';
import { BUILT_IN_RULES, type ContractRules } from './contract-rules.js';
import type { LearningContract } from './schema/contract-schema.js';
import { whoseTurn } from './whose-turn.js';

/** What a person is told when the contract passes to them, or when something of theirs was undone. */
export const NOTICE_KINDS = [
  'set-goals',
  'agreement',
  'approve',
  'confirm-amendment',
  'withdrawn',
  'end-early',
  'evaluation',
  'supervision',
  'closing',
  'confirm-closing',
  'completed',
] as const;
/** What a notice is about. */
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What one person is told about a change between two versions of a contract, by the server's messages. */
export interface Notice {
  kind: NoticeKind;
  /** Normalised; one notice per person and kind, even for someone who holds two perspectives. */
  email: string;
  perspectives: Perspective[];
}

/** When reaching a step, who is told: the people whose turn the step is. */
const STEP_NOTICES: Partial<Record<ProcessState, { kind: NoticeKind; who: Perspective[] }>> = {
  // Only a contract run formally reaches the agreement from step 1: the leaders handed it on.
  agreement: { kind: 'agreement', who: ['party-a', 'party-b'] },
  evaluation: { kind: 'evaluation', who: ['party-a', 'party-b'] },
  closing: { kind: 'closing', who: ['party-a', 'party-b', 'leader-a', 'leader-b'] },
  completed: { kind: 'completed', who: [...PERSPECTIVES] },
};

const given = ({ approvals }: LearningContract) =>
  [approvals.parties.a, approvals.parties.b, approvals.leaders.a, approvals.leaders.b].map(Boolean);

/** What becomes someone's to do, and is told when it does: one notice kind each. */
const TOLD_WHEN_YOURS: readonly NoticeKind[] = [
  'approve',
  'confirm-amendment',
  'end-early',
  'confirm-closing',
];

/**
 * Who should be told of a change from `before` to `after`, and of what: run
 * formally, a leader invited at step 1 (the goals are theirs to set) and the
 * parties when a leader hands the contract on; a
 * leader when their approval becomes theirs to give (both parties accepted),
 * a party when an amendment waits for their confirmation, or when the other
 * party asks to end the learning early, the parties and any
 * leader who had approved when a change withdrew acceptances or approvals,
 * a leader when their employee's evaluation is answered and the closing
 * conversation is theirs to confirm, the supervisor when the partners'
 * evaluation, with their answer about the supervision, is done,
 * and the people of a step when the contract reaches it. One notice per
 * person and kind; none for someone without an email in the contract.
 */
export function noticesBetween(
  before: LearningContract,
  after: LearningContract,
  rules: ContractRules = BUILT_IN_RULES,
  now: Date = new Date(),
): Notice[] {
  const wanted: Array<[NoticeKind, Perspective]> = [];
  for (const perspective of PERSPECTIVES) {
    const yours = (contract: LearningContract) =>
      whoseTurn(contract, perspective, rules, now).yours.map(({ need }) => need as NoticeKind);
    const had = yours(before);
    for (const need of yours(after)) {
      if (TOLD_WHEN_YOURS.includes(need) && !had.includes(need)) wanted.push([need, perspective]);
    }
  }
  // The method: the partners tell the supervisor their answer about the supervision.
  const answeredSupervisor = after.jointEvaluation.supervisorUse.text.trim() !== '';
  if (before.process.state === 'evaluation' && after.process.state === 'closing') {
    if (after.supervisor.decision === 'assigned' && answeredSupervisor) {
      wanted.push(['supervision', 'supervisor']);
    }
  }
  // Run formally, a leader is told when their email is written in at step 1: the goals are theirs to set.
  if (after.process.state === 'introduced' && after.settings.mode === 'formal') {
    for (const leader of ['leader-a', 'leader-b'] as const) {
      const invited =
        normaliseEmail(emailOf(before, leader)) !== normaliseEmail(emailOf(after, leader));
      const goalsTheirs = whoseTurn(after, leader, rules, now).yours.some(
        (need) => need.need === 'fill-in',
      );
      if (invited && goalsTheirs) wanted.push(['set-goals', leader]);
    }
  }
  const [acceptedA, acceptedB, approvedA, approvedB] = given(before);
  const still = given(after);
  if ([acceptedA, acceptedB, approvedA, approvedB].some((was, index) => was && !still[index])) {
    wanted.push(['withdrawn', 'party-a'], ['withdrawn', 'party-b']);
    if (approvedA) wanted.push(['withdrawn', 'leader-a']);
    if (approvedB) wanted.push(['withdrawn', 'leader-b']);
  }
  const step = STEP_NOTICES[after.process.state];
  if (step && before.process.state !== after.process.state) {
    for (const perspective of step.who) wanted.push([step.kind, perspective]);
  }

  const notices = new Map<string, Notice>();
  for (const [kind, perspective] of wanted) {
    const email = normaliseEmail(emailOf(after, perspective));
    if (!email) continue;
    const key = `${kind} ${email}`;
    const notice = notices.get(key) ?? { kind, email, perspectives: [] };
    if (!notice.perspectives.includes(perspective)) notice.perspectives.push(perspective);
    notices.set(key, notice);
  }
  return [...notices.values()];
}
