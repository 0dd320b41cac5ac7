import { html, noChange, nothing } from 'lit';
import { CivicWidget } from '../core/civic-widget.js';
import { formatDate } from '../core/format.js';
import { warmUpIntl } from '../core/intl-warm-up.js';
import { nextTask } from '../core/next-task.js';
import { translate } from '../core/i18n.js';
import { impairedStatusIcon } from '../core/icons.js';
import { mailtoHref, safeUrl, telHref } from '../core/safe-url.js';
import { keepLargeCopies } from '../core/last-good-store.js';
import { isImpaired } from '../core/service-health.js';
import { baseStyles } from '../core/styles.js';
import { WindowListener } from '../core/window-listener.js';
import { plainSearch } from './plain-search.js';
import { catalogFacts, countDepartments, type DepartmentCounts } from './catalog-facts.js';
import { parseFormCatalogInSlices } from './form-finder-schema.js';
import { CheckedCatalog, readAnswersInWorker } from './form-catalog-reader.js';
import { formFinderMessages } from './form-finder-messages.js';
import { formFinderStyles } from './form-finder-styles.js';
import { FormSearchEvent } from './form-finder-events.js';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { EndpointView } from '../core/endpoint-controller.js';
import type { Lang, Translator } from '../core/i18n.js';
import type { Department, FormEntry } from './form-catalog-types.js';
import type { ServiceHealth } from '../core/service-health.js';
import type { FormHit, FormSearchIndex } from './german-search.js';
import type { FormFinderCatalog } from './form-finder-schema.js';
import type { FormFinderMessageKey } from './form-finder-messages.js';

/** A search once made: its key (query and filters), its hits, their number per department. */
interface SearchMemo {
  key: string;
  hits: FormHit[];
  counts: DepartmentCounts;
  /** The nearest forms, when there is no hit and they were asked for. */
  near?: FormHit[];
}

/**
 * Searches kept besides the current one: Backspace goes back to a query typed a moment ago,
 * whose search (up to ~50 ms at 4× CPU for a short word with thousands of hits) is not run again.
 */
const RECENT_SEARCHES = 8;

/** Results shown at first, and added by "show more". */
const PAGE = 20;
/**
 * The first render of a catalogue renders the results that can reach into the viewport, at most
 * this many, in its own task (see #firstResultsInView); the rest of the page of results follows
 * after the paint, this many per task. A keystroke renders those that can reach into the
 * viewport (see #resultsInView).
 */
const FIRST_RESULTS = 8;
/**
 * A result's height at the least, for the first render's count (a title, a line of details and
 * the actions: 150–270 px at 320–1280 px wide).
 */
const SHORTEST_RESULT_PX = 140;
/** A pause in typing this long (ms) announces the count once. */
const PAUSE_MS = 500;

/**
 * The number format of file sizes in megabytes, one per language: `toLocaleString` with options
 * sets up a new ICU number format on every call, a third of the forms in a 10,000-form
 * catalogue are that large, and this was 30 ms of the first render's task at 4× CPU.
 */
const megabyteFormats = new Map<string, Intl.NumberFormat>();

/**
 * The German search (catalog-index.ts and german-search.ts) is a chunk of its own, asked for as
 * soon as a catalogue arrives: the element's first load stays small, and until the index is ready
 * (or if the chunk cannot load) plain-search.ts answers.
 */
const loadGermanSearch = () => import('./german-search.js');
type GermanSearch = Awaited<ReturnType<typeof loadGermanSearch>>;

/**
 * The city's whole form catalogue behind one search box: German-aware search as you type,
 * filters by department and format, download, "fill in online" unless that service is down,
 * and "request by e-mail" on every form. Keeps working on the last catalogue it saw.
 *
 * @summary Find any city form in one keystroke, even when the portal is down.
 * @tagname form-finder
 *
 * @event civic-search - Once per pause in typing and on every filter change. `detail`: `{ query, department, format, count }`.
 *
 * @attr heading - Heading text (default: "Formular finden").
 *
 * @csspart search - The search form (field and filters).
 * @csspart input - The search field.
 * @csspart count - The number of forms found.
 * @csspart results - The list of forms (also the list of similar forms).
 * @csspart result - One form.
 * @csspart download - The download link of a form.
 * @csspart online - The "fill in online" link, or the quiet note that it is unavailable.
 * @csspart online-notice - Above the results, once per impaired online service: why "fill in online" is unavailable.
 * @csspart request - The "request by e-mail" link (or the phone number).
 * @csspart more - The "show more forms" button.
 * @csspart all-departments - The button that shows the forms the citizen's department filter hid, when it hid every one.
 *
 * @cssprop --civic-form-finder-mark - Background of the matched words.
 * @cssprop --civic-form-finder-rule - Line between two forms.
 */
