/**
 * The captcha step of `<registry-booking api="zms">`: ALTCHA's proof of work against the API's
 * own `captcha-challenge/` and `captcha-verify/`, whose token goes along as `captchaToken` on
 * `available-calendar/` and `reserve-appointment/` for offices whose scope asks for it
 * (`captchaActivatedRequired`). A lazy chunk, loaded only when such an office is chosen.
 *
 * The shapes are ZMS's since June 2026 (`zmsentities/schema/citizenapi/captcha/`): the challenge
 * is ALTCHA v2, `{ parameters: { algorithm, nonce, salt, cost, keyLength, keyPrefix, … },
 * signature }`; `captcha-verify/` takes `{ payload }`, the challenge and its solution as base64
 * JSON, as the ALTCHA widget sends it, and answers `{ meta: { success }, data: { valid }, token }`
 * (200 also when it failed: then `meta.success` is false and there is no token). ZMS from May 2025
 * to June 2026 sent ALTCHA v1 challenges, `{ algorithm, challenge, maxnumber, salt, signature }`,
 * and took the v1 payload `{ algorithm, challenge, number, salt, signature, took }`; both work.
 *
 * Why altcha-lib's solver behind this step, and not the `altcha` widget that Munich's
 * zmscitizenview embeds: the widget (altcha@3.2.2) is 34.7 KB gzip on its own, more than this
 * whole element; it solves in Web Workers started from Blob URLs (a page with a CSP would have to
 * allow `worker-src blob:`) and creates a Trusted Types policy (`svelte-trusted-html`); its words,
 * look and focus are its own. altcha-lib is the ALTCHA project's own library (the same proof of
 * work, by the widget's author, MIT); its `solveChallenge` hashes with Web Crypto on the page's
 * thread, each hash asynchronous, so the page stays responsive; it needs no worker, no policy, no
 * `eval`, and adds about 1 KB. The step around it (checkbox, status, errors, focus) is the
 * widget's own, in German and English, like every other step.
 */
import { html, nothing } from 'lit';
import { solveChallenge } from 'altcha-lib';
import { solveChallenge as solveChallengeV1 } from 'altcha-lib/v1';
import { deriveKey as derivePbkdf2Key } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveKey as deriveShaKey } from 'altcha-lib/algorithms/web/sha';
import { requestJson } from '../core/http.js';
import { translate } from '../core/i18n.js';
import { iconError } from '../core/icons.js';
import { boolean, number, object, optional, string } from '../core/schema.js';
import { routeUnder } from './api-route.js';
import { zmsCaptchaMessages } from './zms-captcha-messages.js';
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { FormCaptcha } from './booking-view-context.js';
import type { ZmsCaptchaMessageKey } from './zms-captcha-messages.js';

/** What the step needs from the widget. */
export interface CaptchaHost {
  /** The API root (the widget's `endpoint`). */
  readonly root: string;
  readonly timeout: number;
  readonly lang: Lang;
  heading(text: string, id: string, offset?: number): TemplateResult;
  /** The office's contact block. */
  contact(): TemplateResult;
  /** Renders again; then focuses `focus` (a selector) when given. */
  refresh(focus?: string): void;
  /** The widget. */
  readonly element: HTMLElement;
  announce(text: string): void;
}

/** Where the step stands: before the calendar, or in the form above the send button. */
export type CaptchaPlace = 'calendar' | 'form';

type CaptchaState = 'idle' | 'working' | 'passed' | 'failed' | 'unsupported';

/** An ALTCHA v2 challenge, as far as the solver reads it. */
const challengeShape = object({
  parameters: object({
    algorithm: string,
    nonce: string,
    salt: string,
    cost: number,
    keyLength: number,
    keyPrefix: string,
  }),
  signature: optional(string),
});

/** An ALTCHA v1 challenge (ZMS before June 2026): find `number` with hash(salt + number) = challenge. */
const challengeV1Shape = object({
  algorithm: string,
  challenge: string,
  maxnumber: optional(number),
  salt: string,
  signature: string,
});

/** The answer of `captcha-verify/` (ZMS's CaptchaService::verifySolution). */
const verifyAnswer = object({
  meta: optional(object({ success: optional(boolean) })),
  data: optional(object({ valid: optional(boolean) })),
  token: optional(string),
});

