import type { LearningContract } from '@kollegalaering/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define.js';
import type { ContractChangeEvent } from '../events.js';
import { filledAgreement } from '../test-support/contracts.js';
import { settled, text } from '../test-support/dom.js';
import type { EvaluationChecklistElement } from './evaluation-checklist.js';

const at = (state: LearningContract['process']['state']): LearningContract => {
  const contract = filledAgreement();
  return {
    ...contract,
    supervisor: { ...contract.supervisor, decision: 'assigned', name: 'Lone' },
    process: { state, reached: {} },
  };
};

async function checklist(
  options: {
    lang?: string;
    kind?: string;
    party?: string;
    perspective?: string;
    readonly?: boolean;
    contract?: LearningContract;
  } = {},
) {
  const el = await fixture<EvaluationChecklistElement>(
    html`<evaluation-checklist
      lang=${options.lang ?? 'da'}
      kind=${options.kind ?? 'joint'}
      party=${options.party ?? 'a'}
      perspective=${options.perspective ?? 'party-a'}
      ?readonly=${options.readonly ?? false}
      .contract=${options.contract ?? at('evaluation')}
    ></evaluation-checklist>`,
  );
  await settled(el);
  return el;
}

describe('<evaluation-checklist>', () => {
  it('passes an axe check empty and read-only, in both languages', async () => {
    await expect(await checklist()).to.be.accessible();
    await expect(await checklist({ lang: 'en', readonly: true })).to.be.accessible();
  });

  it('shows the partners’ five questions and counts the ones with an answer, as moving on does', async () => {
    const el = await checklist();
    const progress = el.shadowRoot!.querySelector('.progress')!;
    expect(text(progress)).to.equal('0 af 5 besvaret');
    expect(el.shadowRoot!.querySelectorAll('ol > li')).to.have.length(5);

    // The tick alone is not an answer.
    const changed = oneEvent<ContractChangeEvent>(el, 'contract-change');
    const done = el.shadowRoot!.querySelector<HTMLInputElement>('#f-jointEvaluation-goals-done')!;
    done.click();
    const event = await changed;
    expect(event.detail.contract.jointEvaluation.goals.done).to.equal(true);
    await settled(el);
    expect(text(progress)).to.equal('0 af 5 besvaret');

    // Words are, ticked or not.
    const answer = el.shadowRoot!.querySelector<HTMLTextAreaElement>(
      '#f-jointEvaluation-collaboration-text',
    )!;
    answer.value = 'Godt, og vi lærte at spørge før vi antog';
    answer.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(el);
    expect(text(progress)).to.equal('1 af 5 besvaret');
  });

  it('shows the supervisor only the question about them', async () => {
    const el = await checklist({ perspective: 'supervisor', lang: 'en' });
    expect(Array.from(el.shadowRoot!.querySelectorAll('legend'), text)).to.deep.equal([
      'What went well and less well in using the supervisor? (The supervisor will see this answer.)',
    ]);
    // Read as text, not as a locked field.
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.as-text')).to.not.equal(null);
  });

  it('shows a party’s evaluation with their leader, counting the five answers the closing asks for, to them and their leader only', async () => {
    const own = await checklist({
      kind: 'leader',
      party: 'b',
      perspective: 'leader-b',
      contract: at('closing'),
      lang: 'en',
    });
    // The day of the conversation, three points and the plan for the new knowledge.
    expect(text(own.shadowRoot!.querySelector('.progress'))).to.equal('0 of 5 answered');
    await expect(own).to.be.accessible();
    const other = await checklist({
      kind: 'leader',
      party: 'b',
      perspective: 'party-a',
      contract: at('closing'),
      lang: 'en',
    });
    expect(text(other.shadowRoot)).to.equal(
      'This evaluation belongs to Jonas Holm and Peter Friis.',
    );
  });

  it('counts the plan for the new knowledge once its first line is answered', async () => {
    const closing = at('closing');
    const own = closing.leaderEvaluations.a;
    own.results.text = 'Nået';
    own.leaderEffort.text = 'Tid';
    own.employeeEffort.text = 'Forberedt';
    own.keepingPlan.what = 'Visitationer';
    own.conversation.date = '2026-10-05';
    const el = await checklist({
      kind: 'leader',
      party: 'a',
      perspective: 'leader-a',
      contract: closing,
    });
    expect(text(el.shadowRoot!.querySelector('.progress'))).to.equal('5 af 5 besvaret');
  });

  it('counts nothing for the supervisor, who sees one of the answers', async () => {
    const el = await checklist({ perspective: 'supervisor' });
    expect(el.shadowRoot!.querySelector('.progress')).to.equal(null);
  });
});