export class FormFinder extends CivicWidget<FormFinderCatalog> {
  static override styles = [baseStyles, formFinderStyles];

  static override properties: PropertyDeclarations = {
    query: {},
    department: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    urlPrefix: { attribute: 'url-prefix' },
  };

  /** What is searched for: pre-fills the search box and follows what the citizen types. */
  query = '';

  /** Shows only the forms of this department (its `id`), for the department's own page. */
  declare department?: string;

  /** Keeps query and filters in the page URL, so a search can be linked and back/forward work. */
  syncUrl = false;

  /** Prefix of the URL parameters of `sync-url` (`ff-q`, `ff-dept`, `ff-format`); one per widget on a page with several. */
  urlPrefix = 'ff-';

  #dept = '';
  #format = '';
  #shown = PAGE;
  /** True from the first keystroke to the next pause: one history entry per search, not per letter. */
  #typing = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** Typed or filtered before the catalogue was there: its count is said once it comes. */
  #settleOwed = false;
  #data?: FormFinderCatalog;
  #index?: FormSearchIndex;
  #germanSearch?: GermanSearch;
  #indexBuild?: Promise<boolean>;
  #departments = new Map<string, Department>();
  #formats: readonly string[] = [];
  /** How many of the shown results are rendered: the first ones after a keystroke until its paint. */
  #rendered = Infinity;
  /** Resolves once the results a keystroke left for after its paint are rendered. */
  #rest?: Promise<void>;
  /** The last search (see {@link SearchMemo}). */
  #memo?: SearchMemo;
  /** The recent searches by their key, the oldest first (see {@link RECENT_SEARCHES}). */
  #recent = new Map<string, SearchMemo>();
  /** The language of the update under way (see {@link language}). */
  #updateLanguage?: Lang;

