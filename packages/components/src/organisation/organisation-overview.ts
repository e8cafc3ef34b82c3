import type { ProcessState } from '@kollegalaering/core';
import type { OrganisationOverview, OverviewCount } from '@kollegalaering/core/organisation';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { numberFormat } from '../i18n/formats.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { msg, str } from '../i18n/msg.js';
import { stepName } from '../i18n/step-names.js';
import { downloadCsv, toCsv } from './csv.js';
import { styles } from './organisation-overview.styles.js';

/** One row of a chart: its label and its figures (null: "under 5"). */
interface Row {
  label: string;
  values: Array<number | null>;
}

/** One chart: its heading, its columns, its rows, and the file its CSV is offered as. */
interface Chart {
  id: string;
  title: string;
  columns: string[];
  rows: Row[];
  file: string;
  note?: string;
}

const stepLabel = (step: ProcessState) =>
  step === 'completed'
    ? msg('Completed', { id: 'org.overview.completed', desc: 'Contracts that are completed' })
    : stepName(step);

/**
 * The scheme's figures for HR and knowledge managers: contracts in each step
 * now, started and completed per month, the median days in each step, where
 * contracts stall, the themes in use and which departments learn from which.
 * Counts only, from the server's `/organisation/overview`, which never
 * returns a figure below five: such a figure is shown as "under 5". Each
 * chart has the same figures as a table and as a CSV file. The bars are SVG
 * attributes, never inline styles, so the element runs under a strict CSP.
 *
 * Give it `endpoint` (the API's address, e.g. `/api`), or the figures in `overview`.
 *
 * @summary The organisation's figures for administrators: counts only, none below five.
 *
 * @tagname organisation-overview
 *
 * @cssprop --lc-color-primary - The bars. Default: #0a4f8c.
 * @cssprop --lc-color-text - Text. Default: #1b1b1b.
 * @cssprop --lc-color-background - Background. Default: #ffffff.
 * @cssprop --lc-font-family - Font. Default: inherited from the page.
 * @cssprop --lc-space - Spacing unit. Default: 1rem.
 */
export class OrganisationOverviewElement extends LitElement {
  static override styles = styles;

  /** The API's address, e.g. `/api`: the figures are read from `${endpoint}/organisation/overview`. */
  @property({ attribute: 'endpoint' })
  endpoint = '';

  /** Headers sent with each request, e.g. a token where the page signs in on its own. */
  @property({ attribute: false })
  headers: Record<string, string> = {};

  /** The figures, when the page has them (or a story): the server's overview as it sends it. */
  @property({ attribute: false })
  overview: OrganisationOverview | undefined;

  @state() private trouble: 'forbidden' | 'unavailable' | undefined;

