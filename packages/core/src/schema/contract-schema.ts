import * as z from 'zod/mini';
import {
  ACTIVITY_OWNERS,
  LOG_AUTHORS,
  MODES,
  PERSPECTIVES,
  PROCESS_STATES,
  SCHEMA_VERSION,
  SUPERVISOR_DECISIONS,
} from '../constants.js';
import { itemId, optionalDate, text, timestamp } from './primitives.js';

/** A value for each party, A and B. */
const perParty = <T extends z.core.SomeType>(schema: T) => z.object({ a: schema, b: schema });

export const PersonSchema = z.object({
  name: text(),
  department: text(),
  position: text(),
  email: text(),
});

export const SubGoalSchema = z.object({ id: itemId(), text: text() });

export const GoalSchema = z.object({
  id: itemId(),
  text: text(),
  subGoals: z.array(SubGoalSchema),
  /** Set by the leader in formal mode: the party cannot change or remove it. */
  preset: z.boolean(),
});

/** The sponsor or leader who approves the contract for one party and follows up. */
export const LeaderSchema = z.object({
  name: text(),
  title: text(),
  /** Who signs in as this leader: their approval and their employee's evaluation reach them through it. */
  email: text(),
  responsibilities: text(),
});

export const SupervisorSchema = z.object({
  decision: z.enum(SUPERVISOR_DECISIONS),
  name: text(),
  role: text(),
  /** Who signs in as the supervisor. */
  email: text(),
  responsibilities: text(),
});

export const ActivitySchema = z.object({
  id: itemId(),
  what: text(),
  who: z.enum(ACTIVITY_OWNERS),
  when: text(),
  done: z.boolean(),
});

export const MeetingSchema = z.object({ id: itemId(), date: optionalDate(), topic: text() });

/** An entry in the logbook: by a party, or the supervisor's input, which both parties read. */
export const LogEntrySchema = z.object({
  id: itemId(),
  date: optionalDate(),
  author: z.enum(LOG_AUTHORS),
  text: text(),
});

export const TimeFrameSchema = z.object({
  start: optionalDate(),
  end: optionalDate(),
  meetingFrequency: text(),
  ongoingEvaluation: text(),
});

export const PlanSchema = z.object({
  approach: text(),
  activities: z.array(ActivitySchema),
  timeFrame: TimeFrameSchema,
  schedule: z.array(MeetingSchema),
  logbook: z.array(LogEntrySchema),
});

/**
 * A change to the agreed contract made while the learning runs. Core opens one
 * when a party edits agreed content in the learning step and lists the changed
 * fields in it; the parties say what changed and why, and each confirms it.
 */
export const AmendmentSchema = z.object({
  id: itemId(),
  date: optionalDate(),
  /** The changed fields, as dotted paths such as `goals.a.0.text`. */
  fields: z.array(z.string().check(z.maxLength(200))),
  change: text(),
  reason: text(),
  agreedBy: z.array(z.enum(PERSPECTIVES)),
});

/** One answered question in an evaluation: the answer, and whether the people agree it is finished. */
export const AnswerSchema = z.object({ text: text(), done: z.boolean() });

/** The partners' evaluation of the learning together: five questions. */
export const JointEvaluationSchema = z.object({
  goals: AnswerSchema,
  collaboration: AnswerSchema,
  supervisorUse: AnswerSchema,
  nextTime: AnswerSchema,
  keepingKnowledge: AnswerSchema,
});

/** One party's evaluation with their own leader. Private to that party. */
export const LeaderEvaluationSchema = z.object({
  results: AnswerSchema,
  leaderEffort: AnswerSchema,
  employeeEffort: AnswerSchema,
  keepingPlan: z.object({
    what: text(),
    how: text(),
    who: text(),
    when: text(),
    done: z.boolean(),
  }),
  /** The closing conversation itself: when it was held, and who took part. */
  conversation: z.object({ date: optionalDate(), participants: text() }),
  /** Whether the employee's competence assessment or development plan was updated, and how. */
  developmentPlanUpdated: z.boolean(),
  developmentPlan: text(),
});

export const ApprovalSchema = z.object({
  /** Who approved: the signed-in email where a server knows it, else the leader's name. */
  by: text(),
  at: timestamp(),
  comment: text(),
});

