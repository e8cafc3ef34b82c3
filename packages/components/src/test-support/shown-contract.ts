import type { LearningContract } from '@kollegalaering/core';
import { fixture, html } from '@open-wc/testing';
import '../define.js';
import type { LearningContractElement } from '../learning-contract/learning-contract.js';
import { settled } from './dom.js';

/** `<learning-contract>` showing a contract, kept in memory, as one person in one language. */
export async function shownContract(
  contract: LearningContract,
  perspective: string,
  lang = 'da',
): Promise<LearningContractElement> {
  const el = await fixture<LearningContractElement>(
    html`<learning-contract
      storage="memory"
      lang=${lang}
      perspective=${perspective}
      .contract=${contract}
    ></learning-contract>`,
  );
  await settled(el);
  return el;
}
