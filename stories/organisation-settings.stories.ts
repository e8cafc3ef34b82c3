import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@kollegalaering/components/define.js';
import '@kollegalaering/components/organisation/define.js';

const meta: Meta = { title: 'Elements/organisation-settings', component: 'organisation-settings' };
export default meta;

/** Nothing set yet: the built-in sections, informal mode. */
export const Empty: StoryObj = {
  render: () => html`<organisation-settings></organisation-settings>`,
};

/** A formal scheme with an introduction, themes with preset goals, a supervisor and a retention period. */
export const Formal: StoryObj = {
  render: () =>
    html`<organisation-settings
      version="2"
      .settings=${{
        sections: {
          process: {
            mode: 'formal',
            themes: [{ da: 'Digitalisering', en: 'Digitalisation' }, { da: 'Kommunikation' }],
            introduction: {
              text: { da: 'Lær af en kollega er vores måde at dele viden på.' },
            },
          },
          retention: { monthsAfterCompletion: 36 },
        },
        supervisors: [{ name: 'Lone Dahl', email: 'lone.dahl@soeby.dk' }],
        links: [
          { label: { da: 'Slides fra personalemødet' }, url: 'https://intra.soeby.dk/slides' },
        ],
        presetGoals: {
          Digitalisering: ['Kende de digitale arbejdsgange', 'Kunne hjælpe en borger med MitID'],
        },
      }}
    ></organisation-settings>`,
};
