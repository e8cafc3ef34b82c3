import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPath, type Issue } from '../result.js';
import { BUILT_IN_SECTIONS } from '../sections.js';
import { resolveSections } from './resolve-sections.js';
import { validateCustomValues } from './custom-values.js';
import { createEmptyContract } from '../create-contract.js';

const where = (issues: Issue[]) => issues.map((found) => `${formatPath(found.path)} ${found.code}`);
const failure = (config: unknown) => {
  const result = resolveSections(config);
  assert.equal(result.ok, false, 'expected the configuration to be refused');
  return result.ok ? [] : where(result.issues);
};

const competenceSection = {
  id: 'kompetencer',
  label: { da: 'Kompetenceplan', en: 'Competence plan' },
  fields: [
    {
      id: 'area',
      kind: 'choice',
      label: { da: 'Område' },
      options: [{ value: 'pleje', label: { da: 'Pleje' } }],
      requiredBefore: 'agreement',
    },
    { id: 'wish-b', kind: 'long-text', label: { da: 'B’s ønske' }, owner: 'b', maxLength: 200 },
  ],
};

test('no configuration means the built-in sections as they are', () => {
  const result = resolveSections(undefined);
  assert.ok(result.ok);
  assert.equal(result.value.sections, BUILT_IN_SECTIONS);
});

test('sections can be hidden, reordered and relabelled; unmentioned ones follow in their usual order', () => {
  const result = resolveSections({
    sections: [
      { id: 'plan', label: { da: 'Sådan gør vi', en: 'How we do it' } },
      { id: 'parties' },
      { id: 'supervisor', hidden: true },
    ],
  });
  assert.ok(result.ok);
  assert.deepEqual(
    result.value.sections.map((section) => section.id),
    [
      'plan',
      'parties',
      'purpose',
      'leaders',
      'amendments',
      'jointEvaluation',
      'leaderEvaluation',
      'notes',
    ],
  );
  assert.deepEqual(result.value.sections[0]?.labelText, { da: 'Sådan gør vi', en: 'How we do it' });
  assert.deepEqual(result.value.rules.hiddenSections, ['supervisor']);
});

test('every built-in section can be named by its own id, the camelCase ones too', () => {
  const result = resolveSections({
    sections: [
      { id: 'jointEvaluation', label: { da: 'Vores evaluering' } },
      { id: 'leaderEvaluation', hidden: true },
    ],
  });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  assert.equal(result.value.sections[0]?.id, 'jointEvaluation');
  assert.deepEqual(result.value.sections[0]?.labelText, { da: 'Vores evaluering' });
  assert.deepEqual(result.value.rules.hiddenSections, ['leaderEvaluation']);
  // A new section still needs a lowercase id.
  assert.deepEqual(failure({ sections: [{ id: 'myOwn', label: { da: 'X' }, fields: [] }] }), [
    'sections[0].id invalid-format',
  ]);
});

test('an organisation’s own section becomes fields under `custom`, with owners and requirements', () => {
  const result = resolveSections({ sections: [competenceSection] });
  assert.ok(result.ok);
  const section = result.value.sections[0];
  assert.equal(section?.id, 'kompetencer');
  assert.equal(section?.custom, true);
  const fields = section?.groups[0]?.fields ?? [];
  assert.deepEqual(
    fields.map((field) => [field.kind, field.path.join('.')]),
    [
      ['choice', 'custom.area'],
      ['longtext', 'custom.wish-b'],
    ],
  );
  assert.deepEqual(result.value.rules.customOwners, { area: 'shared', 'wish-b': 'b' });
  assert.deepEqual(result.value.rules.customRequirements, [
    { fieldId: 'area', requiredBefore: 'agreement' },
  ]);
});

test('custom values are validated under the configuration, and unknown ones are kept unchecked', () => {
  const result = resolveSections({ sections: [competenceSection] });
  assert.ok(result.ok);
  const contract = {
    ...createEmptyContract({ id: 'x' }),
    custom: { area: 'andet', 'wish-b': 'x'.repeat(201), 'old-field': 'kept' },
  };
  assert.deepEqual(where(validateCustomValues(contract, result.value.rules)), [
    'custom.area invalid-option',
    'custom.wish-b too-long',
  ]);
});