  constructor() {
    super();
    // A catalogue can outgrow localStorage (20,000 forms): large copies go to IndexedDB.
    keepLargeCopies(this.endpointController);
    // … and its answers are parsed and checked in a worker (see parseData), which sets up Intl
    // first, while the answer downloads; then the main thread prepares the first render's formats.
    readAnswersInWorker(this.endpointController, () => this.#prepareFormats());
    // Back and forward between searches (the query lives in the page's URL).
    new WindowListener(this, 'popstate', this.#onPopState);
  }

  /**
   * Resolves once the German search (umlaut spellings, compounds, typos, suggestions) is ready
   * for the catalogue on screen and the results show it: true; false when there is no catalogue
   * yet or the index could not load (the plain title search answers then).
   */
  async searchReady(): Promise<boolean> {
    const built = (await this.#indexBuild) ?? false;
    await this.updateComplete;
    return built;
  }

  /**
   * The endpoint's answer comes checked by the catalogue worker (form-catalog-reader.ts), its
   * forms having arrived a slice per task; its first results are found here in a task of their
   * own. Other catalogues (the last good copy, the inline snapshot, the `data` property, an
   * answer no worker could take) are checked here in tasks of their own (a slice of forms
   * each). Either way the catalogue is rendered in the next task, so that none of these holds
   * the main thread for long.
   */
  protected async parseData(raw: unknown): Promise<FormFinderCatalog> {
    await nextTask();
    let catalog: FormFinderCatalog;
    if (raw instanceof CheckedCatalog) {
      catalog = raw.catalog;
      // Taking a catalogue in (the index build started) and its first results (10,000 forms by
      // title): a task each, ~10 ms at 4× CPU with the filters' facts the worker worked out
      // (catalog-facts.ts); ~50 ms each when the page worked them out.
      this.#adopt(catalog);
      await nextTask();
      this.#search(catalog);
    } else {
      catalog = await parseFormCatalogInSlices(raw, nextTask);
    }
    await nextTask();
    // Its first render, as a keystroke's: the first results, then the rest after the paint.
    this.#renderFirstResults(this.#firstResultsInView());
    return catalog;
  }

  /**
   * Builds the number and date formats of the first render once the catalogue's worker has set
   * up Intl, before the catalogue is there: each format's first use still costs a few ms at 4×
   * CPU, which would otherwise fall into the first render's task. One task each.
   */
  #prepareFormats(): void {
    const now = new Date().toISOString();
    warmUpIntl(
      () => this.#message('found', { count: 2 }),
      // An instant (the catalogue's date) and a day (a form's) take formats of their own.
      () => formatDate(now, this.language),
      () => formatDate(now.slice(0, 10), this.language),
    );
  }

  protected override dataDate(data: FormFinderCatalog): string | undefined {
    return data.updated_at;
  }

  readonly #message: Translator<FormFinderMessageKey> = (key, params) =>
    translate(formFinderMessages, this.language, key, params);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /**
   * The language, looked up once per update: a page of results reads it for each of its ~200
   * strings and dates, and each look-up walks up the page to the nearest `lang` (167 look-ups
   * per keystroke before). It cannot change within an update. Here and not in the core's
   * LangController: no other widget renders that many strings per keystroke, and the core's
   * bytes count against `<defect-reporter>`, which has 14 B of its 32 KB left.
   */
  protected override get language(): Lang {
    return this.#updateLanguage ?? super.language;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#updateLanguage = super.language;
    try {
      super.update(changed);
    } finally {
      this.#updateLanguage = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl) this.#readUrl(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#settleOwed && this.endpointController.view.data && this.state !== 'fallback') {
      this.#settle();
    }
  }

  /**
   * Every form of the query and format in the widget's department(s). The index is built once
   * per catalogue and the search runs once per query: other renders cost nothing.
   */
  /** Takes a new catalogue in: its departments and formats; its German index starts building. */
  #adopt(data: FormFinderCatalog): void {
    if (data === this.#data) return;
    this.#data = data;
    this.#forgetSearches();
    this.#index = undefined;
    this.#indexBuild = this.#buildIndex(data);
    this.#departments = new Map(data.departments.map((department) => [department.id, department]));
    this.#formats = catalogFacts(data.forms).formats;
  }

  #search(data: FormFinderCatalog): FormHit[] {
    this.#adopt(data);
    const key = `${this.query}\n${this.#format}\n${this.department}`;
    if (this.#memo?.key !== key) {
      this.#memo = this.#recent.get(key) ?? this.#runSearch(data, key);
      // The most recent last: the first one in the map is the one to drop.
      this.#recent.delete(key);
      this.#recent.set(key, this.#memo);
      if (this.#recent.size > RECENT_SEARCHES) {
        this.#recent.delete(this.#recent.keys().next().value!);
      }
    }
    return this.#memo.hits;
  }

  #runSearch(data: FormFinderCatalog, key: string): SearchMemo {
    const options = { department: this.department, format: this.#format };
    const hits = this.#index
      ? this.#index.search(this.query, options)
      : plainSearch(data.forms, this.query, options);
    // Every form found (nothing typed, no filter): counted once per catalogue.
    const counts =
      hits.length === data.forms.length
        ? catalogFacts(data.forms).departmentCounts
        : countDepartments(hits.map((hit) => hit.form));
    return { key, hits, counts };
  }

  /** A new catalogue or its index: what was found before is no answer now. */
  #forgetSearches(): void {
    this.#memo = undefined;
    this.#recent.clear();
  }

