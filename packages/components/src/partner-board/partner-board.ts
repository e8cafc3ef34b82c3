import {
  filterPartners,
  rankPartners,
  themesInUse,
  uniqueThemes,
  type PartnerEntry,
  type PartnerEntryInput,
  type PartnerMatch,
  type PartnerProposal,
} from '@kollegalaering/core/partners';
import type { LocalisedText } from '@kollegalaering/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContractOpenEvent } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { addTemplates, msg, str } from '../i18n/msg.js';
import { templates as danish } from '../locales/da-partner-board.js';
import { fieldStyles, tokens } from '../shared/tokens.js';
import { partnerApi, PartnerApiError, type Board, type Proposals } from './partner-api.js';
import { partnerBoardStyles } from './partner-board.styles.js';

const splitThemes = (value: string) =>
  uniqueThemes(
    value
      .split(',')
      .map((theme) => theme.trim())
      .filter(Boolean),
  );

const sameTheme = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');

/** A text field's value in a submitted form. */
const formText = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * The partner board: find a colleague to learn from. A signed-in person puts
 * themselves on the board with what they can teach, what they would like to
 * learn (a short text and themes each) and their department; nothing about
 * anyone is shown before they do so themselves. The entries of colleagues
 * who did the same can be searched and filtered by theme and department, and
 * those that match come first: what the person wants to learn is what the
 * colleague can teach, or the other way round, across departments.
 * "Propose learning together" sends the colleague an email; under
 * "Proposals for you" they say yes or no, and a yes starts a learning contract
 * with the one who proposed as party A and the one who said yes as party B.
 * Taking oneself off the board deletes the entry and its proposals at once.
 * The themes come from the organisation's current settings where it lists
 * some: they are suggested for an entry, and a proposal is about one of them,
 * so that the contract it starts has that theme and, run formally, the goals
 * the organisation preset for it.
 * Needs the reference server (`endpoint`).
 *
 * @summary Find a learning partner: opt in, search, propose, accept.
 *
 * @tagname partner-board
 *
 * @fires contract-open - When a proposal was accepted and its contract started, or a started one is opened. `detail` has `id` and `perspective`. Cancelable: `preventDefault()` keeps a link from being followed.
 *
 * @csspart entry - One colleague's entry on the board.
 *
 * @cssprop --lc-color-primary - Links and buttons. Default: #0a4f8c.
 * @cssprop --lc-color-text - Text. Default: #1b1b1b.
 * @cssprop --lc-font-family - Font. Default: inherited from the page.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class PartnerBoardElement extends LitElement {
  static override styles = [tokens, fieldStyles, partnerBoardStyles];

  /** The base URL of the server's API, for example `/api`. */
  @property({ attribute: 'endpoint' })
  endpoint = '/api';

  /** A link to a started contract, with `{id}` and `{perspective}` filled in, for example `/laering/#{id}`. Without it the contract is opened by `contract-open` alone. */
  @property({ attribute: 'href' })
  href = '';

  /** Headers each request carries, e.g. the intranet login's token. Called before every request. */
  @property({ attribute: false })
  headers: (() => Record<string, string> | Promise<Record<string, string>>) | undefined = undefined;

  @state() private board: Board | undefined;
  @state() private proposals: Proposals = { received: [], sent: [] };
  /** The organisation's themes, from its current settings (none where it lists none). */
  @state() private themes: LocalisedText[] = [];
  @state() private problem: PartnerApiError | undefined;
  @state() private news = '';
  @state() private editing = false;
  @state() private proposingTo = '';
  @state() private filter = { text: '', theme: '', department: '' };

  private readonly localization = new LocaleController(this);

  private get api() {
    return partnerApi({ endpoint: this.endpoint, headers: this.headers });
  }

  override connectedCallback(): void {
    // The board is an entry of its own: its Danish is not in the main dictionary.
    addTemplates('da', danish);
    super.connectedCallback();
    void this.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another server or another login: what was shown was someone else's to see.
    if (this.hasUpdated && (changed.has('endpoint') || changed.has('headers'))) void this.refresh();
  }

  /** Counts the fetches, so that an older answer never replaces a newer one. */
  private fetches = 0;

  /** Fetches the board and the person's proposals again. */
  async refresh(): Promise<void> {
    const fetch = ++this.fetches;
    try {
      const [board, proposals, themes] = await Promise.all([
        this.api.board(),
        this.api.proposals(),
        // A server without the organisation's settings: the board's own themes, as before.
        this.api.themes().catch(() => []),
      ]);
      if (fetch !== this.fetches) return;
      this.board = board;
      this.proposals = proposals;
      this.themes = themes;
      this.problem = undefined;
    } catch (problem) {
      if (fetch !== this.fetches) return;
      this.problem = problem instanceof PartnerApiError ? problem : new PartnerApiError(0, '');
    }
  }

  private async run(work: () => Promise<unknown>, done: string): Promise<boolean> {
    try {
      await work();
      this.news = done;
      await this.refresh();
      return true;
    } catch (problem) {
      this.problem = problem instanceof PartnerApiError ? problem : new PartnerApiError(0, '');
      return false;
    }
  }

  private contractLink(id: string, perspective: 'party-a' | 'party-b') {
    return this.href
      .replaceAll('{id}', encodeURIComponent(id))
      .replaceAll('{perspective}', perspective);
  }

  private open(event: Event, id: string, perspective: 'party-a' | 'party-b') {
    const opened = new ContractOpenEvent(id, perspective);
    this.dispatchEvent(opened);
    if (opened.defaultPrevented || !this.href) event.preventDefault();
  }

  private readonly onSave = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => formText(form, name).trim();
    const entry: PartnerEntryInput = {
      name: value('name'),
      department: value('department'),
      teach: { text: value('teach'), themes: splitThemes(value('teach-themes')) },
      learn: { text: value('learn'), themes: splitThemes(value('learn-themes')) },
    };
    const first = !this.board?.mine;
    const saved = await this.run(
      () => this.api.save(entry),
      first
        ? msg('You are on the board.', { id: 'partners.news.added', desc: 'After opting in' })
        : msg('Your entry is saved.', { id: 'partners.news.saved', desc: 'After editing' }),
    );
    if (saved) this.editing = false;
  };

  private readonly onOptOut = () =>
    this.run(
      () => this.api.optOut(),
      msg('You are off the board. Your entry and your proposals are deleted.', {
        id: 'partners.news.removed',
        desc: 'After opting out: everything is deleted at once',
      }),
    );

  private readonly onPropose = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const to = this.proposingTo;
    const sent = await this.run(
      () => this.api.propose(to, formText(form, 'theme'), formText(form, 'message')),
      msg('Your proposal is sent. Your colleague gets an email.', {
        id: 'partners.news.proposed',
        desc: 'After proposing',
      }),
    );
    if (sent) this.proposingTo = '';
  };

  private async answer(proposal: PartnerProposal, accept: boolean) {
    let started: PartnerProposal | undefined;
    await this.run(
      async () => {
        started = await this.api.answer(proposal.id, accept);
      },
      accept
        ? msg('You said yes. Your learning contract has started.', {
            id: 'partners.news.accepted',
            desc: 'After accepting a proposal',
          })
        : msg('You said no thanks.', { id: 'partners.news.declined', desc: 'After declining' }),
    );
    if (started?.contractId) {
      const opened = new ContractOpenEvent(started.contractId, 'party-b');
      this.dispatchEvent(opened);
    }
  }

  override render() {
    const board = this.board;
    return html`<p role="status" class="news">${this.news}</p>
      ${this.problem ? this.renderProblem(this.problem) : nothing}
      ${
        board
          ? html`${this.renderProposals()} ${this.renderMine(board.mine)}
            ${this.renderSearch(board)}`
          : nothing
      }`;
  }

  private renderProblem(problem: PartnerApiError) {
    const text =
      problem.status === 401
        ? msg('Sign in to see the partner board.', {
            id: 'partners.error.signIn',
            desc: 'The person is not signed in',
          })
        : problem.code === 'already-proposed'
          ? msg('There is already an open proposal between the two of you.', {
              id: 'partners.error.already',
              desc: 'A second proposal to the same colleague',
            })
          : problem.status === 422
            ? msg('Write your name and your department.', {
                id: 'partners.error.invalid',
                desc: 'The opt-in form misses a name or department',
              })
            : msg('The partner board cannot be reached just now. Try again in a moment.', {
                id: 'partners.error.unavailable',
                desc: 'The server could not be reached',
              });
    return html`<p role="alert" class="problem">${text}</p>`;
  }

  private renderProposals() {
    const { received, sent } = this.proposals;
    if (received.length === 0 && sent.length === 0) return nothing;
    return html`<section aria-labelledby="proposals-title">
      <h2 id="proposals-title">
        ${msg('Proposals for you', { id: 'partners.proposals.title', desc: 'Heading' })}
      </h2>
      ${
        received.length === 0
          ? html`<p>
              ${msg('No one has proposed to you yet.', {
                id: 'partners.proposals.none',
                desc: 'No proposals received',
              })}
            </p>`
          : html`<ul class="cards">
              ${received.map((p) => this.renderReceived(p))}
            </ul>`
      }
      ${
        sent.length === 0
          ? nothing
          : html`<h3>${msg('Your proposals', { id: 'partners.sent.title', desc: 'Heading' })}</h3>
              <ul>
                ${sent.map(
                  (p) =>
                    html`<li>
                      ${msg(str`To ${p.to.name} (${p.to.department}) about ${p.theme}:`, {
                        id: 'partners.sent.item',
                        desc: 'A proposal the person sent',
                      })}
                      ${this.statusText(p)}
                      ${p.contractId ? this.renderContractLink(p.contractId, 'party-a') : nothing}
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }

  private statusText(proposal: PartnerProposal) {
    return proposal.status === 'open'
      ? msg('waiting for an answer', { id: 'partners.status.open', desc: 'Proposal status' })
      : proposal.status === 'accepted'
        ? msg('accepted', { id: 'partners.status.accepted', desc: 'Proposal status' })
        : msg('declined', { id: 'partners.status.declined', desc: 'Proposal status' });
  }

  private renderContractLink(id: string, perspective: 'party-a' | 'party-b') {
    return html`<a
      href=${this.href ? this.contractLink(id, perspective) : '#'}
      @click=${(event: Event) => this.open(event, id, perspective)}
      >${msg('Open your learning contract', { id: 'partners.open', desc: 'Link to the contract' })}</a
    >`;
  }

  private renderReceived(proposal: PartnerProposal) {
    const id = `proposal-${proposal.id}`;
    return html`<li class="card" aria-labelledby=${id}>
      <h3 id=${id}>
        ${msg(
          str`${proposal.from.name} (${proposal.from.department}) proposes learning together about ${proposal.theme}`,
          {
            id: 'partners.proposals.from',
            desc: 'A proposal received: who, their department, the theme',
          },
        )}
      </h3>
      ${proposal.message ? html`<p class="value">${proposal.message}</p>` : nothing}
      ${
        proposal.status === 'open'
          ? html`<div class="buttons">
              <button type="button" @click=${() => this.answer(proposal, true)}>
                ${msg('Yes, start a contract', { id: 'partners.accept', desc: 'Accepts a proposal' })}
              </button>
              <button type="button" class="secondary" @click=${() => this.answer(proposal, false)}>
                ${msg('No thanks', { id: 'partners.decline', desc: 'Declines a proposal' })}
              </button>
            </div>`
          : html`<p>
              ${this.statusText(proposal)}
              ${proposal.contractId ? this.renderContractLink(proposal.contractId, 'party-b') : nothing}
            </p>`
      }
    </li>`;
  }

  private renderMine(mine: PartnerEntry | null) {
    return html`<section aria-labelledby="mine-title">
      <h2 id="mine-title">
        ${msg('Your entry on the board', { id: 'partners.mine.title', desc: 'Heading' })}
      </h2>
      ${
        mine && !this.editing
          ? html`${this.renderEntryBody(mine)}
              <div class="buttons">
                <button
                  type="button"
                  class="secondary"
                  @click=${() => {
                    this.editing = true;
                  }}
                >
                  ${msg('Edit your entry', { id: 'partners.mine.edit', desc: 'Button' })}
                </button>
                <button type="button" class="secondary" @click=${this.onOptOut}>
                  ${msg('Take me off the board', {
                    id: 'partners.mine.optOut',
                    desc: 'Opting out: deletes the entry at once',
                  })}
                </button>
              </div>`
          : this.renderForm(mine)
      }
    </section>`;
  }

  private renderForm(mine: PartnerEntry | null) {
    // The organisation's themes first, spelt as it lists them, so that entries match on them.
    const suggestions = uniqueThemes([
      ...this.themes.map((theme) => theme.da),
      ...(this.board ? themesInUse([...this.board.entries, ...(mine ? [mine] : [])]) : []),
    ]);
    const field = (name: string, label: string, value: string, help = '', multiline = false) =>
      html`<div class="field">
        <label for=${name}>${label}</label>
        ${help ? html`<p class="help" id=${`${name}-help`}>${help}</p>` : nothing}
        ${
          multiline
            ? html`<textarea
                id=${name}
                name=${name}
                rows="3"
                maxlength="1000"
                .value=${value}
              ></textarea>`
            : html`<input
                id=${name}
                name=${name}
                maxlength=${name.endsWith('themes') ? 600 : 120}
                .value=${value}
                list=${name.endsWith('themes') ? 'theme-suggestions' : nothing}
                aria-describedby=${help ? `${name}-help` : nothing}
                ?required=${name === 'name' || name === 'department'}
                autocomplete=${name === 'name' ? 'name' : name === 'department' ? 'organization' : 'off'}
              />`
        }
      </div>`;
    const themesHelp = msg('Separate themes with commas.', {
      id: 'partners.form.themesHelp',
      desc: 'Help under a themes field',
    });
    return html`<p>
        ${msg(
          'Your name, your department and what you write here are shown to colleagues who are signed in, until you take yourself off the board. Taking yourself off deletes it at once.',
          { id: 'partners.form.consent', desc: 'What opting in shows, to whom, for how long' },
        )}
      </p>
      <form @submit=${this.onSave}>
        ${field('name', msg('Your name', { id: 'partners.form.name', desc: 'Label' }), mine?.name ?? '')}
        ${field(
          'department',
          msg('Your department', { id: 'partners.form.department', desc: 'Label' }),
          mine?.department ?? '',
        )}
        ${field(
          'teach',
          msg('What you can teach a colleague', { id: 'partners.form.teach', desc: 'Label' }),
          mine?.teach.text ?? '',
          '',
          true,
        )}
        ${field(
          'teach-themes',
          msg('Themes you can teach', { id: 'partners.form.teachThemes', desc: 'Label' }),
          mine?.teach.themes.join(', ') ?? '',
          themesHelp,
        )}
        ${field(
          'learn',
          msg('What you would like to learn', { id: 'partners.form.learn', desc: 'Label' }),
          mine?.learn.text ?? '',
          '',
          true,
        )}
        ${field(
          'learn-themes',
          msg('Themes you would like to learn', { id: 'partners.form.learnThemes', desc: 'Label' }),
          mine?.learn.themes.join(', ') ?? '',
          themesHelp,
        )}
        <datalist id="theme-suggestions">
          ${suggestions.map((theme) => html`<option value=${theme}></option>`)}
        </datalist>
        <div class="buttons">
          <button type="submit">
            ${
              mine
                ? msg('Save your entry', { id: 'partners.form.save', desc: 'Button' })
                : msg('Put me on the board', { id: 'partners.form.optIn', desc: 'Opting in' })
            }
          </button>
          ${
            mine
              ? html`<button
                  type="button"
                  class="secondary"
                  @click=${() => {
                    this.editing = false;
                  }}
                >
                  ${msg('Cancel', { id: 'partners.form.cancel', desc: 'Button' })}
                </button>`
              : nothing
          }
        </div>
      </form>`;
  }

  private renderEntryBody(entry: PartnerEntry) {
    const themes = (list: string[]) => (list.length ? list.join(', ') : '—');
    return html`<dl>
      <dt>${msg('Can teach', { id: 'partners.entry.teach', desc: 'Term' })}</dt>
      <dd>
        <span class="value">${entry.teach.text || '—'}</span>
        <br />${msg('Themes:', { id: 'partners.entry.themes', desc: 'Before a list of themes' })}
        ${themes(entry.teach.themes)}
      </dd>
      <dt>${msg('Would like to learn', { id: 'partners.entry.learn', desc: 'Term' })}</dt>
      <dd>
        <span class="value">${entry.learn.text || '—'}</span>
        <br />${msg('Themes:', { id: 'partners.entry.themes', desc: 'Before a list of themes' })}
        ${themes(entry.learn.themes)}
      </dd>
    </dl>`;
  }

  private renderSearch(board: Board) {
    const all = board.entries;
    const ranked = rankPartners(filterPartners(all, this.filter), board.mine);
    const departments = [...new Set(all.map((e) => e.department))].sort((a, b) =>
      a.localeCompare(b, 'da'),
    );
    const set = (key: keyof typeof this.filter) => (event: Event) => {
      this.filter = { ...this.filter, [key]: (event.target as HTMLInputElement).value };
    };
    const matches = ranked.filter((r) => (r.match?.score ?? 0) > 0).length;
    return html`<section aria-labelledby="search-title">
      <h2 id="search-title">
        ${msg('Find a learning partner', { id: 'partners.search.title', desc: 'Heading' })}
      </h2>
      <div class="filters" role="search">
        <div class="field">
          <label for="filter-text"
            >${msg('Search', { id: 'partners.search.text', desc: 'Label' })}</label
          >
          <input id="filter-text" type="search" .value=${this.filter.text} @input=${set('text')} />
        </div>
        <div class="field">
          <label for="filter-theme"
            >${msg('Theme', { id: 'partners.search.theme', desc: 'Label' })}</label
          >
          <select id="filter-theme" @change=${set('theme')}>
            <option value="">
              ${msg('All themes', { id: 'partners.search.allThemes', desc: 'Option' })}
            </option>
            ${this.themeOptions(themesInUse(all)).map(
              ({ value, label }) =>
                html`<option value=${value} ?selected=${value === this.filter.theme}>
                  ${label}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="filter-department"
            >${msg('Department', { id: 'partners.search.department', desc: 'Label' })}</label
          >
          <select id="filter-department" @change=${set('department')}>
            <option value="">
              ${msg('All departments', { id: 'partners.search.allDepartments', desc: 'Option' })}
            </option>
            ${departments.map(
              (d) => html`<option ?selected=${d === this.filter.department}>${d}</option>`,
            )}
          </select>
        </div>
      </div>
      <p aria-live="polite">${this.countText(ranked.length, matches)}</p>
      ${
        board.mine
          ? nothing
          : html`<p>
              ${msg('Put yourself on the board to propose learning together.', {
                id: 'partners.search.optInFirst',
                desc: 'Someone not on the board cannot propose',
              })}
            </p>`
      }
      <ul class="cards">
        ${ranked.map(({ entry, match }) => this.renderEntry(entry, match, board.mine !== null))}
      </ul>
    </section>`;
  }

  /**
   * The themes to choose from: the organisation's, by their Danish names (as
   * contracts and preset goals name them) in the page's language, then those
   * of `others` it does not list.
   */
  private themeOptions(others: readonly string[]): Array<{ value: string; label: string }> {
    const english = this.localization.locale === 'en';
    const listed = this.themes.map((theme) => ({
      value: theme.da,
      label: english ? (theme.en ?? theme.da) : theme.da,
    }));
    const rest = others.filter((other) => !listed.some(({ value }) => sameTheme(value, other)));
    return [...listed, ...rest.map((theme) => ({ value: theme, label: theme }))];
  }

  /**
   * What a proposal to this colleague can be about, and the likeliest: the
   * organisation's themes where it lists some (chosen: the first the
   * colleague's entry names), else the colleague's own (chosen: the first).
   */
  private proposalThemes(entry: PartnerEntry, match: PartnerMatch | null) {
    const theirs = uniqueThemes([
      ...(match?.theyTeach ?? []),
      ...entry.teach.themes,
      ...(match?.iTeach ?? []),
    ]);
    const options =
      this.themes.length === 0
        ? theirs.map((theme) => ({ value: theme, label: theme }))
        : this.themeOptions([]);
    const likeliest =
      [...theirs, ...entry.learn.themes]
        .map((theme) => options.find(({ value }) => sameTheme(value, theme)))
        .find((option) => option !== undefined) ?? options[0];
    return { options, chosen: likeliest?.value ?? '' };
  }

  /** How many colleagues are shown, and how many of them match: one colleague in the singular. */
  private countText(shown: number, matches: number) {
    if (shown !== 1) {
      return msg(str`${shown} colleagues, ${matches} of them match you`, {
        id: 'partners.search.count',
        desc: 'How many entries are shown (two or more, or none), and how many match',
      });
    }
    return matches === 1
      ? msg('1 colleague, who matches you', {
          id: 'partners.search.countOneMatch',
          desc: 'One entry is shown, and it matches (Danish: 1 kollega)',
        })
      : msg('1 colleague', {
          id: 'partners.search.countOne',
          desc: 'One entry is shown, and it does not match (Danish: 1 kollega)',
        });
  }

  private renderEntry(entry: PartnerEntry, match: PartnerMatch | null, onBoard: boolean) {
    const id = `entry-${entry.id}`;
    const themes = this.proposalThemes(entry, match);
    return html`<li class="card" part="entry" aria-labelledby=${id}>
      <h3 id=${id}>${entry.name}, ${entry.department}</h3>
      ${
        match && match.theyTeach.length
          ? html`<p class="match">
              ${msg(str`Can teach you: ${match.theyTeach.join(', ')}`, {
                id: 'partners.match.theyTeach',
                desc: 'Themes the reader wants to learn that this colleague teaches',
              })}
            </p>`
          : nothing
      }
      ${
        match && match.iTeach.length
          ? html`<p class="match">
              ${msg(str`Would like to learn from you: ${match.iTeach.join(', ')}`, {
                id: 'partners.match.iTeach',
                desc: 'Themes this colleague wants to learn that the reader teaches',
              })}
            </p>`
          : nothing
      }
      ${this.renderEntryBody(entry)}
      ${
        !onBoard
          ? nothing
          : this.proposingTo === entry.id
            ? html`<form
                @submit=${this.onPropose}
                aria-label=${msg(str`Proposal to ${entry.name}`, { id: 'partners.propose.form', desc: 'Accessible name of the proposal form' })}
              >
                <div class="field">
                  <label for="propose-theme"
                    >${msg('Theme', { id: 'partners.search.theme', desc: 'Label' })}</label
                  >
                  <select id="propose-theme" name="theme">
                    ${themes.options.map(
                      ({ value, label }) =>
                        html`<option value=${value} ?selected=${value === themes.chosen}>
                          ${label}
                        </option>`,
                    )}
                    <option value="">
                      ${msg('No theme', { id: 'partners.propose.noTheme', desc: 'Option' })}
                    </option>
                  </select>
                </div>
                <div class="field">
                  <label for="propose-message"
                    >${msg('A few words to your colleague (optional)', {
                      id: 'partners.propose.message',
                      desc: 'Label',
                    })}</label
                  >
                  <textarea
                    id="propose-message"
                    name="message"
                    rows="2"
                    maxlength="1000"
                  ></textarea>
                </div>
                <div class="buttons">
                  <button type="submit">
                    ${msg('Send proposal', { id: 'partners.propose.send', desc: 'Button' })}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    @click=${() => {
                      this.proposingTo = '';
                    }}
                  >
                    ${msg('Cancel', { id: 'partners.form.cancel', desc: 'Button' })}
                  </button>
                </div>
              </form>`
            : html`<div class="buttons">
                <button
                  type="button"
                  aria-label=${msg(str`Propose learning together with ${entry.name}`, {
                    id: 'partners.propose.with',
                    desc: 'Accessible name of the propose button: its visible text (partners.propose) first, then the colleague’s name; Danish: Foreslå et samarbejde med …',
                  })}
                  aria-describedby=${id}
                  @click=${async () => {
                    this.proposingTo = entry.id;
                    await this.updateComplete;
                    this.renderRoot.querySelector<HTMLElement>('#propose-theme')?.focus();
                  }}
                >
                  ${msg('Propose learning together', {
                    id: 'partners.propose',
                    desc: 'Opens the proposal form; Danish: Foreslå et samarbejde',
                  })}
                </button>
              </div>`
      }
    </li>`;
  }
}