test('dates, checklists and texts of the wrong type are refused', () => {
  const result = resolveSections({
    sections: [
      {
        id: 'mine',
        label: { da: 'Mit' },
        fields: [
          { id: 'day', kind: 'date', label: { da: 'Dag' } },
          {
            id: 'topics',
            kind: 'checklist',
            label: { da: 'Emner' },
            options: [{ value: 'a', label: { da: 'A' } }],
          },
          { id: 'note', kind: 'short-text', label: { da: 'Note' } },
        ],
      },
    ],
  });
  assert.ok(result.ok);
  const check = (custom: Record<string, string | boolean | string[]>) =>
    where(
      validateCustomValues({ ...createEmptyContract({ id: 'x' }), custom }, result.value.rules),
    );
  assert.deepEqual(check({ day: '2026-05-01', topics: ['a'], note: 'ok' }), []);
  assert.deepEqual(check({ day: '1. maj', topics: ['a', 'z'], note: true }), [
    'custom.day invalid-format',
    'custom.topics invalid-option',
    'custom.note invalid-type',
  ]);
});

test('a date field of the organisation’s own takes calendar days only, as the built-in dates do', () => {
  const result = resolveSections({
    sections: [
      {
        id: 'mine',
        label: { da: 'Mit' },
        fields: [{ id: 'day', kind: 'date', label: { da: 'Dag' } }],
      },
    ],
  });
  assert.ok(result.ok);
  const check = (day: string) =>
    where(
      validateCustomValues(
        { ...createEmptyContract({ id: 'x' }), custom: { day } },
        result.value.rules,
      ),
    );
  assert.deepEqual(check('2028-02-29'), []);
  assert.deepEqual(check(''), []);
  assert.deepEqual(check('2026-02-30'), ['custom.day not-a-date']);
  assert.deepEqual(check('2026-13-45'), ['custom.day not-a-date']);
  assert.deepEqual(check('2025-02-29'), ['custom.day not-a-date']);
});

test('a configuration of the wrong shape is refused with the path of each problem', () => {
  assert.deepEqual(failure({ sections: [{ id: 'Plan!' }] }), ['sections[0].id invalid-format']);
  assert.deepEqual(failure({ sections: [{ id: 'plan', colour: 'red' }] }), [
    'sections[0] unexpected-key',
  ]);
  assert.deepEqual(
    failure({
      sections: [
        { id: 'x', label: { da: 'X' }, fields: [{ id: 'f', kind: 'slider', label: { da: 'F' } }] },
      ],
    }),
    ['sections[0].fields[0].kind invalid-value'],
  );
  assert.deepEqual(failure('not json at all'), [' invalid-type']);
});

test('a configuration that makes no sense is refused with the path of each problem', () => {
  assert.deepEqual(failure({ sections: [{ id: 'plan' }, { id: 'plan' }] }), [
    'sections[1].id duplicate-id',
  ]);
  assert.deepEqual(failure({ sections: [{ id: 'parties', hidden: true }] }), [
    'sections[0].hidden section-required',
  ]);
  assert.deepEqual(
    failure({
      sections: [{ id: 'plan', fields: [{ id: 'f', kind: 'date', label: { da: 'F' } }] }],
    }),
    ['sections[0].fields fields-on-built-in'],
  );
  assert.deepEqual(failure({ sections: [{ id: 'mine' }] }), [
    'sections[0].label label-required',
    'sections[0].fields fields-required',
  ]);
  assert.deepEqual(
    failure({
      sections: [
        {
          id: 'mine',
          label: { da: 'Mit' },
          fields: [
            { id: 'pick', kind: 'checklist', label: { da: 'Vælg' } },
            {
              id: 'when',
              kind: 'date',
              label: { da: 'Hvornår' },
              options: [{ value: 'x', label: { da: 'X' } }],
              maxLength: 3,
            },
            { id: 'pick', kind: 'short-text', label: { da: 'Igen' } },
          ],
        },
      ],
    }),
    [
      'sections[0].fields[0].options options-required',
      'sections[0].fields[1].options options-not-allowed',
      'sections[0].fields[1].maxLength max-length-not-allowed',
      'sections[0].fields[2].id duplicate-id',
    ],
  );
});
