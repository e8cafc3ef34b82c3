// The supervisor has one name on the screen: "supervisor" in Danish and in
// English, with the method's own word, "videnforvalter", said once beside it
// at the section's heading. Not "vejleder" in one place and "videnforvalteren" in another.
import { expect } from '@open-wc/testing';
import { templates as main } from '../locales/da.js';
import { templates as colleagueChanges } from '../locales/da-colleague-changes.js';
import { templates as contractList } from '../locales/da-contract-list.js';
import { templates as importing } from '../locales/da-import.js';
import { templates as introduction } from '../locales/da-introduction.js';
import { templates as organisation } from '../locales/da-organisation.js';
import { templates as partnerBoard } from '../locales/da-partner-board.js';
import { templates as perspectiveChoice } from '../locales/da-perspective-choice.js';
import { templates as printView } from '../locales/da-print-view.js';
import { templates as retention } from '../locales/da-retention.js';
import { templates as summary } from '../locales/da-summary.js';
import { templates as trouble } from '../locales/da-trouble.js';
import { templates as turn } from '../locales/da-turn.js';
import { templates as english } from '../locales/en.js';

const danish = {
  ...main,
  ...colleagueChanges,
  ...contractList,
  ...importing,
  ...introduction,
  ...organisation,
  ...partnerBoard,
  ...perspectiveChoice,
  ...printView,
  ...retention,
  ...summary,
  ...trouble,
  ...turn,
};

/** Each message's text, a str`` template's parts joined. */
const texts = (templates: Record<string, unknown>) =>
  Object.entries(templates).map(([id, template]) => [
    id,
    typeof template === 'string' ? template : (template as { strings: string[] }).strings.join('…'),
  ]);

describe('the supervisor’s name', () => {
  it('is “supervisor” in every Danish text, and “videnforvalter” only at the section heading', () => {
    const other = texts(danish).filter(([, text]) => /vejleder|videnforvalt/i.test(text!));
    expect(other).to.deep.equal([['section.supervisor', 'Supervisor (videnforvalter)']]);
    expect(danish['org.settings.supervisors']).to.equal('Supervisorer, man kan vælge');
  });

  it('is “supervisor” in English too, with “knowledge steward” only at the section heading', () => {
    const other = texts(english).filter(([, text]) =>
      /knowledge (steward|manager)|mentor|adviser/i.test(text!),
    );
    expect(other).to.deep.equal([['section.supervisor', 'Supervisor (knowledge steward)']]);
  });
});