/** The key derivations the browser can do with Web Crypto; SCRYPT and ARGON2ID it cannot. */
function keyDerivation(algorithm: string) {
  if (/^SHA-(256|384|512)$/.test(algorithm)) return deriveShaKey;
  if (/^PBKDF2\/SHA-(256|384|512)$/.test(algorithm)) return derivePbkdf2Key;
  return undefined;
}

/** This browser or this challenge cannot be solved here: the contact is the way. */
class CaptchaUnsupported extends Error {}

/** How long the solver may work before the step says it failed (ALTCHA's own default). */
const SOLVE_TIMEOUT_MS = 90_000;

/** The `payload` for `captcha-verify/`: the challenge solved, as the ALTCHA widget sends it. */
async function solvedPayload(raw: unknown, run: AbortController): Promise<string> {
  if (typeof (raw as { challenge?: unknown } | undefined)?.challenge === 'string') {
    const challenge = challengeV1Shape(raw);
    if (!/^SHA-(256|384|512)$/.test(challenge.algorithm)) {
      throw new CaptchaUnsupported(challenge.algorithm);
    }
    const solving = solveChallengeV1(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    );
    run.signal.addEventListener('abort', () => solving.controller.abort());
    // Given up after the time: the promise ends with null, and the step says it did not work.
    const timer = setTimeout(() => solving.controller.abort(), SOLVE_TIMEOUT_MS);
    const solution = await solving.promise.finally(() => clearTimeout(timer));
    if (!solution) throw new Error('ALTCHA: no solution within the time');
    const { algorithm, salt, signature } = challenge;
    return btoa(
      JSON.stringify({
        algorithm,
        challenge: challenge.challenge,
        number: solution.number,
        salt,
        signature,
        took: solution.took,
      }),
    );
  }
  const challenge = challengeShape(raw);
  const deriveKey = keyDerivation(challenge.parameters.algorithm);
  if (!deriveKey) throw new CaptchaUnsupported(challenge.parameters.algorithm);
  const solution = await solveChallenge({
    challenge,
    deriveKey,
    controller: run,
    timeout: SOLVE_TIMEOUT_MS,
  });
  if (!solution) throw new Error('ALTCHA: no solution within the time');
  // The challenge goes back exactly as it came: its signature covers its parameters.
  const { parameters, signature } = raw as { parameters: unknown; signature?: unknown };
  return btoa(JSON.stringify({ challenge: { parameters, signature }, solution }));
}

/**
 * One citizen's captcha: its state, its token once passed, and its step. A token lapses after
 * ZMS's `CAPTCHA_TOKEN_TTL` (300 s by default): when ZMS then refuses it, {@link lapse} shows the
 * step again where the citizen is, and nothing typed is lost.
 */
export class ZmsCaptcha {
  /** The `captchaToken` of the last passed check, until ZMS refuses it. */
  token?: string;
  #state: CaptchaState = 'idle';
  /** The step is shown again because ZMS refused the token. */
  #lapsed = false;
  /** Lapsed, and the step not drawn since: it may replace what the citizen's focus is on. */
  #lapsedUnderFocus = false;
  /** The form shows the step (it had no token, or ZMS refused it): it stays there. */
  #inForm = false;
  #run?: AbortController;

