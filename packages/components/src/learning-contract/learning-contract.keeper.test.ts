// Storage that keeps the record itself, as a server does: it may store something
// else than was sent, runs actions on its side, and says who the person is. The
// real server is tested with this element in test/e2e/four-people.test.mjs; here
// a host's own adapter shows each of those paths on its own.
import {
  createMemoryAdapter,
  performAction,
  type LearningContract,
  type Membership,
  type StorageAdapter,
} from '@kollegalaering/core';
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { filledAgreement } from '../test-support/contracts.js';
import { deep, settled, type, until } from '../test-support/dom.js';
import type { LearningContractElement } from './learning-contract.js';

/** A keeper that writes its own approach into every save, acts by its rules, and knows who is asking. */
function keeper(membership: Membership) {
  const memory = createMemoryAdapter(new Map());
  const acted: string[] = [];
  const adapter: StorageAdapter = {
    ...memory,
    save: (contract, options) =>
      memory.save(
        { ...contract, plan: { ...contract.plan, approach: 'Som lederne aftalte' } },
        options,
      ),
    membership: () => membership,
    act: async (id, action, options) => {
      acted.push(`${action} as ${options.as ?? ''}`);
      const stored = await memory.load(id);
      if (!stored.ok || !stored.value) return { ok: false, error: { code: 'not-found' } };
      const result = performAction(stored.value, membership.perspective, action, { by: 'server' });
      if (!result.ok) return { ok: false, error: { code: 'forbidden', issues: result.issues } };
      return memory.save(result.value, { expectedRevision: stored.value.revision });
    },
  };
  return { adapter, memory, acted };
}

async function open(
  storage: ReturnType<typeof keeper>,
  perspective: string,
  contract: LearningContract,
) {
  // Stored as it is: only the person's saves go through the keeper's own rule.
  await storage.memory.save(contract, { expectedRevision: 0 });
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      contract-id="kept"
      lang="da"
      perspective=${perspective}
      .storage=${storage.adapter}
    ></learning-contract>`,
  );
  await until(el, () => el.contract !== undefined);
  await settled(el);
  return el;
}

describe('<learning-contract> on storage that keeps the record itself', () => {
  it('shows what storage kept when it differs from what was sent', async () => {
    const storage = keeper({ perspective: 'party-a', perspectives: ['party-a'] });
    const el = await open(storage, 'party-a', { ...filledAgreement(), id: 'kept' });
    await expect(el).to.be.accessible();
    expect(deep<HTMLTextAreaElement>(el, '#f-plan-approach').value).to.not.equal(
      'Som lederne aftalte',
    );
    type(deep(el, '#f-purpose'), 'Vi lærer af hinanden');
    await el.save();
    await settled(el);
    expect(deep<HTMLTextAreaElement>(el, '#f-plan-approach').value).to.equal('Som lederne aftalte');
    expect(deep<HTMLTextAreaElement>(el, '#f-purpose').value).to.equal('Vi lærer af hinanden');
  });

  it('takes the perspective storage says the person holds, whatever the page claimed', async () => {
    const storage = keeper({ perspective: 'party-b', perspectives: ['party-b'] });
    const el = await open(storage, 'leader-a', { ...filledAgreement(), id: 'kept' });
    expect(el.perspective).to.equal('party-b');
    expect(el.shadowRoot!.querySelector('#perspective-choice')).to.equal(null, 'one is no choice');
  });

  it('offers the choice to a person who holds two perspectives', async () => {
    const storage = keeper({ perspective: 'leader-a', perspectives: ['leader-a', 'leader-b'] });
    const el = await open(storage, 'leader-a', { ...filledAgreement(), id: 'kept' });
    // The choice is fetched when first needed.
    await until(el, () => el.shadowRoot!.querySelector('#perspective-choice') !== null);
    const choice = deep<HTMLSelectElement>(el, '#perspective-choice');
    expect([...choice.options].map((option) => option.text.trim())).to.deep.equal([
      'Lederen for Mette Larsen',
      'Lederen for Jonas Holm',
    ]);
    await expect(el).to.be.accessible();
  });

  it('runs an action in storage, and shows what storage answered', async () => {
    const storage = keeper({ perspective: 'party-a', perspectives: ['party-a'] });
    const { acted } = storage;
    const el = await open(storage, 'party-a', { ...filledAgreement(), id: 'kept' });
    deep<HTMLButtonElement>(el, 'button[data-action="accept"]').click();
    await until(el, () => el.contract?.approvals.parties.a !== null);
    expect(acted).to.deep.equal(['accept as party-a']);
    expect(el.contract?.approvals.parties.a?.by).to.equal('server');
  });
});
