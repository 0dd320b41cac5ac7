import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import type { EditorLang } from './payload-messages.js';
import { adoptWorkbenchStyles } from './workbench-styles.js';
import { WORKBENCH_TEXT } from './workbench-text.js';

const TOOLS = ['status', 'formulare', 'einbettung'] as const;
type Tool = (typeof TOOLS)[number];

/**
 * The editors' workbench: three tools behind tabs ("Störung eintragen", "Formulare",
 * "Einbettungscode"), German first with English on a switch, and the link to the German guide.
 * The open tool is in the URL's fragment (#status, #formulare, #einbettung), so the guide can
 * link straight to it.
 *
 * Attributes the page may set: `guide-url`, `status-url` (the status file the "open" field
 * starts with), `save-url` (the optional save address; without it there is no save button),
 * `script-url` (the script address the embed tool starts with).
 */
export class CivicWorkbench extends LitElement {
  static override properties = {
    language: { attribute: false },
    guideUrl: { attribute: 'guide-url' },
    statusUrl: { attribute: 'status-url' },
    saveUrl: { attribute: 'save-url' },
    scriptUrl: { attribute: 'script-url' },
  };

  declare language: EditorLang;
  declare guideUrl: string;
  declare statusUrl?: string;
  declare saveUrl?: string;
  declare scriptUrl?: string;
  #tool: Tool = 'status';

  constructor() {
    super();
    this.language = 'de';
    this.guideUrl = '../docs/de/README.md';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptWorkbenchStyles();
    const fromHash = location.hash.slice(1) as Tool;
    if (TOOLS.includes(fromHash)) this.#tool = fromHash;
    this.language = this.getAttribute('lang') === 'en' ? 'en' : 'de';
  }

  #select(tool: Tool, focus = false): void {
    this.#tool = tool;
    history.replaceState(null, '', `#${tool}`);
    this.requestUpdate();
    if (focus)
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${tool}`)?.focus());
  }

  /** Arrow keys, Home and End move between the tabs (WAI-ARIA tabs pattern, automatic activation). */
  #onTabKey(event: KeyboardEvent): void {
    const index = TOOLS.indexOf(this.#tool);
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % TOOLS.length,
      ArrowLeft: (index + TOOLS.length - 1) % TOOLS.length,
      Home: 0,
      End: TOOLS.length - 1,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    this.#select(TOOLS[next[event.key]], true);
  }

  #setLang(lang: EditorLang): void {
    this.language = lang;
    this.setAttribute('lang', lang);
  }

  protected override render(): TemplateResult {
    const words = WORKBENCH_TEXT[this.language];
    const labels: Record<Tool, string> = {
      status: words.tabStatus,
      formulare: words.tabForms,
      einbettung: words.tabEmbed,
    };
    return html`
      <header class="wb-top">
        <h1>${words.title}</h1>
        <div class="wb-actions">
          <a href=${this.guideUrl} hreflang="de">${words.guide}</a>
          <div class="wb-field">
            <label for="wb-lang">${words.language}</label>
            <select
              id="wb-lang"
              @change=${(event: Event) => this.#setLang((event.target as HTMLSelectElement).value as EditorLang)}
            >
              <option value="de" ?selected=${this.language === 'de'}>Deutsch</option>
              <option value="en" ?selected=${this.language === 'en'}>English</option>
            </select>
          </div>
        </div>
      </header>
      <p>${words.intro}</p>
      <div role="tablist" aria-label=${words.tools} @keydown=${this.#onTabKey}>
        ${TOOLS.map(
          (tool) =>
            html`<button
              role="tab"
              type="button"
              id="tab-${tool}"
              aria-selected=${this.#tool === tool ? 'true' : 'false'}
              aria-controls="panel-${tool}"
              tabindex=${this.#tool === tool ? '0' : '-1'}
              @click=${() => this.#select(tool)}
            >
              ${labels[tool]}
            </button>`,
        )}
      </div>
      <div
        role="tabpanel"
        id="panel-status"
        aria-labelledby="tab-status"
        ?hidden=${this.#tool !== 'status'}
      >
        <status-editor
          .language=${this.language}
          status-url=${this.statusUrl ?? ''}
          save-url=${this.saveUrl ?? ''}
        ></status-editor>
      </div>
      <div
        role="tabpanel"
        id="panel-formulare"
        aria-labelledby="tab-formulare"
        ?hidden=${this.#tool !== 'formulare'}
      >
        <forms-import .language=${this.language}></forms-import>
      </div>
      <div
        role="tabpanel"
        id="panel-einbettung"
        aria-labelledby="tab-einbettung"
        ?hidden=${this.#tool !== 'einbettung'}
      >
        <embed-code .language=${this.language} script-url=${this.scriptUrl ?? ''}></embed-code>
      </div>
    `;
  }
}