  /**
   * Loads the German search and indexes `data`; the results follow once it is ready. False when
   * the chunk could not load or another catalogue arrived meanwhile.
   */
  async #buildIndex(data: FormFinderCatalog): Promise<boolean> {
    try {
      // Always after the current render, also when the chunk is already here.
      this.#germanSearch = await (this.#germanSearch ?? loadGermanSearch());
    } catch (error) {
      console.warn(
        'civic-widgets: <form-finder> searches titles only, its index did not load',
        error,
      );
      return false;
    }
    if (data !== this.#data) return false;
    const index = await this.#germanSearch.FormSearchIndex.build(data.forms);
    if (data !== this.#data) return false;
    this.#index = index;
    this.#forgetSearches();
    // The results with the index (for an empty query all 10,000 forms, counted per department)
    // in this task, their render in the next: together they were one task of ~80 ms at 4× CPU.
    this.#search(data);
    await nextTask();
    if (data !== this.#data) return false;
    this.requestUpdate();
    // The first letter typed then finds a ready list (see prepareForTyping).
    void index.prepareForTyping(() => this.#index === index && this.isConnected);
    return true;
  }

  /** The hits after the citizen's department filter. */
  #hits(data: FormFinderCatalog): FormHit[] {
    const all = this.#search(data);
    return this.#dept && !this.department
      ? all.filter((hit) => hit.form.department === this.#dept)
      : all;
  }

  #countText(count: number): string {
    const query = this.query.trim();
    if (count) return this.#message('found', { count });
    if (!query) return this.#message('none');
    const chosen = this.#chosenDepartment();
    return chosen
      ? this.#message('noneForIn', { query, department: chosen.name })
      : this.#message('noneFor', { query });
  }

  /** The department the citizen chose in the filter (not the widget's `department`). */
  #chosenDepartment(): Department | undefined {
    return this.department ? undefined : this.#departments.get(this.#dept);
  }

  /** "3 Formulare dazu in allen Fachbereichen anzeigen": the filter that hid every hit is let go. */
  readonly #onAllDepartments = async () => {
    this.#dept = '';
    this.#filtersChanged();
    await this.updateComplete;
    // The button is gone: keyboard focus moves on to the first form found.
    this.renderRoot.querySelector<HTMLElement>('.result a')?.focus();
  };

