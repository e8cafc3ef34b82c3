import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { OrganisationSettings } from '@kollegalaering/core/organisation';
import { settled, text } from '../test-support/dom.js';
import type { OrganisationSettingsElement } from './organisation-settings.js';

const SETTINGS: OrganisationSettings = {
  sections: {
    process: {
      mode: 'formal',
      themes: [{ da: 'Digitalisering', en: 'Digitalisation' }],
      introduction: { text: { da: 'Velkommen til ordningen.' } },
    },
    retention: { monthsAfterCompletion: 24 },
  },
  supervisors: [{ name: 'Lone Dahl', email: 'lone.dahl@soeby.dk' }],
  links: [{ label: { da: 'Slides fra mødet' }, url: 'https://intra.soeby.dk/slides' }],
  presetGoals: { Digitalisering: ['Kende de digitale arbejdsgange'] },
};

async function settings(lang: string, value: OrganisationSettings = SETTINGS) {
  const el = await fixture<OrganisationSettingsElement>(
    html`<organisation-settings
      lang=${lang}
      .settings=${value}
      version="3"
    ></organisation-settings>`,
  );
  await settled(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;

function type(el: OrganisationSettingsElement, selector: string, value: string) {
  const field = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<organisation-settings>', () => {
  it('passes an axe check in Danish and in English', async () => {
    await expect(await settings('da')).to.be.accessible();
    await expect(await settings('en')).to.be.accessible();
  });

  it('edits the introduction, themes and supervisors into the draft, and fires change', async () => {
    const el = await settings('en');
    let changes = 0;
    el.addEventListener('change', () => changes++);
    type(el, '#intro-en', 'Welcome to the scheme.');
    type(el, '#theme-da-0', 'Digital omstilling');
    type(el, '#sup-email-0', 'lone@soeby.dk');
    expect(el.settings.sections.process?.introduction?.text).to.deep.equal({
      da: 'Velkommen til ordningen.',
      en: 'Welcome to the scheme.',
    });
    expect(el.settings.sections.process?.themes?.[0]?.da).to.equal('Digital omstilling');
    expect(el.settings.supervisors[0]?.email).to.equal('lone@soeby.dk');
    expect(changes).to.equal(3);
  });

  it('edits a theme’s preset goals one a line; they follow the theme when it is renamed or removed', async () => {
    const el = await settings('en');
    const goals = root(el).querySelector<HTMLTextAreaElement>('#theme-goals-0')!;
    expect(goals.value).to.equal('Kende de digitale arbejdsgange');
    expect(text(root(el).querySelector('label[for="theme-goals-0"]'))).to.equal(
      'Preset goals for theme 1, one per line',
    );
    expect(goals.getAttribute('aria-describedby')).to.equal('theme-goals-hint');
    type(el, '#theme-goals-0', 'Kende de digitale arbejdsgange\n\nKunne hjælpe med MitID\n');
    expect(el.settings.presetGoals).to.deep.equal({
      Digitalisering: ['Kende de digitale arbejdsgange', 'Kunne hjælpe med MitID'],
    });
    type(el, '#theme-da-0', 'Digital omstilling');
    expect(el.settings.presetGoals).to.deep.equal({
      'Digital omstilling': ['Kende de digitale arbejdsgange', 'Kunne hjælpe med MitID'],
    });
    await settled(el);
    [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Remove theme 1')!.click();
    expect(el.settings.presetGoals).to.equal(undefined);
    expect(el.settings.sections.process?.themes).to.equal(undefined);
  });

  it('links a preset goal core refuses to its field', async () => {
    const el = await settings('en');
    type(el, '#theme-goals-0', 'x'.repeat(501));
    await settled(el);
    const goals = root(el).querySelector<HTMLTextAreaElement>('#theme-goals-0')!;
    expect(goals.getAttribute('aria-invalid')).to.equal('true');
    expect(goals.getAttribute('aria-describedby')).to.equal('theme-goals-hint theme-goals-0-error');
    expect(text(root(el).querySelector('#theme-goals-0-error'))).to.contain(
      'Preset goals for theme 1, one per line',
    );
    await expect(el).to.be.accessible();
  });

  it('checks the section configuration with core and shows a preview only of valid settings', async () => {
    const el = await settings('en');
    expect(root(el).querySelector('contract-form')).to.exist;
    type(el, '#sections', '[{ "id": "Bad Id" }]');
    await settled(el);
    expect(root(el).querySelector('contract-form')).to.equal(null);
    expect(text(root(el).querySelector('ul.issues'))).to.contain('sections.sections');
    type(el, '#sections', '[{ "id": "supervisor", "hidden": true }]');
    await settled(el);
    expect(root(el).querySelector('contract-form')).to.exist;
  });

  it('saves a new version with the version it is based on, and says when someone saved first', async () => {
    const el = await settings('en');
    el.endpoint = '/api';
    const sent: RequestInit[] = [];
    const original = window.fetch.bind(window);
    let status = 200;
    window.fetch = (_url, init) => {
      sent.push(init!);
      return Promise.resolve(new Response(JSON.stringify({ version: 4 }), { status }));
    };
    try {
      await el.save();
      await settled(el);
      expect((sent[0]!.headers as Record<string, string>)['If-Match']).to.equal('"3"');
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Saved as version 4.');
      status = 412;
      await el.save();
      await settled(el);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain(
        'saved the settings first',
      );
    } finally {
      window.fetch = original;
    }
  });
});