  private readonly localization = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.endpoint && !this.overview) void this.load();
  }

  /** Reads the figures again from the server. */
  async load(): Promise<void> {
    try {
      const response = await fetch(`${this.endpoint}/organisation/overview`, {
        credentials: 'include',
        headers: { ...this.headers, Accept: 'application/json' },
      });
      if (!response.ok) {
        this.trouble = response.status === 403 ? 'forbidden' : 'unavailable';
        return;
      }
      this.overview = (await response.json()) as OrganisationOverview;
      this.trouble = undefined;
    } catch {
      this.trouble = 'unavailable';
    }
  }

  private figure(value: number | null): string {
    return value === null
      ? msg('under 5', { id: 'org.overview.under5', desc: 'A figure below five, not shown' })
      : numberFormat(this.localization.locale).format(value);
  }

  private charts(overview: OrganisationOverview): Chart[] {
    const contracts = msg('Contracts', {
      id: 'org.overview.contracts',
      desc: 'Column heading: number of contracts',
    });
    const step = msg('Step', { id: 'org.overview.step', desc: 'Column heading: a step' });
    return [
      {
        id: 'steps',
        title: msg('Contracts in each step now', {
          id: 'org.overview.perStep',
          desc: 'Chart heading',
        }),
        columns: [step, contracts],
        rows: overview.perStep.map((row) => ({
          label: stepLabel(row.step),
          values: [row.count],
        })),
        file: 'kontrakter-pr-trin',
      },
      {
        id: 'months',
        title: msg('Started and completed per month', {
          id: 'org.overview.perMonth',
          desc: 'Chart heading',
        }),
        columns: [
          msg('Month', { id: 'org.overview.month', desc: 'Column heading: a month' }),
          msg('Started', { id: 'org.overview.started', desc: 'Column: contracts started' }),
          msg('Completed', { id: 'org.overview.completed', desc: 'Contracts that are completed' }),
        ],
        rows: overview.perMonth.map((row) => ({
          label: this.monthName(row.month),
          values: [row.started, row.completed],
        })),
        file: 'startet-og-afsluttet-pr-maaned',
      },
      {
        id: 'median',
        title: msg('Median days in each step', {
          id: 'org.overview.median',
          desc: 'Chart heading: the median number of days contracts spend in each step',
        }),
        columns: [
          step,
          msg('Days (median)', { id: 'org.overview.days', desc: 'Column heading: median days' }),
        ],
        rows: overview.medianDays.map((row) => ({
          label: stepLabel(row.step),
          values: [row.days],
        })),
        file: 'median-dage-pr-trin',
        note: msg('"under 5": fewer than five contracts have left this step.', {
          id: 'org.overview.medianNote',
          desc: 'Explains "under 5" in the median chart',
        }),
      },
      {
        id: 'stalled',
        title: msg(str`Where contracts stall: unchanged for ${overview.stallDays} days`, {
          id: 'org.overview.stalled',
          desc: 'Chart heading; the number of days follows',
        }),
        columns: [step, contracts],
        rows: overview.stalled.map((row) => ({
          label: stepLabel(row.step),
          values: [row.count],
        })),
        file: 'gaaet-i-staa-pr-trin',
      },
      {
        id: 'themes',
        title: msg('Themes in use', { id: 'org.overview.themes', desc: 'Chart heading' }),
        columns: [
          msg('Theme', { id: 'org.overview.theme', desc: 'Column heading: a theme' }),
          contracts,
        ],
        rows: overview.themes.map((row) => ({ label: row.theme, values: [row.count] })),
        file: 'temaer',
      },
    ];
  }

  private monthName(month: string): string {
    const [year, number] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(this.localization.locale, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year!, number! - 1, 1)));
  }

  private download(chart: Chart) {
    const rows = chart.rows.map((row) => [row.label, ...row.values.map((v) => this.figure(v))]);
    downloadCsv(`${chart.file}.csv`, toCsv([chart.columns, ...rows]));
  }

  private renderBars(chart: Chart): TemplateResult {
    const largest = Math.max(1, ...chart.rows.flatMap((row) => row.values.map((v) => v ?? 0)));
    // Every track is as long as the others, the figure after it, never on it: a short bar
    // cannot cut it. Where the chart is narrow, the label goes above its bars. A figure under
    // five is an empty outline.
    return html`<div class="bars" aria-hidden="true">
      ${chart.rows.map(
        (row) =>
          html`<div class="row">
            <span class="label">${row.label}</span>
            <div class="values">
              ${row.values.map(
                (value, index) =>
                  html`<span class="bar">
                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                      <rect
                        class=${value === null ? 'under' : index > 0 ? 'second' : ''}
                        width=${value === null ? 6 : (value / largest) * 100}
                        height="10"
                      ></rect>
                    </svg>
                    <span class="figure">${this.figure(value)}</span>
                  </span>`,
              )}
            </div>
          </div>`,
      )}
    </div>`;
  }

  /**
   * A table in a box of its own that scrolls sideways where the table is wider than the page
   * (WCAG 1.4.10 allows it for a table; the page itself never does): reached with the keyboard
   * and named by the table's caption.
   */
  private scrollable(caption: string, table: TemplateResult): TemplateResult {
    return html`<div class="scroll" role="group" aria-labelledby=${caption} tabindex="0">
      ${table}
    </div>`;
  }

  private renderTable(chart: Chart): TemplateResult {
    const caption = `lc-org-${chart.id}-table`;
    return this.scrollable(
      caption,
      html`<table>
        <caption id=${caption}>
          ${chart.title}
        </caption>
        <thead>
          <tr>
            ${chart.columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${chart.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.label}</th>
                ${row.values.map((value) => html`<td class="number">${this.figure(value)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }

  private renderChart(chart: Chart): TemplateResult {
    const heading = `lc-org-${chart.id}`;
    return html`<section aria-labelledby=${heading}>
      <h3 id=${heading}>${chart.title}</h3>
      ${
        chart.id === 'months'
          ? html`<ul class="legend" aria-hidden="true">
              <li><span class="swatch"></span>${chart.columns[1]}</li>
              <li><span class="swatch second"></span>${chart.columns[2]}</li>
            </ul>`
          : nothing
      }
      ${
        chart.rows.length > 0
          ? this.renderBars(chart)
          : html`<p>
              ${msg('No figures yet.', { id: 'org.overview.none', desc: 'A chart with no rows' })}
            </p>`
      }
      ${chart.note ? html`<p class="note">${chart.note}</p>` : nothing}
      <details>
        <summary>
          ${msg('The figures as a table', {
            id: 'org.overview.asTable',
            desc: 'Opens the table with the chart’s figures',
          })}
        </summary>
        ${this.renderTable(chart)}
      </details>
      <button type="button" @click=${() => this.download(chart)}>
        ${msg(str`Download "${chart.title}" as CSV`, {
          id: 'org.overview.csv',
          desc: 'Button; the chart’s heading follows in quotes',
        })}
      </button>
    </section>`;
  }

  /** Which departments learn from which: party A's department in rows, party B's in columns. */
  private renderMatrix(overview: OrganisationOverview): TemplateResult {
    const from = [...new Set(overview.departments.map((pair) => pair.from))].sort();
    const to = [...new Set(overview.departments.map((pair) => pair.to))].sort();
    const count = (a: string, b: string): OverviewCount =>
      overview.departments.find((pair) => pair.from === a && pair.to === b)?.count ?? null;
    const title = msg('Which departments learn from which', {
      id: 'org.overview.departments',
      desc: 'Heading of the matrix of departments',
    });
    const csv = () =>
      downloadCsv(
        'afdelinger.csv',
        toCsv([['', ...to], ...from.map((a) => [a, ...to.map((b) => this.figure(count(a, b)))])]),
      );
    return html`<section aria-labelledby="lc-org-departments">
      <h3 id="lc-org-departments">${title}</h3>
      <p class="note">
        ${msg(
          'Rows: the department of the colleague who started the contract; columns: their partner’s. Pairs with fewer than five contracts say "under 5".',
          { id: 'org.overview.matrixNote', desc: 'Explains the department matrix' },
        )}
      </p>
      ${
        from.length === 0
          ? html`<p>
              ${msg('No figures yet.', { id: 'org.overview.none', desc: 'A chart with no rows' })}
            </p>`
          : this.scrollable(
              'lc-org-departments-table',
              html`<table class="matrix">
                <caption id="lc-org-departments-table">
                  ${title}
                </caption>
                <thead>
                  <tr>
                    <td></td>
                    ${to.map((b) => html`<th scope="col">${b}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${from.map(
                    (a) =>
                      html`<tr>
                        <th scope="row">${a}</th>
                        ${to.map((b) => {
                          const value = count(a, b);
                          return html`<td class="number ${value === null ? '' : 'some'}">
                            ${this.figure(value)}
                          </td>`;
                        })}
                      </tr>`,
                  )}
                </tbody>
              </table>`,
            )
      }
      <button type="button" @click=${csv}>
        ${msg(str`Download "${title}" as CSV`, {
          id: 'org.overview.csv',
          desc: 'Button; the chart’s heading follows in quotes',
        })}
      </button>
    </section>`;
  }

  override render() {
    if (this.trouble) {
      return html`<p role="alert">
        ${
          this.trouble === 'forbidden'
            ? msg('Only the organisation’s administrators see the overview.', {
                id: 'org.overview.forbidden',
                desc: 'Shown to someone who is not an administrator',
              })
            : msg('The overview cannot be read now. Try again later.', {
                id: 'org.overview.unavailable',
                desc: 'The server did not answer',
              })
        }
      </p>`;
    }
    const overview = this.overview;
    if (!overview)
      return html`<p role="status">
        ${msg('Loading…', { id: 'org.loading', desc: 'While the figures load' })}
      </p>`;
    return html`<h2>
        ${msg('The scheme in figures', { id: 'org.overview.title', desc: 'Heading of the overview' })}
      </h2>
      <p class="note">
        ${msg(
          'Counts of contracts only: no names, no contracts, no texts. A figure below five is shown as "under 5", so that no one can be recognised.',
          { id: 'org.overview.privacy', desc: 'Explains what the overview never shows' },
        )}
      </p>
      ${this.charts(overview).map((chart) => this.renderChart(chart))}
      ${this.renderMatrix(overview)}`;
  }
}