  #readUrl(initial = false): void {
    const params = new URLSearchParams(location.search);
    const get = (key: string) => params.get(this.urlPrefix + key) ?? (initial ? undefined : '');
    this.query = get('q') ?? this.query;
    this.#dept = get('dept') ?? this.#dept;
    this.#format = get('format') ?? this.#format;
  }

  #writeUrl(push: boolean): void {
    if (!this.syncUrl) return;
    const url = new URL(location.href);
    const values = { q: this.query, dept: this.#dept, format: this.#format };
    for (const [key, value] of Object.entries(values)) {
      if (value) url.searchParams.set(this.urlPrefix + key, value);
      else url.searchParams.delete(this.urlPrefix + key);
    }
    if (url.href !== location.href) {
      history[push ? 'pushState' : 'replaceState'](history.state, '', url);
    }
  }

  readonly #onPopState = () => {
    if (!this.syncUrl) return;
    this.#readUrl();
    this.#shown = PAGE;
    this.#settle();
  };

  readonly #onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.#shown = PAGE;
    this.#writeUrl(!this.#typing);
    this.#typing = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#settle, PAUSE_MS);
    this.#renderFirstResults(this.#resultsInView());
  };

  /**
   * Keystroke → painted (issue 14 §3): the keystroke's task renders the first results, the ones
   * on screen, and the rest of the page of results in tasks after the paint, {@link
   * FIRST_RESULTS} a task and frame, below the fold; meanwhile those keep their elements (Lit's
   * `noChange`: no elements removed and made anew) and are hidden (`data-later`). Rendering all
   * 20 made the paint wait for the 12 nobody sees yet.
   */
  #renderFirstResults(count: number): void {
    // A hidden page draws no frames: all at once there.
    if (document.visibilityState !== 'visible') return;
    this.#rendered = count;
    this.#rest ??= new Promise((resolve) => {
      // After each paint, a task that renders FIRST_RESULTS more: at 4× CPU, rendering and
      // laying out the 12 after the first render's 8 in one task took 90–140 ms.
      const renderMoreAfterPaint = () =>
        // A message posted in the frame's animation callbacks comes after its paint.
        requestAnimationFrame(() => {
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => {
            this.#rendered += FIRST_RESULTS;
            if (this.#rendered < this.#shown) {
              renderMoreAfterPaint();
            } else {
              this.#rest = undefined;
              this.#rendered = Infinity;
              resolve();
            }
            this.requestUpdate();
          };
          port2.postMessage(null);
        });
      renderMoreAfterPaint();
    });
  }

  /**
   * How many results the first render of a catalogue renders before its paint: as many as fit
   * between the search form (rendered while loading) and the bottom of the viewport if each
   * were {@link SHORTEST_RESULT_PX} tall, and one more; at most {@link FIRST_RESULTS}. On a
   * phone 3–4 where 8 were: each took 15–20 ms of the first render's task at 4× CPU.
   */
  #firstResultsInView(): number {
    const top = this.renderRoot.querySelector('.search')?.getBoundingClientRect().bottom ?? 0;
    const fit = Math.ceil((window.innerHeight - top) / SHORTEST_RESULT_PX);
    return Math.min(FIRST_RESULTS, Math.max(0, fit) + 1);
  }

  /**
   * How many results a keystroke renders before its paint: as many as fill the viewport below
   * the first result if each were as short as the shortest one shown now, and one more (a
   * notice above the list may go). On a phone that is 2 or 3 where 8 were: each result
   * rendered, laid out and painted was ~1 ms of the keystroke at 4× CPU, and more of its
   * frame. Read in the `input` event, when only the field has changed since the last frame.
   */
  #resultsInView(): number {
    const results = this.renderRoot.querySelectorAll<HTMLElement>('.results > .result');
    if (!results.length) return FIRST_RESULTS;
    let shortest = Infinity;
    for (const result of results) shortest = Math.min(shortest, result.offsetHeight);
    const below = window.innerHeight - results[0].getBoundingClientRect().top;
    return Math.max(0, Math.ceil(below / Math.max(shortest, 1))) + 1;
  }

  /** Resolves once the results a keystroke left for after its paint are rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#rest) {
      await this.#rest;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    this.#settle();
  };

  readonly #onFilter = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    if (select.id === 'dept') this.#dept = select.value;
    else this.#format = select.value;
    this.#filtersChanged();
  };

  /** A filter changed: the first page of results, a history entry, the count announced. */
  #filtersChanged(): void {
    this.#shown = PAGE;
    this.#writeUrl(true);
    this.#settle();
  }

  /** A pause in typing, or a filter change: the count is announced once, `civic-search` fired. */
  readonly #settle = () => {
    clearTimeout(this.#timer);
    this.#typing = false;
    this.requestUpdate();
    const data = this.endpointController.view.data;
    this.#settleOwed = !data || this.state === 'fallback';
    if (this.#settleOwed) return;
    const count = this.#hits(data!).length;
    this.announce(this.#countText(count));
    this.dispatchEvent(
      new FormSearchEvent({
        query: this.query,
        department: this.department || this.#dept,
        format: this.#format,
        count,
      }),
    );
  };

  readonly #onMore = async () => {
    const first = this.#shown;
    this.#shown += PAGE;
    this.requestUpdate();
    await this.updateComplete;
    // The button may be gone: keyboard focus moves on to the first form that came in.
    this.renderRoot.querySelectorAll('.result')[first]?.querySelector('a')?.focus();
  };

  protected override renderState(view: EndpointView<FormFinderCatalog>): unknown {
    if (view.state === 'fallback') return this.renderFallback(view);
    const data = view.data;
    // One template for loading, ready and stale: what is typed while loading keeps its focus.
    return html`${this.renderHeading(this.heading ?? this.#message('heading'))}
    ${view.state === 'stale' ? this.renderStaleNotice(view) : nothing} ${this.#renderSearch(data)}
    ${data ? this.renderReady(data) : this.renderLoading()}`;
  }

  #renderSearch(data?: FormFinderCatalog): TemplateResult {
    const all = data ? this.#search(data) : [];
    const counts = this.#memo?.counts ?? new Map<string, number>();
    return html`<form part="search" class="search" role="search" @submit=${this.#onSubmit}>
      <div class="field grow">
        <label for="q">${this.#message('label')}</label>
        <span id="hint" class="hint">${this.#message('hint')}</span>
        <input
          id="q"
          part="input"
          type="search"
          autocomplete="off"
          aria-describedby="hint"
          .value=${this.query}
          @input=${this.#onInput}
        />
      </div>
      ${
        data && !this.department && data.departments.length > 1
          ? html`<div class="field">
              <label for="dept">${this.#message('department')}</label>
              <select id="dept" @change=${this.#onFilter}>
                <option value="" .selected=${!this.#dept}>
                  ${this.#message('withCount', {
                    name: this.#message('allDepartments'),
                    count: all.length,
                  })}
                </option>
                ${data.departments.map(
                  (department) =>
                    html`<option value=${department.id} .selected=${department.id === this.#dept}>
                      ${this.#message('withCount', {
                        name: department.name,
                        count: counts.get(department.id) ?? 0,
                      })}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${
        this.#formats.length > 1
          ? html`<div class="field">
              <label for="format">${this.#message('format')}</label>
              <select id="format" @change=${this.#onFilter}>
                <option value="" .selected=${!this.#format}>${this.#message('allFormats')}</option>
                ${this.#formats.map(
                  (format) =>
                    html`<option value=${format} .selected=${format === this.#format}>
                      ${format.toUpperCase()}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
    </form>`;
  }

  protected renderReady(data: FormFinderCatalog): unknown {
    const hits = this.#hits(data);
    const shown = hits.slice(0, this.#shown);
    return html`<p id="count" part="count" class="count">${this.#countText(hits.length)}</p>
      ${this.#impairedOnlineServices(hits).map((health) => this.#renderOnlineNotice(health))}
      ${
        hits.length
          ? html`${this.#renderResults(shown, 'count')}
            ${
              hits.length > shown.length
                ? html`<button
                    part="more"
                    class="button secondary"
                    type="button"
                    @click=${this.#onMore}
                  >
                    ${this.#message('more', { count: hits.length - shown.length })}
                  </button>`
                : nothing
            }`
          : this.#renderNone(data)
      }
      ${
        data.updated_at
          ? html`<p class="muted">
              ${this.#message('catalog', { date: formatDate(data.updated_at, this.language) })}
            </p>`
          : nothing
      }`;
  }

  /**
   * The services behind the "fill in online" links among `hits` that `<city-services>` reports
   * impaired, each once: said once above the results, not on every form.
   */
  #impairedOnlineServices(hits: FormHit[]): ServiceHealth[] {
    const impaired = new Map<string, ServiceHealth>();
    // Without a <city-services> report there is nothing to look for among 10,000 forms.
    if (!this.city?.statuses.size) return [];
    for (const { form } of hits) {
      const health = form.service ? this.city?.statuses.get(form.service) : undefined;
      if (health && isImpaired(health.status) && safeUrl(form.online_url)) {
        impaired.set(health.id, health);
      }
    }
    return [...impaired.values()];
  }

  #renderOnlineNotice(health: ServiceHealth): TemplateResult {
    return html`<p
      part="online-notice"
      class="notice service-notice s-${health.status}"
      role="note"
    >
      ${impairedStatusIcon(health.status)}
      <span
        >${this.#message('onlineDown', { service: health.name, status: this.statusLabel(health.status) })}</span
      >
    </p>`;
  }

  /**
   * The nearest forms for a query without hits, found once per query: a keystroke's render and
   * the one after its paint show the same (~9 ms at 4× CPU for "Hund anml").
   */
  #suggestions(): FormHit[] {
    const memo = this.#memo;
    if (!this.query.trim() || !this.#index || !memo) return [];
    return (memo.near ??= this.#index.suggest(this.query, 5, { department: this.department }));
  }

  /**
   * No form found: the forms found in the other departments when the citizen's filter hid them,
   * else the nearest ones; and whom to ask. Never a dead end.
   */
  #renderNone(data: FormFinderCatalog): TemplateResult {
    const elsewhere = this.#chosenDepartment() ? this.#search(data).length : 0;
    const near = elsewhere ? [] : this.#suggestions();
    const only = this.department || this.#dept;
    const departments = only
      ? data.departments.filter((department) => department.id === only)
      : data.departments;
    // Below nearest forms that fill the view, the departments' contacts (13 cards in the
    // benchmark's catalogue) wait for the render after the keystroke's paint.
    const contactsLater = near.length >= this.#rendered;
    return html`${
        elsewhere
          ? html`<p>
              <button
                part="all-departments"
                class="button secondary"
                type="button"
                @click=${this.#onAllDepartments}
              >
                ${this.#message('inAllDepartments', { count: elsewhere })}
              </button>
            </p>`
          : nothing
      }
      ${
        near.length
          ? html`${this.renderHeading(this.#message('suggestions'), 'near', 1)}
            ${this.#renderResults(near, 'near')}`
          : nothing
      }
      ${this.renderHeading(this.#message('contacts'), undefined, 1)}
      <p>${this.#message('contactsText')}</p>
      ${
        departments.length
          ? html`<ul class="contacts">
              ${
                contactsLater
                  ? noChange
                  : departments.map(
                      (department) => html`<li>${this.renderContact(department)}</li>`,
                    )
              }
            </ul>`
          : this.renderContact()
      }`;
  }

  /**
   * A list of forms found, labelled by the element `labelledBy`: the first `#rendered` of them
   * now, the others (hidden, with what they showed before) after the keystroke's paint.
   */
  #renderResults(hits: FormHit[], labelledBy: string): TemplateResult {
    return html`<ul part="results" class="results" aria-labelledby=${labelledBy}>
      ${hits.map(
        (hit, index) =>
          html`<li part="result" class="result" ?data-later=${index >= this.#rendered}>
            ${index < this.#rendered ? this.#renderHit(hit, index) : noChange}
          </li>`,
      )}
    </ul>`;
  }

  #mark(text: string, terms: string[]): unknown {
    const germanSearch = this.#germanSearch;
    return germanSearch && terms.length
      ? germanSearch
          .highlightRanges(text, terms)
          .map((piece) => (piece.match ? html`<mark>${piece.text}</mark>` : piece.text))
      : text;
  }

  /** "PDF, 248 KB" */
  #fileType({ format, size_bytes: size }: FormEntry): string {
    const parts = format ? [format.toUpperCase()] : [];
    if (size) {
      parts.push(
        size < 1048576
          ? `${Math.max(1, Math.round(size / 1024))} KB`
          : `${this.#megabytes().format(size / 1048576)} MB`,
      );
    }
    return parts.join(', ');
  }

  #megabytes(): Intl.NumberFormat {
    let format = megabyteFormats.get(this.language);
    if (!format) {
      format = new Intl.NumberFormat(this.language, { maximumFractionDigits: 1 });
      megabyteFormats.set(this.language, format);
    }
    return format;
  }

  #mailto(email: string | undefined, title: string): string | undefined {
    return (
      email &&
      mailtoHref(email, this.#message('subject', { title }), this.#message('body', { title }))
    );
  }

  /** One form of a result list, the content of its item; `index` makes its heading's id. */
  #renderHit({ form, terms }: FormHit, index: number): TemplateResult {
    const department = this.#departments.get(form.department);
    const url = safeUrl(form.url);
    const online = safeUrl(form.online_url);
    const health = form.service ? this.city?.statuses.get(form.service) : undefined;
    const mail = this.#mailto(department?.email ?? this.contact?.email, form.title);
    const phone = department?.phone ?? this.contact?.phone;
    const tel = phone && telHref(phone);
    const type = this.#fileType(form);
    const id = `f${index}`;
    return html`<div
        class="heading title"
        role="heading"
        aria-level=${Math.min(6, this.headingLevel + 1)}
        id=${id}
      >
        ${this.#mark(form.title, terms)}
      </div>
      ${form.description ? html`<p>${this.#mark(form.description, terms)}</p>` : nothing}
      <p class="meta">
        <span>${department?.name ?? form.department}</span>
        ${
          form.updated_at
            ? html`<span
                >${this.#message('updated', { date: formatDate(form.updated_at, this.language) })}</span
              >`
            : nothing
        }
      </p>
      <div class="actions">
        ${
          url
            ? html`<a part="download" class="button" href=${url} aria-describedby=${id}
                >${this.#message('download')}${type ? ` (${type})` : ''}</a
              >`
            : nothing
        }
        ${
          online && health && isImpaired(health.status)
            ? html`<span part="online" class="unavailable"
                >${this.#message('onlineUnavailable')}</span
              >`
            : online
              ? html`<a part="online" class="button secondary" href=${online} aria-describedby=${id}
                  >${this.#message('online')}</a
                >`
              : nothing
        }
        ${
          mail
            ? html`<a part="request" class="request" href=${mail} aria-describedby=${id}
                >${this.#message('request')}</a
              >`
            : tel
              ? html`<span part="request" class="request"
                  >${this.#message('requestPhone')}&nbsp;<a href=${tel}>${phone}</a></span
                >`
              : nothing
        }
      </div>`;
  }

  protected override widgetName(): string {
    return this.#message('widgetName');
  }

  protected override fallbackText(): string {
    return this.#message('fallbackText');
  }

  /** What was searched for, as a ready-made e-mail request: the search box is not a dead end. */
  protected override renderFallbackOffer(): unknown {
    const query = this.query.trim();
    const mail = query ? this.#mailto(this.contact?.email, query) : undefined;
    return mail
      ? html`<p>
          <a part="request" class="request" href=${mail}
            >${this.#message('requestQuery', { query })}</a
          >
        </p>`
      : nothing;
  }
}