export const AcceptanceSchema = z.object({
  at: timestamp(),
  /** The signed-in email of the party who accepted, where a server knows it. */
  by: z.optional(text()),
});

/** A leader's confirmation that the closing conversation with their employee was held. */
export const ClosingConfirmationSchema = z.object({
  /** Who confirmed: the signed-in email where a server knows it, else the leader's name. */
  by: text(),
  at: timestamp(),
});

/** The last change that withdrew the signatures given while the agreement was being signed. */
export const WithdrawalSchema = z.object({
  at: timestamp(),
  /** Who made the change. */
  by: z.enum(PERSPECTIVES),
  /** The changed field, as a dotted path such as `goals.b`. */
  path: z.string().check(z.maxLength(200)),
  /** Whose acceptances and approvals it withdrew. */
  from: z.array(z.enum(PERSPECTIVES)),
});

export const ProcessSchema = z.object({
  state: z.enum(PROCESS_STATES),
  /** When each step was reached, keyed by step. */
  reached: z.partialRecord(z.enum(PROCESS_STATES), timestamp()),
  withdrawn: z.optional(WithdrawalSchema),
  /** A party asked to end the learning before its agreed end; it ends when the other party agrees. */
  endEarly: z.optional(z.object({ by: z.enum(['party-a', 'party-b']), at: timestamp() })),
  /**
   * Kept by core as people write: whether the parts some people cannot see
   * (each party's own, and the partners' evaluation, which the supervisor
   * sees one answer of) have every answer the current step asks for. So
   * everyone can tell whom the step waits for without seeing the answers.
   */
  answered: z.optional(z.object({ a: z.boolean(), b: z.boolean(), joint: z.boolean() })),
});

export const SettingsSchema = z.object({
  mode: z.enum(MODES),
  theme: text(),
  presetGoals: perParty(z.array(text())),
});

/**
 * The value of an organisation's own field: a text or date, a tick, or the
 * options chosen in a checklist. A predicate rather than a zod union, which
 * costs the browser bundle a kilobyte for the same check.
 */
export const CustomValueSchema = z.custom<string | boolean | string[]>(
  (value) =>
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string')),
);

/** The whole learning contract between party A and party B, version 4. */
export const LearningContractSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  revision: z.number().check(z.int(), z.nonnegative()),
  settings: SettingsSchema,
  parties: perParty(PersonSchema),
  purpose: text(),
  goals: perParty(z.array(GoalSchema)),
  leaders: perParty(LeaderSchema),
  supervisor: SupervisorSchema,
  plan: PlanSchema,
  amendments: z.array(AmendmentSchema),
  jointEvaluation: JointEvaluationSchema,
  leaderEvaluations: perParty(LeaderEvaluationSchema),
  privateNotes: perParty(text()),
  approvals: z.object({
    leaders: perParty(z.nullable(ApprovalSchema)),
    parties: perParty(z.nullable(AcceptanceSchema)),
    /** Each leader's confirmation that the closing conversation was held: both complete the contract. */
    closing: perParty(z.nullable(ClosingConfirmationSchema)),
  }),
  process: ProcessSchema,
  /** Values of the fields a municipality adds in its own sections, keyed by field id. */
  custom: z.record(z.string(), CustomValueSchema),
  /**
   * The day after which the organisation no longer keeps this contract
   * (YYYY-MM-DD), from its retention setting; absent when it set none.
   */
  retainUntil: z.optional(optionalDate()),
});

/** A learning contract as stored: every part, of the current schema version. */
export type LearningContract = z.infer<typeof LearningContractSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Leader = z.infer<typeof LeaderSchema>;
export type Supervisor = z.infer<typeof SupervisorSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type LogEntry = z.infer<typeof LogEntrySchema>;
export type Amendment = z.infer<typeof AmendmentSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type LeaderEvaluation = z.infer<typeof LeaderEvaluationSchema>;
export type Approval = z.infer<typeof ApprovalSchema>;
export type ClosingConfirmation = z.infer<typeof ClosingConfirmationSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Withdrawal = z.infer<typeof WithdrawalSchema>;
