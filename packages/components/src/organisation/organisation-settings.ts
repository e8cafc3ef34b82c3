import { createEmptyContract, formatPath, type Issue } from '@kollegalaering/core';
import {
  EMPTY_SETTINGS,
  parseOrganisationSettings,
  type OrganisationSettings,
} from '@kollegalaering/core/organisation';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { issueMessage } from '../i18n/issue-messages.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { msg, str } from '../i18n/msg.js';
import { styles } from './organisation-settings.styles.js';

type Process = NonNullable<OrganisationSettings['sections']['process']>;

/** A contract with a few words in it, for the preview of the sections. */
function sampleContract() {
  const contract = createEmptyContract({ id: 'preview', now: new Date('2026-01-05T09:00:00Z') });
  contract.parties.a.name = 'Mette Larsen';
  contract.parties.b.name = 'Jonas Holm';
  contract.purpose = 'Eksempel';
  return contract;
}

const setIn = <T>(list: readonly T[], index: number, value: T): T[] =>
  list.map((item, i) => (i === index ? value : item));

/**
 * The organisation's settings as an administrator edits them: the
 * introduction in Danish and English with its links, the mode, the themes
 * with the goals a formal contract under each begins with, the supervisors people may choose, the retention period and the section
 * configuration, checked by core as they are typed, with a preview of the
 * contract. Saved as a new version at `${endpoint}/organisation/settings`;
 * only administrators may (the server refuses anyone else).
 *
 * @summary The organisation's settings, edited by an administrator.
 *
 * @tagname organisation-settings
 *
 * @fires change - The administrator changed a setting (not saved yet); `settings` holds the draft.
 *
 * @cssprop --lc-color-primary - Buttons. Default: #0a4f8c.
 * @cssprop --lc-color-text - Text. Default: #1b1b1b.
 * @cssprop --lc-color-background - Background. Default: #ffffff.
 * @cssprop --lc-color-error - Problems. Default: #b00020.
 * @cssprop --lc-font-family - Font. Default: inherited from the page.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class OrganisationSettingsElement extends LitElement {
  static override styles = styles;

  /** The API's address, e.g. `/api`: the settings are read from and saved to `${endpoint}/organisation/settings`. */
  @property({ attribute: 'endpoint' })
  endpoint = '';

  /** Headers sent with each request, e.g. a token where the page signs in on its own. */
  @property({ attribute: false })
  headers: Record<string, string> = {};

  /** The settings being edited: set it to start from them; it holds the draft as the administrator edits. */
  @property({ attribute: false })
  settings: OrganisationSettings = EMPTY_SETTINGS;

  /** The stored version the draft is based on (sent as `If-Match`). */
  @property({ type: Number, attribute: 'version' })
  version = 0;

  @state() private sectionsText = '';
  @state() private sectionsProblem = false;
  @state() private issues: Issue[] = [];
  @state() private status: 'saved' | 'stale' | 'forbidden' | 'unavailable' | 'invalid' | undefined;

  private readonly localization = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.endpoint) void this.load();
  }

  /** Reads the newest stored version from the server. */
  async load(): Promise<void> {
    try {
      const response = await fetch(`${this.endpoint}/organisation/settings`, {
        credentials: 'include',
        headers: { ...this.headers, Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(String(response.status));
      const stored = (await response.json()) as { version: number; settings: OrganisationSettings };
      this.settings = stored.settings;
      this.version = stored.version;
      this.sectionsText = '';
    } catch {
      this.status = 'unavailable';
    }
  }

  private get process(): Process {
    return this.settings.sections.process ?? {};
  }

  /** A user's change: the new draft, checked by core, and `change` for the page. */
  private edit(next: OrganisationSettings) {
    this.settings = next;
    const checked = parseOrganisationSettings(next);
    this.issues = checked.ok ? [] : checked.issues;
    this.status = undefined;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private editProcess(change: Partial<Process>) {
    const process: Process = { ...this.process, ...change };
    for (const key of Object.keys(process) as Array<keyof Process>) {
      if (process[key] === undefined) delete process[key];
    }
    this.edit({ ...this.settings, sections: { ...this.settings.sections, process } });
  }

  private editIntroduction(language: 'da' | 'en', value: string) {
    const introduction = this.process.introduction ?? {};
    const both = {
      da: introduction.text?.da ?? '',
      en: introduction.text?.en ?? '',
      [language]: value,
    };
    const text = both.en ? both : { da: both.da };
    const next: NonNullable<Process['introduction']> = { ...introduction, text };
    if (!both.da && !both.en) delete next.text;
    this.editProcess({ introduction: Object.keys(next).length > 0 ? next : undefined });
  }

  private editRetention(value: string) {
    const sections = { ...this.settings.sections };
    if (value === '') delete sections.retention;
    else sections.retention = { monthsAfterCompletion: Number(value) };
    this.edit({ ...this.settings, sections });
  }

  private editSectionsText(text: string) {
    this.sectionsText = text;
    try {
      const value: unknown = text.trim() === '' ? undefined : JSON.parse(text);
      this.sectionsProblem = false;
      const sections = { ...this.settings.sections };
      if (value === undefined) delete sections.sections;
      else sections.sections = value as typeof sections.sections;
      this.edit({ ...this.settings, sections });
    } catch {
      this.sectionsProblem = true;
    }
  }

  /** Saves the draft as a new version. */
  async save(): Promise<void> {
    const checked = parseOrganisationSettings(this.settings);
    if (!checked.ok || this.sectionsProblem) {
      this.issues = checked.ok ? [] : checked.issues;
      this.status = 'invalid';
      return;
    }
    try {
      const response = await fetch(`${this.endpoint}/organisation/settings`, {
        method: 'PUT',
        credentials: 'include',
        headers: {
          ...this.headers,
          'Content-Type': 'application/json',
          'If-Match': `"${this.version}"`,
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: JSON.stringify(checked.value),
      });
      if (response.ok) {
        this.version = ((await response.json()) as { version: number }).version;
        this.status = 'saved';
      } else if (response.status === 412) this.status = 'stale';
      else if (response.status === 403) this.status = 'forbidden';
      else if (response.status === 422) {
        this.issues = ((await response.json()) as { issues?: Issue[] }).issues ?? [];
        this.status = 'invalid';
      } else this.status = 'unavailable';
    } catch {
      this.status = 'unavailable';
    }
  }

  private statusText(): string {
    switch (this.status) {
      case 'saved':
        return msg(str`Saved as version ${this.version}.`, {
          id: 'org.settings.saved',
          desc: 'After saving; the version number follows',
        });
      case 'stale':
        return msg('Someone else saved the settings first. Reload the page to see their version.', {
          id: 'org.settings.stale',
          desc: 'A newer version was stored while this person edited',
        });
      case 'forbidden':
        return msg('Only the organisation’s administrators may change the settings.', {
          id: 'org.settings.forbidden',
          desc: 'The server refused: not an administrator',
        });
      case 'invalid':
        return msg('The settings were not saved: correct the problems listed.', {
          id: 'org.settings.invalid',
          desc: 'Saving was refused because of problems',
        });
      case 'unavailable':
        return msg('The server cannot be reached now. Try again later.', {
          id: 'org.settings.unavailable',
          desc: 'The server did not answer',
        });
      default:
        return '';
    }
  }

  private renderIntroduction() {
    const text = this.process.introduction?.text;
    const links = this.settings.links;
    const linkLabel = msg('Link text', { id: 'org.settings.linkLabel', desc: 'Label' });
    const linkUrl = msg('Address (https://…)', { id: 'org.settings.linkUrl', desc: 'Label' });
    return html`<fieldset>
      <legend>
        ${msg('Introduction', { id: 'org.settings.introduction', desc: 'Fieldset legend: the introduction everyone is given' })}
      </legend>
      <label for="intro-da"
        >${msg('Text in Danish', { id: 'org.settings.textDa', desc: 'Label' })}</label
      >
      <textarea
        id="intro-da"
        rows="4"
        .value=${text?.da ?? ''}
        @input=${(e: Event) => this.editIntroduction('da', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <label for="intro-en"
        >${msg('Text in English', { id: 'org.settings.textEn', desc: 'Label' })}</label
      >
      <textarea
        id="intro-en"
        rows="4"
        .value=${text?.en ?? ''}
        @input=${(e: Event) => this.editIntroduction('en', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${links.map(
        (link, index) =>
          html`<div class="row">
            <div>
              <label for="link-label-${index}">${linkLabel} ${index + 1}</label>
              <input
                id="link-label-${index}"
                .value=${link.label.da}
                @input=${(e: Event) => this.edit({ ...this.settings, links: setIn(links, index, { ...link, label: { da: (e.target as HTMLInputElement).value } }) })}
              />
            </div>
            <div>
              <label for="link-url-${index}">${linkUrl} ${index + 1}</label>
              <input
                id="link-url-${index}"
                type="url"
                .value=${link.url}
                @input=${(e: Event) => this.edit({ ...this.settings, links: setIn(links, index, { ...link, url: (e.target as HTMLInputElement).value }) })}
              />
            </div>
            <button
              type="button"
              @click=${() => this.edit({ ...this.settings, links: links.filter((_, i) => i !== index) })}
            >
              ${msg(str`Remove link ${index + 1}`, { id: 'org.settings.removeLink', desc: 'Button; the link number follows' })}
            </button>
          </div>`,
      )}
      <button
        type="button"
        @click=${() => this.edit({ ...this.settings, links: [...links, { label: { da: '' }, url: 'https://' }] })}
      >
        ${msg('Add a link', { id: 'org.settings.addLink', desc: 'Button: add a link to the introduction, e.g. the slides' })}
      </button>
    </fieldset>`;
  }

  private renderMode() {
    const mode = this.process.mode ?? 'informal';
    const choose = (value: 'formal' | 'informal') => () => this.editProcess({ mode: value });
    return html`<fieldset>
      <legend>
        ${msg('How the method is run', { id: 'org.settings.mode', desc: 'Fieldset legend: informal or formal mode' })}
      </legend>
      <label
        ><input
          type="radio"
          name="mode"
          .checked=${mode === 'informal'}
          @change=${choose('informal')}
        />${msg('Informally: employees start contracts themselves', { id: 'org.settings.informal', desc: 'Radio button' })}</label
      >
      <label
        ><input
          type="radio"
          name="mode"
          .checked=${mode === 'formal'}
          @change=${choose('formal')}
        />${msg('Formally: leaders set the goals, within the themes below', { id: 'org.settings.formal', desc: 'Radio button' })}</label
      >
    </fieldset>`;
  }

  /** The themes and their preset goals together: a renamed theme keeps its goals, a removed one loses them. */
  private editThemes(themes: NonNullable<Process['themes']>, goals: Record<string, string[]>) {
    const presetGoals = Object.fromEntries(
      Object.entries(goals).filter(
        ([theme, list]) => list.length > 0 && themes.some((t) => t.da === theme),
      ),
    );
    const process: Process = { ...this.process, themes };
    if (themes.length === 0) delete process.themes;
    const next: OrganisationSettings = {
      ...this.settings,
      sections: { ...this.settings.sections, process },
      presetGoals,
    };
    if (Object.keys(presetGoals).length === 0) delete next.presetGoals;
    this.edit(next);
  }

  private renderThemes() {
    const themes = this.process.themes ?? [];
    const goals = this.settings.presetGoals ?? {};
    // Handlers read the draft as it is when they run, not as it was rendered.
    const set = (next: typeof themes) => this.editThemes(next, this.settings.presetGoals ?? {});
    const rename = (index: number, da: string) => {
      const now = this.process.themes ?? [];
      const theme = now[index]!;
      const { [theme.da]: moved = [], ...rest } = this.settings.presetGoals ?? {};
      this.editThemes(setIn(now, index, { ...theme, da }), { ...rest, [da]: moved });
    };
    return html`<fieldset>
      <legend>
        ${msg('Themes and areas', { id: 'org.settings.themes', desc: 'Fieldset legend: the competence plan’s themes' })}
      </legend>
      <p id="theme-goals-hint" class="hint">
        ${msg('Run formally, a contract started under a theme begins with the theme’s goals for both parties, as goals their leaders set. A leader may change or remove them in step 1; the parties add goals of their own.', { id: 'org.settings.themeGoalsHint', desc: 'Help text for the preset goals of each theme' })}
      </p>
      ${themes.map((theme, index) => {
        const problems = this.issues.filter(
          (i) => i.path[0] === 'presetGoals' && i.path[1] === theme.da,
        );
        const error = `theme-goals-${index}-error`;
        const label = msg(str`Preset goals for theme ${index + 1}, one per line`, {
          id: 'org.settings.themeGoals',
          desc: 'Label of a text area; the theme’s number follows',
        });
        return html`<div class="row">
            <div>
              <label for="theme-da-${index}"
                >${msg(str`Theme ${index + 1} in Danish`, { id: 'org.settings.themeDa', desc: 'Label; the number follows' })}</label
              >
              <input
                id="theme-da-${index}"
                .value=${theme.da}
                @input=${(e: Event) => rename(index, (e.target as HTMLInputElement).value)}
              />
            </div>
            <div>
              <label for="theme-en-${index}"
                >${msg(str`Theme ${index + 1} in English`, { id: 'org.settings.themeEn', desc: 'Label; the number follows' })}</label
              >
              <input
                id="theme-en-${index}"
                .value=${theme.en ?? ''}
                @input=${(e: Event) => {
                  const en = (e.target as HTMLInputElement).value;
                  set(setIn(themes, index, en ? { ...theme, en } : { da: theme.da }));
                }}
              />
            </div>
            <button type="button" @click=${() => set(themes.filter((_, i) => i !== index))}>
              ${msg(str`Remove theme ${index + 1}`, { id: 'org.settings.removeTheme', desc: 'Button; the number follows' })}
            </button>
          </div>
          <label for="theme-goals-${index}">${label}</label>
          <textarea
            id="theme-goals-${index}"
            rows="3"
            aria-describedby=${problems.length > 0 ? `theme-goals-hint ${error}` : 'theme-goals-hint'}
            aria-invalid=${problems.length > 0 ? 'true' : 'false'}
            .value=${(goals[theme.da] ?? []).join('\n')}
            @input=${(e: Event) => {
              const lines = (e.target as HTMLTextAreaElement).value.split('\n');
              const list = lines.filter((line) => line.trim() !== '');
              const now = this.process.themes ?? [];
              const name = now[index]?.da ?? theme.da;
              this.editThemes(now, { ...this.settings.presetGoals, [name]: list });
            }}
          ></textarea>
          ${
            problems.length > 0
              ? html`<p id=${error} class="issues">
                  ${problems.map((i) => issueMessage(i, label))}
                </p>`
              : nothing
          }`;
      })}
      <button type="button" @click=${() => set([...themes, { da: '' }])}>
        ${msg('Add a theme', { id: 'org.settings.addTheme', desc: 'Button' })}
      </button>
    </fieldset>`;
  }

  private renderSupervisors() {
    const list = this.settings.supervisors;
    const set = (supervisors: typeof list) => this.edit({ ...this.settings, supervisors });
    return html`<fieldset>
      <legend>
        ${msg('Supervisors people may choose', { id: 'org.settings.supervisors', desc: 'Fieldset legend: knowledge managers' })}
      </legend>
      ${list.map(
        (person, index) =>
          html`<div class="row">
            <div>
              <label for="sup-name-${index}"
                >${msg(str`Name of supervisor ${index + 1}`, { id: 'org.settings.supervisorName', desc: 'Label; the number follows' })}</label
              >
              <input
                id="sup-name-${index}"
                autocomplete="off"
                .value=${person.name}
                @input=${(e: Event) => set(setIn(list, index, { ...person, name: (e.target as HTMLInputElement).value }))}
              />
            </div>
            <div>
              <label for="sup-email-${index}"
                >${msg(str`Email of supervisor ${index + 1}`, { id: 'org.settings.supervisorEmail', desc: 'Label; the number follows' })}</label
              >
              <input
                id="sup-email-${index}"
                type="email"
                autocomplete="off"
                .value=${person.email}
                @input=${(e: Event) => set(setIn(list, index, { ...person, email: (e.target as HTMLInputElement).value }))}
              />
            </div>
            <button type="button" @click=${() => set(list.filter((_, i) => i !== index))}>
              ${msg(str`Remove supervisor ${index + 1}`, { id: 'org.settings.removeSupervisor', desc: 'Button; the number follows' })}
            </button>
          </div>`,
      )}
      <button type="button" @click=${() => set([...list, { name: '', email: '' }])}>
        ${msg('Add a supervisor', { id: 'org.settings.addSupervisor', desc: 'Button' })}
      </button>
    </fieldset>`;
  }

  private renderSections() {
    const text =
      this.sectionsText ||
      (this.settings.sections.sections
        ? JSON.stringify(this.settings.sections.sections, null, 2)
        : '');
    return html`<fieldset>
      <legend>
        ${msg('Retention and sections', { id: 'org.settings.advanced', desc: 'Fieldset legend' })}
      </legend>
      <label for="retention"
        >${msg('Months a contract is kept after completion (empty: until deleted)', { id: 'org.settings.retention', desc: 'Label' })}</label
      >
      <input
        id="retention"
        type="number"
        min="1"
        max="240"
        inputmode="numeric"
        .value=${String(this.settings.sections.retention?.monthsAfterCompletion ?? '')}
        @input=${(e: Event) => this.editRetention((e.target as HTMLInputElement).value)}
      />
      <label for="sections"
        >${msg('Sections (JSON, as in the guide to sections)', { id: 'org.settings.sections', desc: 'Label of the JSON text area' })}</label
      >
      <textarea
        id="sections"
        rows="8"
        spellcheck="false"
        aria-invalid=${this.sectionsProblem ? 'true' : 'false'}
        .value=${text}
        @input=${(e: Event) => this.editSectionsText((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${
        this.sectionsProblem
          ? html`<p class="issues">
              ${msg('This is not JSON yet.', { id: 'org.settings.notJson', desc: 'The sections text cannot be read' })}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  override render() {
    const ok = this.issues.length === 0 && !this.sectionsProblem;
    return html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.save();
        }}
      >
        ${this.renderIntroduction()} ${this.renderMode()} ${this.renderThemes()}
        ${this.renderSupervisors()} ${this.renderSections()}
        ${
          this.issues.length > 0
            ? html`<ul class="issues">
                ${this.issues.map((issue) => html`<li>${formatPath(issue.path)}: ${issueMessage(issue, undefined)}</li>`)}
              </ul>`
            : nothing
        }
        <button class="save" type="submit">
          ${msg('Save the settings', { id: 'org.settings.save', desc: 'Button' })}
        </button>
        <p role="status">${this.statusText()}</p>
      </form>
      <h2>
        ${msg('Preview of the contract', { id: 'org.settings.preview', desc: 'Heading of the preview' })}
      </h2>
      <div class="preview">
        ${
          ok
            ? html`<contract-form
                readonly
                lang=${this.localization.locale}
                .contract=${sampleContract()}
                .config=${this.settings.sections}
              ></contract-form>`
            : html`<p>
                ${msg('The preview shows once the settings have no problems.', { id: 'org.settings.noPreview', desc: 'No preview while invalid' })}
              </p>`
        }
      </div>`;
  }
}