  #text(lang: Lang, key: ZmsCaptchaMessageKey): string {
    return translate(zmsCaptchaMessages, lang, key);
  }

  /** ZMS refused the token (`captchaExpired`, `captchaInvalid`, `captchaMissing`): ask again. */
  lapse(): void {
    this.#run?.abort();
    this.token = undefined;
    this.#state = 'idle';
    this.#lapsed = true;
    this.#lapsedUnderFocus = true;
  }

  /** The form shows the step: the calendar above it stays while the citizen is there. */
  get inForm(): boolean {
    return this.#inForm;
  }

  /** The form's side (booking-form.ts): the step above the send button while it is needed. */
  forForm(host: CaptchaHost): FormCaptcha {
    return {
      token: () => this.token,
      render: () => {
        // Once shown in the form it stays, passed, so that focus stays on its checkbox.
        if (!this.token) this.#inForm = true;
        return this.#inForm ? this.render(host, 'form') : nothing;
      },
      lapse: () => {
        this.lapse();
        this.#inForm = true;
        host.refresh('#captcha-lapsed');
      },
      text: (key) => this.#text(host.lang, key),
    };
  }

  render(host: CaptchaHost, place: CaptchaPlace): TemplateResult {
    const text = (key: ZmsCaptchaMessageKey) => this.#text(host.lang, key);
    if (this.#lapsedUnderFocus) {
      this.#lapsedUnderFocus = false;
      // The step takes the calendar's place (the month the citizen went to, the day chosen):
      // with the focus there, it would fall to <body>; it goes to the step's heading instead.
      // (The form's step says it itself, forForm's lapse.)
      if (place === 'calendar' && host.element.shadowRoot?.activeElement) {
        host.refresh('#captcha-title');
      }
    }
    const state = this.#state;
    const busy = state === 'working' || state === 'passed';
    const status = state === 'working' ? text('working') : state === 'passed' ? text('passed') : '';
    return html`<div part="captcha" class="captcha" role="group" aria-labelledby="captcha-title">
      ${host.heading(text('title'), 'captcha-title', place === 'calendar' ? 1 : 2)}
      ${
        !this.#lapsed
          ? nothing
          : place === 'calendar'
            ? html`<p class="notice"><strong>${text('lapsed')}</strong></p>`
            : // ZMS refused the token on sending: said here, above the checkbox it asks for, and
              // gone once the check is passed again (then the send button is the next step).
              html`<p part="error" class="notice problem" id="captcha-lapsed" tabindex="-1">
                ${iconError}<span>${text('lapsedSend')}</span>
              </p>`
      }
      <p id="captcha-hint">${text('hint')}</p>
      <div class="field check">
        <input
          id="captcha-check"
          type="checkbox"
          .checked=${busy}
          aria-disabled=${busy ? 'true' : 'false'}
          aria-describedby="captcha-hint captcha-status"
          @click=${(event: Event) => {
            // Checked while it works and once passed: a click changes nothing then.
            if (busy) return event.preventDefault();
            void this.#start(host, place);
          }}
        />
        <label for="captcha-check">${text('check')}</label>
      </div>
      ${state === 'working' ? html`<div><progress aria-hidden="true"></progress></div>` : nothing}
      <!-- The live region stays for what it will say; empty, it takes no room. -->
      <p id="captcha-status" class=${status ? 'loading' : 'visually-hidden'} role="status">
        ${status}
      </p>
      ${
        state === 'failed' || state === 'unsupported'
          ? html`<div part="error" class="notice problem" id="captcha-problem" tabindex="-1">
              ${iconError}
              <div>
                <p>${text(state === 'failed' ? 'failed' : 'unsupported')}</p>
                ${
                  state === 'failed'
                    ? html`<div class="actions">
                        <button
                          class="button"
                          type="button"
                          @click=${() => void this.#start(host, place)}
                        >
                          ${text('again')}
                        </button>
                      </div>`
                    : nothing
                }
                ${host.contact()}
              </div>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** Fetches a challenge, solves it, has ZMS verify the solution and keeps the token. */
  async #start(host: CaptchaHost, place: CaptchaPlace): Promise<void> {
    this.#run?.abort();
    const run = new AbortController();
    this.#run = run;
    this.#state = 'working';
    this.#lapsed = false;
    host.refresh('#captcha-check');
    try {
      // Web Crypto exists only on secure pages (https, localhost).
      if (!globalThis.crypto?.subtle) throw new CaptchaUnsupported('no Web Crypto');
      // The challenge goes back exactly as it came (its signature covers it): not normalised.
      const { body: raw } = await requestJson(routeUnder(host.root, 'captcha-challenge/'), {
        timeout: host.timeout,
        signal: run.signal,
        normalize: false,
      });
      const payload = await solvedPayload(raw, run);
      const { body } = await requestJson(routeUnder(host.root, 'captcha-verify/'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ payload }),
        timeout: host.timeout,
        signal: run.signal,
      });
      const answer = verifyAnswer(body);
      if (answer.meta?.success !== true || answer.data?.valid !== true || !answer.token) {
        throw new Error('ALTCHA: ZMS did not verify the solution');
      }
      this.token = answer.token;
      this.#state = 'passed';
      // Before the calendar, the step goes and the month loads: focus to its heading.
      host.refresh(place === 'calendar' ? '#cal-title' : '#captcha-check');
      host.announce(this.#text(host.lang, place === 'calendar' ? 'passedCalendar' : 'passedSend'));
    } catch (error) {
      if (run.signal.aborted) return;
      console.warn('civic-widgets: <registry-booking> captcha not passed', error);
      this.#state = error instanceof CaptchaUnsupported ? 'unsupported' : 'failed';
      host.refresh('#captcha-problem');
    }
  }
}
