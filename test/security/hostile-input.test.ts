// Text is only text: hostile strings typed into every field, set through the
// contract property, or placed in configuration labels never run, never add
// elements, show exactly as typed, and survive save and reload byte for byte.
import type { LearningContract } from '@kollegalaering/core';
import { filledContract } from '@kollegalaering/core/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@kollegalaering/components/define.js';
import type { LearningContractElement } from '@kollegalaering/components';
import { donePrinting, printed } from '../../packages/components/src/test-support/printed.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

/** Each tries something: run a script, add an element, break out of a template, confuse the text. */
export const HOSTILE = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 2">',
  '<svg onload="window.pwned = 3"><circle r="1"/></svg>',
  'javascript:window.pwned = 4',
  '${window.pwned = 5}',
  '{{constructor.constructor("window.pwned = 6")()}}',
  '<!--?lit$1234$-->lit marker<?lit$1234$>',
  '&lt;b&gt;entities&amp;&#x3C;script&#x3E;',
  '\u202Eright-to-left override\u202C after',
  'zero\u200Bwidth\u200Djoiner\uFEFFbom',
  'null\u0000byte',
];

/** Elements a template of ours never renders: finding one means something was injected. */
const FOREIGN = 'script, img, svg, iframe, object, embed, circle';

function deepAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  const hosts = [
    ...(root instanceof Element ? [root] : []),
    ...Array.from(root.querySelectorAll('*')),
  ];
  for (const host of hosts) {
    if (host.shadowRoot) found.push(...deepAll(host.shadowRoot, selector));
  }
  return found;
}

