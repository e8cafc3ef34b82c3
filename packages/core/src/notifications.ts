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
  'evaluation',
  'closing',
  'completed',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

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

/**
 * Who should be told of a change from `before` to `after`, and of what: run
 * formally, a leader invited at step 1 (the goals are theirs to set) and the
 * parties when a leader hands the contract on; a
 * leader when their approval becomes theirs to give (both parties accepted),
 * a party when an amendment waits for their confirmation, the parties and any
 * leader who had approved when a change withdrew acceptances or approvals,
 * and the people of a step when the contract reaches it. One notice per
 * person and kind; none for someone without an email in the contract.
 */
export function noticesBetween(
  before: LearningContract,
  after: LearningContract,
  rules: ContractRules = BUILT_IN_RULES,
): Notice[] {
  const wanted: Array<[NoticeKind, Perspective]> = [];
  for (const perspective of PERSPECTIVES) {
    const had = new Set(whoseTurn(before, perspective, rules).yours.map((need) => need.need));
    for (const { need } of whoseTurn(after, perspective, rules).yours) {
      if ((need === 'approve' || need === 'confirm-amendment') && !had.has(need)) {
        wanted.push([need, perspective]);
      }
    }
  }
  // Run formally, a leader is told when their email is written in at step 1: the goals are theirs to set.
  if (after.process.state === 'introduced' && after.settings.mode === 'formal') {
    for (const leader of ['leader-a', 'leader-b'] as const) {
      const invited =
        normaliseEmail(emailOf(before, leader)) !== normaliseEmail(emailOf(after, leader));
      const goalsTheirs = whoseTurn(after, leader, rules).yours.some(
        (need) => need.need === 'fill-in',
      );
      if (invited && goalsTheirs) wanted.push(['set-goals', leader]);
    }
  }
  const [acceptedA, acceptedB, approvedA, approvedB] = given(before);
  const now = given(after);
  if ([acceptedA, acceptedB, approvedA, approvedB].some((was, index) => was && !now[index])) {
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
