import {
  ACTIVITY_OWNERS,
  PARTIES,
  SUPERVISOR_DECISIONS,
  type Party,
  type ProcessState,
} from './constants.js';
import type { LocalisedText } from './config/localised-text.js';
import { newItemId, type FieldPath } from './paths.js';

/**
 * How a field is entered. The elements pick a control for each kind; an
 * `answer` is an evaluation question: a text and a done mark (`{ text, done }`).
 */
export const FIELD_KINDS = [
  'text',
  'longtext',
  'email',
  'date',
  'choice',
  'checkbox',
  'checklist',
  'answer',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Whose a field is: both parties', or one party's alone (private to that party's copy). */
export type Owner = 'shared' | Party;

/**
 * A field of a section. `label` is a stable key that the elements turn into
 * localised text; core itself holds no user-facing words.
 */
export interface FieldSpec {
  label: string;
  /** Relative to the group's list item for list fields, else from the contract's root. */
  path: FieldPath;
  kind: FieldKind;
  /** For `choice` and `checklist`: the allowed values, each also a label key under `${label}.${value}`. */
  options?: readonly string[];
  /** The organisation's own words, which replace the label key's text (custom fields). */
  text?: {
    /** Left out, the label key's text is used (a built-in field with the organisation's options). */
    label?: LocalisedText;
    help?: LocalisedText | undefined;
    options?: Readonly<Record<string, LocalisedText>>;
  };
  /** The longest text the field takes, where it is shorter than the general cap. */
  maxLength?: number;
  /**
   * For `answer`: the fields under the question, relative to its path. Left
   * out, an answer is one long text at `text`. The answer's `done` mark sits beside them.
   */
  subFields?: readonly FieldSpec[];
}

/** The fields under an evaluation question, relative to its path. */
export const answerFields = (field: FieldSpec): readonly FieldSpec[] =>
  field.subFields ?? [{ label: 'answer.text', path: ['text'], kind: 'longtext' }];

/** A list of items the users can add to and remove from, such as goals or activities. */
export interface ListSpec {
  kind: 'list';
  label: string;
  /** Label key for one item, for "Add goal" and "Remove goal 2". */
  itemLabel: string;
  path: FieldPath;
  /** Relative to the item; a list among them (a goal's sub-goals) hangs under each item. */
  itemFields: ReadonlyArray<FieldSpec | ListSpec>;
  /**
   * A new, empty item; `party` is who adds it (logbook entries are in their
   * name), `role` whether a party or leader adds it (a leader's goal is preset).
   */
  newItem: (context: NewItemContext) => { id: string };
  /** False for lists whose items core adds itself (amendments). */
  userAddable?: boolean;
  /** True for items the parties confirm (amendments): each is shown with who confirmed it. */
  confirmed?: boolean;
}

export interface NewItemContext {
  party: Party | null;
  role: 'party' | 'leader' | 'supervisor';
  /** Today as `YYYY-MM-DD`. */
  today: string;
}

/** A group of fields inside a section, with its own heading. */
export interface GroupSpec {
  /** Label key for a group's heading, or null where the section heading says it all. */
  label: string | null;
  owner: Owner;
  /** The first state in which the group is shown; from the start when left out. */
  from?: ProcessState;
  fields: ReadonlyArray<FieldSpec | ListSpec>;
}

/**
 * How a section is shown: as fields (most), or as an evaluation checklist
 * with its progress, for the partners together or for each party with their leader.
 */
export type SectionShownAs = 'fields' | 'joint-evaluation' | 'leader-evaluation';

/** A section as data: its fields, groups and lists, who owns it, and where it is shown. */
export interface SectionSpec {
  id: string;
  /** How the elements show it; `fields` when left out. */
  shownAs?: SectionShownAs;
  groups: readonly GroupSpec[];
  /** The states in which people work on this section; in others it is shown folded away. */
  activeIn: readonly ProcessState[];
  /** The organisation's own heading, replacing the built-in one. */
  labelText?: LocalisedText;
  /** True for a section the organisation added. */
  custom?: boolean;
  /** A link to the organisation's own help for the section (always `https:`). */
  helpUrl?: string;
}

/** The built-in section each top-level part of a contract is shown in. */
const SECTION_OF_KEY: Readonly<Record<string, string>> = {
  parties: 'parties',
  purpose: 'purpose',
  goals: 'purpose',
  settings: 'purpose',
  leaders: 'leaders',
  supervisor: 'supervisor',
  plan: 'plan',
  amendments: 'amendments',
  jointEvaluation: 'jointEvaluation',
  leaderEvaluations: 'leaderEvaluation',
  privateNotes: 'notes',
};

/** The built-in section a path belongs to, or undefined for parts no section shows. */
export const builtInSectionOf = (path: FieldPath): string | undefined =>
  SECTION_OF_KEY[String(path[0])];

/** Whether a field of a section is a list of items. */
export const isListSpec = (field: FieldSpec | ListSpec): field is ListSpec => field.kind === 'list';

const text = (label: string, path: FieldPath, kind: FieldKind = 'text'): FieldSpec => ({
  label,
  path,
  kind,
});

const answer = (label: string, path: FieldPath): FieldSpec => text(label, path, 'answer');

const perParty = (build: (party: Party) => GroupSpec): GroupSpec[] => PARTIES.map(build);

/** The sections of the paper template, in its order. */
export const BUILT_IN_SECTIONS: readonly SectionSpec[] = [
  {
    id: 'parties',
    activeIn: ['introduced', 'agreement'],
    groups: perParty((party) => ({
      label: `party.${party}`,
      owner: 'shared',
      fields: [
        text('person.name', ['parties', party, 'name']),
        text('person.department', ['parties', party, 'department']),
        text('person.position', ['parties', party, 'position']),
        text('person.email', ['parties', party, 'email'], 'email'),
      ],
    })),
  },
  {
    id: 'purpose',
    activeIn: ['introduced', 'agreement', 'learning'],
    groups: [
      { label: null, owner: 'shared', fields: [text('purpose', ['purpose'], 'longtext')] },
      ...perParty((party): GroupSpec => ({
        label: `goals.${party}`,
        owner: 'shared',
        fields: [
          {
            kind: 'list',
            label: 'goals',
            itemLabel: 'goal',
            path: ['goals', party],
            itemFields: [
              text('goal.text', ['text'], 'longtext'),
              {
                kind: 'list',
                label: 'subGoals',
                itemLabel: 'subGoal',
                path: ['subGoals'],
                itemFields: [text('subGoal.text', ['text'])],
                newItem: () => ({ id: newItemId(), text: '' }),
              },
            ],
            // A goal a leader writes in formal mode is preset: theirs, not the party's, to change.
            newItem: ({ role }) => ({
              id: newItemId(),
              text: '',
              subGoals: [],
              preset: role === 'leader',
            }),
          },
        ],
      })),
    ],
  },
  {
    id: 'leaders',
    activeIn: ['introduced', 'agreement'],
    groups: perParty((party) => ({
      label: `leader.${party}`,
      owner: 'shared',
      fields: [
        text('leader.name', ['leaders', party, 'name']),
        text('leader.title', ['leaders', party, 'title']),
        text('leader.email', ['leaders', party, 'email'], 'email'),
        text('leader.responsibilities', ['leaders', party, 'responsibilities'], 'longtext'),
      ],
    })),
  },
  {
    id: 'supervisor',
    activeIn: ['introduced', 'agreement'],
    groups: [
      {
        label: null,
        owner: 'shared',
        fields: [
          {
            label: 'supervisor.decision',
            path: ['supervisor', 'decision'],
            kind: 'choice',
            options: SUPERVISOR_DECISIONS,
          },
          text('supervisor.name', ['supervisor', 'name']),
          text('supervisor.role', ['supervisor', 'role']),
          text('supervisor.email', ['supervisor', 'email'], 'email'),
          text('supervisor.responsibilities', ['supervisor', 'responsibilities'], 'longtext'),
        ],
      },
    ],
  },
  {
    id: 'plan',
    activeIn: ['introduced', 'agreement', 'learning'],
    groups: [
      {
        label: null,
        owner: 'shared',
        fields: [
          text('plan.approach', ['plan', 'approach'], 'longtext'),
          {
            kind: 'list',
            label: 'activities',
            itemLabel: 'activity',
            path: ['plan', 'activities'],
            itemFields: [
              text('activity.what', ['what'], 'longtext'),
              { label: 'activity.who', path: ['who'], kind: 'choice', options: ACTIVITY_OWNERS },
              text('activity.when', ['when']),
              text('activity.done', ['done'], 'checkbox'),
            ],
            newItem: () => ({ id: newItemId(), what: '', who: 'both', when: '', done: false }),
          },
        ],
      },
      {
        label: 'schedule',
        owner: 'shared',
        fields: [
          {
            kind: 'list',
            label: 'schedule',
            itemLabel: 'meeting',
            path: ['plan', 'schedule'],
            itemFields: [text('meeting.date', ['date'], 'date'), text('meeting.topic', ['topic'])],
            newItem: () => ({ id: newItemId(), date: '', topic: '' }),
          },
        ],
      },
      {
        label: 'logbook',
        owner: 'shared',
        from: 'learning',
        fields: [
          {
            kind: 'list',
            label: 'logbook',
            itemLabel: 'logEntry',
            path: ['plan', 'logbook'],
            itemFields: [
              text('logEntry.date', ['date'], 'date'),
              text('logEntry.text', ['text'], 'longtext'),
            ],
            // In the name of whoever adds it: a party, or the supervisor with their input.
            newItem: ({ party, role, today }) => ({
              id: newItemId(),
              date: today,
              author: party ?? (role === 'supervisor' ? 'supervisor' : 'a'),
              text: '',
            }),
          },
        ],
      },
      {
        label: 'timeFrame',
        owner: 'shared',
        fields: [
          text('timeFrame.start', ['plan', 'timeFrame', 'start'], 'date'),
          text('timeFrame.end', ['plan', 'timeFrame', 'end'], 'date'),
          text('timeFrame.meetingFrequency', ['plan', 'timeFrame', 'meetingFrequency']),
          text(
            'timeFrame.ongoingEvaluation',
            ['plan', 'timeFrame', 'ongoingEvaluation'],
            'longtext',
          ),
        ],
      },
    ],
  },
  {
    id: 'amendments',
    activeIn: ['learning'],
    groups: [
      {
        label: null,
        owner: 'shared',
        from: 'learning',
        fields: [
          {
            kind: 'list',
            label: 'amendments',
            itemLabel: 'amendment',
            path: ['amendments'],
            userAddable: false,
            confirmed: true,
            itemFields: [
              text('amendment.date', ['date'], 'date'),
              text('amendment.change', ['change'], 'longtext'),
              text('amendment.reason', ['reason'], 'longtext'),
            ],
            newItem: ({ today }) => ({
              id: newItemId(),
              date: today,
              fields: [],
              change: '',
              reason: '',
              agreedBy: [],
            }),
          },
        ],
      },
    ],
  },
  {
    id: 'jointEvaluation',
    shownAs: 'joint-evaluation',
    activeIn: ['evaluation'],
    groups: [
      {
        label: null,
        owner: 'shared',
        from: 'evaluation',
        fields: [
          answer('jointEvaluation.goals', ['jointEvaluation', 'goals']),
          answer('jointEvaluation.collaboration', ['jointEvaluation', 'collaboration']),
          answer('jointEvaluation.supervisorUse', ['jointEvaluation', 'supervisorUse']),
          answer('jointEvaluation.nextTime', ['jointEvaluation', 'nextTime']),
          answer('jointEvaluation.keepingKnowledge', ['jointEvaluation', 'keepingKnowledge']),
        ],
      },
    ],
  },
  {
    id: 'leaderEvaluation',
    shownAs: 'leader-evaluation',
    activeIn: ['closing'],
    groups: perParty((party) => ({
      label: `leaderEvaluation.${party}`,
      owner: party,
      from: 'closing',
      fields: [
        text('conversation.date', ['leaderEvaluations', party, 'conversation', 'date'], 'date'),
        text('conversation.participants', [
          'leaderEvaluations',
          party,
          'conversation',
          'participants',
        ]),
        answer('leaderEvaluation.results', ['leaderEvaluations', party, 'results']),
        answer('leaderEvaluation.leaderEffort', ['leaderEvaluations', party, 'leaderEffort']),
        answer('leaderEvaluation.employeeEffort', ['leaderEvaluations', party, 'employeeEffort']),
        {
          label: 'leaderEvaluation.keepingPlan',
          path: ['leaderEvaluations', party, 'keepingPlan'],
          kind: 'answer',
          subFields: [
            text('keepingPlan.what', ['what'], 'longtext'),
            text('keepingPlan.how', ['how'], 'longtext'),
            text('keepingPlan.who', ['who']),
            text('keepingPlan.when', ['when']),
          ],
        },
        text(
          'leaderEvaluation.developmentPlanUpdated',
          ['leaderEvaluations', party, 'developmentPlanUpdated'],
          'checkbox',
        ),
        text(
          'leaderEvaluation.developmentPlan',
          ['leaderEvaluations', party, 'developmentPlan'],
          'longtext',
        ),
      ],
    })),
  },
  {
    id: 'notes',
    activeIn: ['introduced', 'agreement', 'learning', 'evaluation', 'closing'],
    groups: perParty((party) => ({
      label: null,
      owner: party,
      fields: [text('privateNotes', ['privateNotes', party], 'longtext')],
    })),
  },
];