async function settle(el: LearningContractElement) {
  for (let i = 0; i < 200 && deepAll(el, 'form').length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const textControls = (el: Element) =>
  deepAll(el, 'input[type=text], input[type=email], textarea').filter(
    (control) => !(control as HTMLInputElement).readOnly,
  ) as Array<HTMLInputElement | HTMLTextAreaElement>;

describe('hostile text', () => {
  afterEach(() => {
    expect(window.pwned, 'no payload ran').to.equal(undefined);
    localStorage.clear();
  });

  it('typed into every field: shown as typed, nothing injected, the same after save and reload', async () => {
    const id = `hostile-${Date.now()}`;
    const el = await fixture<LearningContractElement>(
      html`<learning-contract contract-id=${id}></learning-contract>`,
    );
    await settle(el);
    // Give each list one item, so that its fields are there to type into too.
    for (const add of deepAll(el, 'button[data-add]') as HTMLButtonElement[]) add.click();
    await settle(el);
    const controls = textControls(el);
    expect(controls.length).to.be.greaterThan(20);
    const typed = controls.map((control, index) => {
      const payload = HOSTILE[index % HOSTILE.length]!;
      control.value = payload;
      control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      return [control.id, payload] as const;
    });
    const saved = oneEvent(el, 'contract-save');
    await el.save();
    await saved;
    expect(deepAll(el, FOREIGN)).to.deep.equal([]);
    expect(textControls(el).map((control) => [control.id, control.value])).to.deep.equal(typed);

    el.remove();
    const again = await fixture<LearningContractElement>(
      html`<learning-contract contract-id=${id}></learning-contract>`,
    );
    await settle(again);
    expect(textControls(again).map((control) => [control.id, control.value])).to.deep.equal(typed);
    expect(deepAll(again, FOREIGN)).to.deep.equal([]);
    const stored = JSON.parse(
      localStorage.getItem(`kollegalaering:contract:${id}`)!,
    ) as LearningContract;
    expect(JSON.stringify(stored)).to.contain(JSON.stringify(HOSTILE[10]).slice(1, -1));
  });

  it('a 1 MB text survives save and reload byte for byte', async () => {
    const id = `big-${Date.now()}`;
    const big = `${'ø'.repeat(500_000)}${'<b>x</b>'.repeat(62_500)}`;
    const el = await fixture<LearningContractElement>(
      html`<learning-contract contract-id=${id}></learning-contract>`,
    );
    await settle(el);
    const purpose = deepAll(el, '#f-purpose')[0] as HTMLTextAreaElement;
    purpose.value = big;
    purpose.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.save();
    el.remove();
    const again = await fixture<LearningContractElement>(
      html`<learning-contract contract-id=${id}></learning-contract>`,
    );
    await settle(again);
    expect(again.contract?.purpose).to.equal(big);
    expect((deepAll(again, '#f-purpose')[0] as HTMLTextAreaElement).value.length).to.equal(
      big.length,
    );
  });

  it('set through the contract property and shown in the print view: text only', async () => {
    const contract = filledContract();
    const hostile: LearningContract = {
      ...contract,
      parties: { ...contract.parties, a: { ...contract.parties.a, name: HOSTILE[1]! } },
      purpose: HOSTILE[0]!,
      privateNotes: { a: HOSTILE[2]!, b: '' },
    };
    const el = await fixture<LearningContractElement>(
      html`<learning-contract storage="memory"></learning-contract>`,
    );
    el.contract = hostile;
    await settle(el);
    expect(deepAll(el, FOREIGN)).to.deep.equal([]);
    expect((deepAll(el, '#f-parties-a-name')[0] as HTMLInputElement).value).to.equal(HOSTILE[1]);
    // Printing fetches the print view the first time, then renders the copy at the top of the document.
    const copy = await printed(el);
    expect(deepAll(copy, FOREIGN)).to.deep.equal([]);
    // A party's own notes are printed only when asked for: the name and purpose are.
    expect(copy.textContent).to.contain(HOSTILE[0]).and.to.contain(HOSTILE[1]);
    donePrinting();
  });

  it('placed in configuration labels: shown as text', async () => {
    const config = {
      sections: [
        {
          id: 'egne',
          label: { da: HOSTILE[1]! },
          fields: [
            {
              id: 'felt',
              kind: 'short-text',
              label: { da: HOSTILE[2]! },
              help: { da: HOSTILE[0]! },
            },
          ],
        },
      ],
    };
    const el = await fixture<LearningContractElement>(
      html`<learning-contract storage="memory" .config=${config}></learning-contract>`,
    );
    await settle(el);
    expect(deepAll(el, FOREIGN)).to.deep.equal([]);
    expect(deepAll(el, '#h-egne')[0]?.textContent).to.equal(HOSTILE[1]);
    expect(deepAll(el, 'label[for="f-custom-felt"]')[0]?.textContent).to.equal(HOSTILE[2]);
  });
});

describe('hostile text in an imported file', () => {
  afterEach(() => {
    expect(window.pwned, 'no payload ran').to.equal(undefined);
    localStorage.clear();
  });

  it('is shown in the comparison and, once applied, in the fields as text only; saved byte for byte', async () => {
    const id = `hostile-import-${Date.now()}`;
    const el = await fixture<LearningContractElement>(
      html`<learning-contract contract-id=${id} lang="en"></learning-contract>`,
    );
    await settle(el);
    const contract = { ...filledContract(), id };
    el.contract = contract;
    const file: LearningContract = {
      ...contract,
      parties: { ...contract.parties, a: { ...contract.parties.a, name: HOSTILE[1]! } },
      purpose: HOSTILE.join(' | '),
      privateNotes: { a: HOSTILE[2]!, b: '' },
    };
    const input = deepAll(el, '#import-file')[0] as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(file)], 'hostile.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.choice'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(deepAll(el, FOREIGN)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.choice tbody')!.textContent).to.contain(HOSTILE[1]);

    (el.shadowRoot!.querySelector('button[data-choice="use-theirs"]') as HTMLButtonElement).click();
    // The file's differences become the person's edits, by a part fetched for it.
    const purpose = () => (deepAll(el, '#f-purpose')[0] as HTMLTextAreaElement).value;
    for (let i = 0; i < 100 && purpose() !== HOSTILE.join(' | '); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settle(el);
    expect(deepAll(el, FOREIGN)).to.deep.equal([]);
    expect((deepAll(el, '#f-purpose')[0] as HTMLTextAreaElement).value).to.equal(
      HOSTILE.join(' | '),
    );
    await el.save();
    const stored = JSON.parse(
      localStorage.getItem(`kollegalaering:contract:${id}`)!,
    ) as LearningContract;
    expect(stored.purpose).to.equal(HOSTILE.join(' | '));
    expect(stored.parties.a.name).to.equal(HOSTILE[1]);
    expect(stored.privateNotes.a).to.equal(HOSTILE[2]);
  });
});
