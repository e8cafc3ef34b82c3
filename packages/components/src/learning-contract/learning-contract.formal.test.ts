// The rest of the seed's template on screen: step 1 with the organisation's
// introduction, formal mode (the leader sets goals within the competence
// plan's themes), sub-goals, and the closing conversation with each leader.
import { contractAt } from '@kollegalaering/core/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { deep, deepQueryAll, settled, text, type, until } from '../test-support/dom.js';
import { buttonNamed, tabTo } from '../test-support/keyboard.js';
import { shownContract } from '../test-support/shown-contract.js';
import type { LearningContractElement } from './learning-contract.js';

const FORMAL = {
  process: {
    mode: 'formal',
    themes: [
      { da: 'Tværfagligt samarbejde', en: 'Working across professions' },
      { da: 'Digital dokumentation', en: 'Digital records' },
    ],
    introduction: {
      text: { da: 'Hos os bruger vi metoden i alle afdelinger.\n\nSpørg HR, hvis du er i tvivl.' },
      url: 'https://intra.example.dk/laer-af-en-kollega',
    },
  },
};

async function formalContract(perspective: string) {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      storage="memory"
      contract-id=${`formel-${Math.random()}`}
      lang="da"
      perspective=${perspective}
      .config=${FORMAL}
    ></learning-contract>`,
  );
  await until(el, () => el.contract !== undefined);
  await settled(el);
  return el;
}

const as = async (el: LearningContractElement, perspective: string) => {
  el.setAttribute('perspective', perspective);
  await settled(el);
};

const click = async (el: LearningContractElement, root: ParentNode, name: string) => {
  const button = [...root.querySelectorAll('button')].find((b) => text(b) === name);
  expect(button, `a button named “${name}”`).to.not.equal(undefined);
  button!.click();
  await settled(el);
};

const form = (el: LearningContractElement) => deep(el, 'contract-form').shadowRoot!;

describe('<learning-contract> run formally', () => {
  it('starts at step 1 with the organisation’s introduction, and the leader’s turn to set goals', async () => {
    const el = await formalContract('leader-a');
    expect(el.contract?.process.state).to.equal('introduced');
    // The introduction is a part of its own, fetched where there is one to show.
    await until(el, () => el.shadowRoot!.querySelector('details.introduction') !== null);
    const intro = el.shadowRoot!.querySelector('details.introduction')!;
    expect(intro.hasAttribute('open')).to.equal(true);
    expect(text(intro)).to.contain('Hos os bruger vi metoden i alle afdelinger.');
    expect(intro.querySelectorAll('p')).to.have.length(4);
    expect(intro.querySelector('a')!.getAttribute('href')).to.equal(
      'https://intra.example.dk/laer-af-en-kollega',
    );
    expect(text(el.shadowRoot!.querySelector('.turn'))).to.contain(
      'Sæt mindst ét mål for part A, og send så kontrakten videre til parterne',
    );
    await expect(el).to.be.accessible();
  });

  it('lets each leader set a goal and the theme, shows it to the party as the leader’s, and hands the contract on', async () => {
    const el = await formalContract('leader-a');
    const theme = deep<HTMLSelectElement>(el, '#f-settings-theme');
    expect([...theme.options].map((option) => text(option))).to.deep.equal([
      '—',
      'Tværfagligt samarbejde',
      'Digital dokumentation',
    ]);
    theme.value = 'Digital dokumentation';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(el);
    expect(el.contract?.settings.theme).to.equal('Digital dokumentation');
    expect(form(el).querySelector('#add-goals-b'), 'only their own employee’s goals').to.equal(
      null,
    );
    await click(el, form(el), 'Tilføj mål');
    type(deep(el, '#f-goals-a-0-text'), 'Kunne journalføre i det nye system');
    await settled(el);
    expect(el.contract?.goals.a[0]?.preset).to.equal(true);
    // Run formally the contract starts blank: the leader is named by role until their name is written.
    expect(text(form(el).querySelector('.item legend'))).to.equal(
      'Mål 1 · sat af lederen for part A',
    );

    await as(el, 'leader-b');
    await click(el, form(el), 'Tilføj mål');
    type(deep(el, '#f-goals-b-0-text'), 'Kende hjemmeplejens opgaver');
    await settled(el);
    await click(el, el.shadowRoot!, 'Send kontrakten videre til parterne');
    // Taken once what was typed is saved, on the version the leader read.
    await until(el, () => el.contract?.process.state === 'agreement');

    await as(el, 'party-a');
    expect(deep(el, '#f-goals-a-0-text').readOnly, 'the leader’s goal').to.equal(true);
    expect(text(deep<HTMLSelectElement>(el, '#f-settings-theme').selectedOptions[0])).to.equal(
      'Digital dokumentation',
    );
    // The party breaks the leader's goal into steps of their own.
    await click(el, form(el), 'Tilføj delmål');
    type(deep(el, '#f-goals-a-0-subGoals-0-text'), 'Få adgang til systemet');
    await settled(el);
    expect(el.contract?.goals.a[0]?.subGoals[0]?.text).to.equal('Få adgang til systemet');
    await click(el, form(el), 'Tilføj mål');
    expect(el.contract?.goals.a[1]?.preset, 'the party’s own goal').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('step 1 is done with the keyboard alone: each leader sets a goal, one hands it on, a party adds a sub-goal', async () => {
    const el = await formalContract('leader-a');
    const pressButton = async (name: string) => {
      await tabTo(buttonNamed(name));
      await sendKeys({ press: 'Enter' });
      await settled(el);
    };
    for (const [leader, goal] of [
      ['leader-a', 'Kunne journalføre'],
      ['leader-b', 'Kende hjemmeplejen'],
    ] as const) {
      await as(el, leader);
      await pressButton('Tilføj mål');
      // Adding moves focus into the new goal.
      await sendKeys({ type: goal });
      await settled(el);
    }
    expect(el.contract?.goals.a[0]?.text).to.equal('Kunne journalføre');
    expect(el.contract?.goals.b[0]?.preset).to.equal(true);
    await pressButton('Send kontrakten videre til parterne');
    expect(el.contract?.process.state).to.equal('agreement');
    await as(el, 'party-a');
    await pressButton('Tilføj delmål');
    await sendKeys({ type: 'Få adgang til systemet' });
    await settled(el);
    expect(el.contract?.goals.a[0]?.subGoals[0]?.text).to.equal('Få adgang til systemet');
    await expect(el).to.be.accessible();
  });

  it('in English, shows the theme in the organisation’s English words', async () => {
    const el = await formalContract('leader-a');
    el.setAttribute('lang', 'en');
    await until(el, () => el.shadowRoot!.querySelector('.introduction summary') !== null);
    await settled(el);
    const theme = deep<HTMLSelectElement>(el, '#f-settings-theme');
    expect(text(theme.options[2])).to.equal('Digital records');
    expect(text(el.shadowRoot!.querySelector('.introduction summary'))).to.equal(
      'How learning from a colleague works',
    );
  });
});

describe('<learning-contract> at the closing conversation', () => {
  it('asks for the conversation’s date and participants and how the plan was updated, and labels answers by their question', async () => {
    const el = await shownContract(contractAt('closing'), 'party-a', 'en');
    expect(deep(el, '#f-leaderEvaluations-a-conversation-date').type).to.equal('date');
    expect(deep(el, '#f-leaderEvaluations-a-conversation-participants').readOnly).to.equal(false);
    expect(deep(el, '#f-leaderEvaluations-a-developmentPlan').tagName).to.equal('TEXTAREA');
    expect(deepQueryAll(el, '#f-leaderEvaluations-b-conversation-date')).to.have.length(0);
    // The question is the answer's label: no field is called just "Answer".
    const answer = deep(el, '#f-leaderEvaluations-a-results-text');
    const root = answer.getRootNode() as ShadowRoot;
    const labelledBy = root.getElementById(answer.getAttribute('aria-labelledby')!);
    expect(text(labelledBy)).to.equal('Results measured against the goals');
    expect(deepQueryAll(el, 'label').map(text)).to.not.include('Answer');
    await expect(el).to.be.accessible();
  });

  it('calls a party’s notes “Notes”, with the hint that only they see them beneath', async () => {
    const el = await shownContract(contractAt('learning'), 'party-b', 'da');
    const notes = deep(el, '#f-privateNotes-b');
    const label = form(el).querySelector(`label[for="${notes.id}"]`);
    expect(text(label)).to.equal('Noter');
    expect(text(form(el).getElementById(notes.getAttribute('aria-describedby')!))).to.equal(
      'Kun du kan se dem. De er ikke en del af kontrakten.',
    );
  });
});
