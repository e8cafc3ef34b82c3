import {
  createMemoryAdapter,
  type ContractSummary,
  type StorageAdapter,
} from '@kollegalaering/core';
import { acceptedContract, contractAt } from '@kollegalaering/core/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';

const meta: Meta = { title: 'Elements/contract-list', component: 'contract-list' };
export default meta;

/** Storage of the story's own, holding the given contracts, as a browser would. */
function holding(...contracts: ReturnType<typeof acceptedContract>[]): StorageAdapter {
  const adapter = createMemoryAdapter(new Map());
  for (const contract of contracts) void adapter.save(contract);
  return adapter;
}

/** What a server answers for a leader: who she is on each contract, and whose turn it is. */
function asServerAnswers(summaries: ContractSummary[]): StorageAdapter {
  return {
    ...createMemoryAdapter(new Map()),
    list: () => Promise.resolve({ ok: true, value: summaries }),
  };
}

/** A leader's inbox from the server: one contract waits for her approval, one runs, one is done. */
export const LeaderInbox: StoryObj = {
  render: () =>
    html`<contract-list
      .storage=${asServerAnswers([
        {
          id: 'mette-og-jonas',
          revision: 7,
          updatedAt: '2026-11-30T09:12:00.000Z',
          state: 'agreement',
          names: { a: 'Mette Larsen', b: 'Jonas Holm' },
          perspectives: ['leader-a'],
          yours: [{ need: 'approve', by: ['leader-a'], party: 'a' }],
          waitingFor: [{ need: 'approve', by: ['leader-b'], party: 'b' }],
        },
        {
          id: 'sara-og-ali',
          revision: 3,
          updatedAt: '2026-11-27T14:40:00.000Z',
          state: 'agreement',
          names: { a: 'Sara Holm', b: 'Ali Hassan' },
          perspectives: ['leader-b'],
          yours: [],
          waitingFor: [{ need: 'accept', by: ['party-a'], party: 'a' }],
        },
        {
          id: 'anne-og-bo',
          revision: 30,
          updatedAt: '2026-09-02T08:00:00.000Z',
          state: 'completed',
          names: { a: 'Anne Kjær', b: 'Bo Lund' },
          perspectives: ['leader-a'],
          yours: [],
          waitingFor: [],
        },
      ])}
    ></contract-list>`,
};

/** Contracts kept in this browser, seen by party A: the learning runs on one. */
export const InThisBrowser: StoryObj = {
  render: () =>
    html`<contract-list
      perspective="party-a"
      .storage=${holding(
        { ...acceptedContract(), id: 'accepted' },
        { ...contractAt('learning'), id: 'learning' },
      )}
    ></contract-list>`,
};

/** Nobody has started a contract yet. */
export const Empty: StoryObj = {
  render: () => html`<contract-list .storage=${holding()}></contract-list>`,
};

/** The server could not be reached: nothing changes, and the person can try again. */
export const Unavailable: StoryObj = {
  render: () =>
    html`<contract-list
      .storage=${{
        ...createMemoryAdapter(new Map()),
        list: () => Promise.resolve({ ok: false, error: { code: 'unavailable' } }),
      }}
    ></contract-list>`,
};
