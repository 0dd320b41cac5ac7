// <registry-booking api="zms"> against the ZMS citizen API mock (demo/mock/zms-citizen-api.mjs,
// whose answers test/mock/zms-citizen-api.test.mjs validates against the published schemas).
// November 2099 (Berlin, +01:00): the mock's offices have free times Monday to Friday, the
// Bürgerbüro im Rathaus (10001) 8–12 Uhr, the Bürgerbüro Welper (10002) 14–16 Uhr, every 15 min.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/registry-booking/registry-booking.define.js';
import { processHash } from '../../src/registry-booking/zms-citizen-api.js';
import { clearCivicStorage, uniqueUrl, waitForState } from '../helpers.js';
import { shadow, shadowAll, shadowText } from '../shadow-dom.js';
import { contact, MONTH, runOf } from './registry-booking-helpers.js';
import {
  confirmed,
  expectFocused,
  fill,
  pickTime,
  slotsShown,
  submit,
} from './registry-booking-steps.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';

const PERSONALAUSWEIS = '1063453';
/** 3 November 2099, 14:00 in Berlin, in epoch seconds. */
const NOV_3_1400 = Date.UTC(2099, 10, 3, 13, 0) / 1000;
/** 3 November 2099, 08:00 in Berlin (the Bürgerbüro im Rathaus), in epoch seconds. */
const NOV_3_0800 = Date.UTC(2099, 10, 3, 7, 0) / 1000;

interface ZmsProcessRecord {
  processId: number;
  authKey: string;
  status: string;
  officeId: number;
  timestamp: number;
  familyName?: string;
  email?: string;
  customTextfield?: string;
  telephone?: string;
}

async function processesOf(run: string): Promise<ZmsProcessRecord[]> {
  const answer = await fetch(`/api/citizen/_processes?run=${encodeURIComponent(run)}`);
  return (await answer.json()).processes;
}

/** `<registry-booking api="zms">` against the mock (scenario `zms`), once it is ready. */
async function zmsWidget(
  params: Record<string, string> = {},
  lang?: string,
  endpoint = uniqueUrl('/api/citizen/', params),
): Promise<RegistryBooking> {
  const booking = html`<registry-booking
    api="zms"
    endpoint=${endpoint}
    month=${MONTH}
    timeout="4000"
    contact-name=${contact.name}
    contact-phone=${contact.phone}
    contact-email=${contact.email}
  ></registry-booking>`;
  const el = lang
    ? (await fixture(html`<div lang=${lang}>${booking}</div>`)).querySelector<RegistryBooking>(
        'registry-booking',
      )!
    : await fixture<RegistryBooking>(booking);
  await waitForState(el, 'ready');
  return el;
}

async function click(el: RegistryBooking, selector: string): Promise<void> {
  shadow<HTMLElement>(el, selector)!.click();
  await el.updateComplete;
}

/** Service → place → day (its times asked for) → time → the form, filled. */
async function upToZmsForm(el: RegistryBooking, place: string, time: number): Promise<void> {
  await click(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`);
  await click(el, `input[name="place"][value="${place}"]`);
  await slotsShown(el);
  await dayTimeAndData(el, place, time);
}

/** Day → time → the form, filled (service and place chosen, the calendar shown). */
async function dayTimeAndData(el: RegistryBooking, place: string, time: number): Promise<void> {
  await click(el, '[data-day="2099-11-03"]');
  const slotId = `${place}-${time}`;
  await waitUntil(() => shadow(el, `input[name="slot"][value="${slotId}"]`), 'times never came', {
    timeout: 8000,
  });
  await pickTime(el, slotId);
  fill(el, { name: 'Anna Beispiel', email: 'anna@example.org', consent: true });
  await el.updateComplete;
}

/** Service → the Bürgerbüro im Rathaus, whose scope asks for a captcha, until its step shows. */
async function upToRathausCaptcha(el: RegistryBooking): Promise<void> {
  await click(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`);
  await click(el, 'input[name="place"][value="10001"]');
  await waitUntil(() => shadow(el, '#captcha-check'), 'no captcha step');
}

/** The widget on a page opened from a link to the process (`hash`), once it shows it. */
async function openFromLink(el: RegistryBooking, hash: string): Promise<RegistryBooking> {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const opened = await fixture<RegistryBooking>(
    html`<registry-booking
      api="zms"
      endpoint=${el.endpoint!}
      contact-phone=${contact.phone}
    ></registry-booking>`,
  );
  await appointmentShown(opened);
  return opened;
}

/** Waits until the appointment (with its "Termin absagen" button) is on screen. */
async function appointmentShown(el: RegistryBooking): Promise<void> {
  await waitUntil(() => shadow(el, '[part="appointment"] [part="cancel"]'), 'no appointment', {
    timeout: 8000,
  });
  await el.updateComplete;
}

/** Books at the Welper and follows the confirmation's cancel link, to the appointment here. */
async function bookAndOpenOnThisPage(el: RegistryBooking): Promise<void> {
  await upToZmsForm(el, '10002', NOV_3_1400);
  await submit(el);
  await waitUntil(() => shadow(el, '[part="confirmation"] [part="cancel"]'), 'no cancel link', {
    timeout: 8000,
  });
  shadow<HTMLAnchorElement>(el, '[part="confirmation"] [part="cancel"]')!.click();
  await appointmentShown(el);
}

/** "Termin absagen": the widget asks whether the citizen really means it. */
async function askToCancel(opened: RegistryBooking): Promise<void> {
  await click(opened, '[part="appointment"] [part="cancel"]');
  expect(shadowText(opened)).to.contain('Möchten Sie diesen Termin wirklich absagen?');
}

/** "Ja, Termin absagen", until it says the appointment is cancelled. */
async function confirmCancel(opened: RegistryBooking): Promise<void> {
  shadowAll<HTMLButtonElement>(opened, 'button')
    .find((button) => button.textContent!.includes('Ja, Termin absagen'))!
    .click();
  await waitUntil(() => shadowText(opened).includes('Ihr Termin ist abgesagt'), 'not cancelled');
}

/** Waits until the captcha step says it was passed (its token kept). */
async function captchaPassed(el: RegistryBooking): Promise<void> {
  await waitUntil(
    () =>
      shadow(el, '#captcha-status')?.textContent?.includes('bestanden') ||
      !shadow(el, '[part="captcha"]'),
    'the captcha was never passed',
    { timeout: 15000 },
  );
  await el.updateComplete;
}

async function problemShown(el: RegistryBooking, selector: string): Promise<HTMLElement> {
  await waitUntil(() => shadow(el, selector), `no problem at ${selector}`, { timeout: 8000 });
  await el.updateComplete;
  return shadow<HTMLElement>(el, selector)!;
}

/**
 * Passes the Rathaus's captcha, fills the form for 3 November, 08:00 and sends it to a server
 * whose captcha has lapsed by then (`zms: 'captcha-expired'`); resolves with the step's note.
 */
async function sendUntilCaptchaLapsed(el: RegistryBooking): Promise<HTMLElement> {
  await upToRathausCaptcha(el);
  shadow<HTMLInputElement>(el, '#captcha-check')!.click();
  await slotsShown(el);
  await dayTimeAndData(el, '10001', NOV_3_0800);
  await submit(el);
  return problemShown(el, '[part="form"] [part="captcha"] #captcha-lapsed');
}

/** Books at the Bürgerbüro Welper on 3 November, 14:00, until the form shows the API's problem. */
async function bookUntilProblem(el: RegistryBooking, selector: string): Promise<HTMLElement> {
  await upToZmsForm(el, '10002', NOV_3_1400);
  await submit(el);
  return problemShown(el, selector);
}

/** Sends the form until it is booked; the run's one process (a retry never reserves again). */
async function submitUntilBooked(el: RegistryBooking): Promise<ZmsProcessRecord> {
  await submit(el);
  await confirmed(el);
  const processes = await processesOf(runOf(el));
  expect(processes).to.have.length(1);
  return processes[0]!;
}

describe('<registry-booking api="zms">', () => {
  beforeEach(() => clearCivicStorage());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('books: office → service → day → time → data → reserve, then confirm via the link → view → cancel', async () => {
    const el = await zmsWidget();
    expect(shadowAll(el, 'input[name="service"]')).to.have.length(3);
    await click(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`);
    // Two offices offer it: each with its address, and "any place".
    const places = shadow(el, '[part="places"]')!;
    expect(places.textContent)
      .to.contain('Alle Orte')
      .and.contain('Bürgerbüro Welper')
      .and.contain('Marxstraße 16, 45525 Hattingen');
    await slotsShown(el);
    // ZMS names the bookable days; the first one's times come with them.
    expect(shadow(el, '[data-day="2099-11-03"]')!.getAttribute('aria-label')).to.equal(
      'Dienstag, 3. November 2099, freie Termine',
    );
    expect(shadow(el, '[data-day="2099-11-06"]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();

    await upToZmsForm(el, '10002', NOV_3_1400);
    expect(shadow(el, '[part="form"] .summary')!.textContent)
      .to.contain('Bürgerbüro Welper')
      .and.contain('14:00 bis 14:30\u00a0Uhr');
    await submit(el);
    const done = await confirmed(el);
    expect(done.textContent)
      .to.contain('Fast geschafft: Bitte bestätigen Sie Ihren Termin')
      .and.contain('Wir haben Ihnen eine E-Mail an anna@example.org geschickt')
      .and.contain('innerhalb von 60 Minuten');
    expectFocused(el, shadow(el, '#done-title')!);
    await expect(el).to.be.accessible();
    const [process] = await processesOf(runOf(el));
    expect(process).to.include({
      status: 'preconfirmed',
      officeId: 10002,
      timestamp: NOV_3_1400,
      familyName: 'Anna Beispiel',
      email: 'anna@example.org',
    });

    // The activation link ZMS e-mails opens the widget's page.
    const key = { processId: process!.processId, authKey: process!.authKey };
    const opened = await openFromLink(el, processHash(key, true));
    const appointment = shadow(opened, '[part="appointment"]')!;
    expect(appointment.textContent)
      .to.contain('Ihr Termin ist bestätigt')
      .and.contain(String(process!.processId))
      .and.contain('Dienstag, 3. November 2099')
      .and.contain('14:00\u00a0Uhr')
      .and.contain('Bürgerbüro Welper');
    expectFocused(opened, shadow(opened, '#appointment-title')!);
    expect((await processesOf(runOf(el)))[0]!.status).to.equal('confirmed');
    await expect(opened).to.be.accessible();

    await askToCancel(opened);
    expect((await processesOf(runOf(el)))[0]!.status).to.equal('confirmed');
    await confirmCancel(opened);
    expect((await processesOf(runOf(el)))[0]!.status).to.equal('deleted');
    await expect(opened).to.be.accessible();
  });

  it('offers to cancel from the confirmation, on the same page', async () => {
    const el = await zmsWidget();
    await bookAndOpenOnThisPage(el);
    // Not confirmed with the e-mailed link yet: not shown as an appointment that stands.
    expect(shadow(el, '#appointment-title')!.textContent!.trim()).to.equal(
      'Ihr Termin ist reserviert – noch nicht verbindlich',
    );
    expect(shadowText(el)).to.contain('Bürgerbüro Welper');
    await askToCancel(el);
    await confirmCancel(el);
    expect((await processesOf(runOf(el)))[0]!.status).to.equal('deleted');
  });

  it('a cancel whose answer was lost: reads it again, says it is cancelled, keeps the service and details for a new time', async () => {
    const el = await zmsWidget({ zms: 'lose-cancel' });
    await bookAndOpenOnThisPage(el);
    await askToCancel(el);
    shadowAll<HTMLButtonElement>(el, 'button')
      .find((button) => button.textContent!.includes('Ja, Termin absagen'))!
      .click();
    await el.updateComplete;
    // Not on <body> while the cancel is on its way: the button pressed is gone.
    expectFocused(el, shadow(el, '#appointment-title')!);
    await waitUntil(() => shadow(el, '[part="appointment"] .button:not(.secondary)'), 'no retry', {
      timeout: 8000,
    });
    expect((await processesOf(runOf(el)))[0]!.status).to.equal('deleted');
    await click(el, '[part="appointment"] .button:not(.secondary)'); // "Erneut versuchen"
    await waitUntil(() => shadowText(el).includes('Ihr Termin ist abgesagt'), 'not read again');
    expect(shadowText(el)).not.to.contain('gibt es nicht');
    shadowAll<HTMLButtonElement>(el, '[part="appointment"] button')
      .find((button) => button.textContent!.includes('Neuen Termin vereinbaren'))!
      .click();
    await waitUntil(
      () =>
        shadow<HTMLInputElement>(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`)?.checked,
      'the service is not chosen again',
    );
    await slotsShown(el);
    await click(el, '[data-day="2099-11-03"]');
    const slotId = `10002-${NOV_3_1400}`;
    await waitUntil(() => shadow(el, `input[name="slot"][value="${slotId}"]`), 'no times', {
      timeout: 8000,
    });
    await pickTime(el, slotId);
    expect(shadow<HTMLInputElement>(el, '#f-name')!.value).to.equal('Anna Beispiel');
  });

  it('names the place of each time when the citizen chose "any place"', async () => {
    const el = await zmsWidget();
    await click(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`);
    await slotsShown(el);
    await click(el, '[data-day="2099-11-02"]');
    await waitUntil(() => shadowAll(el, 'input[name="slot"]').length, 'no times');
    const labels = shadowAll(el, '[part="times"] label').map((label) => label.textContent!.trim());
    expect(labels[0]).to.equal('08:00 bis 08:30\u00a0Uhr – Bürgerbüro im Rathaus');
    expect(labels.at(-1)).to.equal('15:45 bis 16:15\u00a0Uhr – Bürgerbüro Welper');
  });

  describe('the captcha (ALTCHA), when the office’s scope asks for one', () => {
    it('office → service → captcha (keyboard only) → day → time → data → reserve with its token → confirm via the link → view → cancel', async () => {
      const el = await zmsWidget({ zms: 'captcha' });
      await click(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`);
      // The Bürgerbüro Welper's scope asks for none: its calendar comes at once.
      await click(el, 'input[name="place"][value="10002"]');
      await slotsShown(el);
      expect(shadow(el, '[part="captcha"]')).to.equal(null);
      // The Rathaus's scope asks for one: the step comes first, the calendar is not asked for.
      await click(el, 'input[name="place"][value="10001"]');
      await waitUntil(() => shadow(el, '[part="captcha"]'), 'no captcha step');
      const step = shadow(el, '[part="captcha"]')!;
      expect(shadow(el, '[part="calendar"]')).to.equal(null);
      expect(step.textContent)
        .to.contain('Sicherheitsabfrage')
        .and.contain('Sie müssen dafür nichts eingeben')
        .and.contain('Ich bin kein Roboter');
      await expect(el).to.be.accessible();
      // Keyboard only: Tab goes from the office's radio button to the checkbox, Space starts it.
      shadow<HTMLInputElement>(el, 'input[name="place"][value="10001"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('captcha-check');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      const check = shadow<HTMLInputElement>(el, '#captcha-check');
      if (check) {
        // Still solving: checked, not clickable again, and it says so.
        expect(check.checked).to.equal(true);
        expect(check.getAttribute('aria-disabled')).to.equal('true');
      }
      await slotsShown(el);
      expect(shadow(el, '[part="captcha"]')).to.equal(null);
      expectFocused(el, shadow(el, '#cal-title')!);
      await expect(el).to.be.accessible();

      await dayTimeAndData(el, '10001', NOV_3_0800);
      await submit(el);
      await confirmed(el);
      // The mock reserves a time at the Rathaus only with a token it issued after a solved
      // challenge: the process is the proof that the token went along.
      const [process] = await processesOf(runOf(el));
      expect(process).to.include({
        status: 'preconfirmed',
        officeId: 10001,
        timestamp: NOV_3_0800,
      });

      const opened = await openFromLink(el, processHash(process!, true));
      expect(shadow(opened, '[part="appointment"]')!.textContent)
        .to.contain('Ihr Termin ist bestätigt')
        .and.contain('Bürgerbüro im Rathaus')
        .and.contain('08:00\u00a0Uhr');
      expect((await processesOf(runOf(el)))[0]!.status).to.equal('confirmed');
      await askToCancel(opened);
      await confirmCancel(opened);
      expect((await processesOf(runOf(el)))[0]!.status).to.equal('deleted');
    });

    it('lapsed while browsing the months: the step comes back, with the focus on its heading', async () => {
      const el = await zmsWidget({ zms: 'captcha-expired-calendar' });
      await upToRathausCaptcha(el);
      shadow<HTMLInputElement>(el, '#captcha-check')!.click();
      await captchaPassed(el);
      await slotsShown(el);
      const next = shadow<HTMLButtonElement>(el, 'button[aria-label="Nächster Monat"]')!;
      next.focus();
      next.click(); // its calendar carries the token, which has lapsed by now
      await waitUntil(() => shadow(el, '[part="captcha"]'), 'the step did not come back', {
        timeout: 8000,
      });
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Die Sicherheitsabfrage ist abgelaufen');
      expectFocused(el, shadow(el, '#captcha-title')!);
    });

    it('lapsed when sending: the step shows in the form, every field stays, then it books', async () => {
      const el = await zmsWidget({ zms: 'captcha-expired' });
      // Said in the step, above the checkbox it asks for, in words that fit where it is.
      const problem = await sendUntilCaptchaLapsed(el);
      expect(problem.textContent).to.contain(
        'Die Sicherheitsabfrage ist abgelaufen, der Termin wurde noch nicht gebucht',
      );
      expect(problem.textContent).not.to.match(/unten|oben/);
      expect(
        problem.compareDocumentPosition(shadow(el, '[part="form"] #captcha-check')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
      expect(problem.getBoundingClientRect().bottom).to.be.at.most(
        shadow(el, '[part="form"] #captcha-check')!.getBoundingClientRect().top,
      );
      expectFocused(el, problem);
      expect(await processesOf(runOf(el))).to.have.length(0);
      // The calendar, the chosen time and what was typed stay; the step is in the form.
      expect(
        shadow<HTMLInputElement>(el, `input[name="slot"][value="10001-${NOV_3_0800}"]`)!.checked,
      ).to.equal(true);
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
      expect(shadow<HTMLInputElement>(el, '[name="email"]')!.value).to.equal('anna@example.org');
      const check = shadow<HTMLInputElement>(el, '[part="form"] #captcha-check')!;
      expect(check.checked).to.equal(false);
      await expect(el).to.be.accessible();
      // Sending before the check: it says what to do first, nothing is sent.
      await submit(el);
      await waitUntil(
        () => shadowText(el).includes('Bitte bestätigen Sie zuerst die Sicherheitsabfrage'),
        'no hint',
      );
      check.click();
      await captchaPassed(el);
      expectFocused(el, shadow(el, '#captcha-check')!);
      // Passed again: the problem gives way, calm, the send button is the next step.
      expect(!!shadow(el, '#captcha-lapsed'), 'lapsed box gone').to.equal(false);
      expect(shadow(el, '[part="form"] [part="error"]')?.textContent?.trim() ?? null).to.equal(
        null,
      );
      expect(shadowText(el)).to.not.contain('abgelaufen').and.not.contain('Erneut senden');
      expect(shadow(el, '#captcha-status')!.textContent!.trim()).to.equal(
        'Sicherheitsabfrage bestanden.',
      );
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
      expect(shadow<HTMLInputElement>(el, '[name="email"]')!.value).to.equal('anna@example.org');
      await submit(el);
      await confirmed(el);
      const processes = await processesOf(runOf(el));
      expect(processes).to.have.length(1);
      expect(processes[0]).to.include({ status: 'preconfirmed', familyName: 'Anna Beispiel' });
    });

    it('solves ALTCHA v1 challenges too (ZMS from May 2025 to June 2026)', async () => {
      const el = await zmsWidget({ zms: 'captcha-v1' });
      await upToRathausCaptcha(el);
      shadow<HTMLInputElement>(el, '#captcha-check')!.click();
      // The Rathaus's calendar comes only with a token the mock issued for a solved challenge.
      await slotsShown(el);
      expect(shadow(el, '#captcha-problem')).to.equal(null);
      expect(shadow(el, '.day.free')).to.exist;
    });

    it('not verified: says so, with the contact, and the citizen tries again', async () => {
      const el = await zmsWidget({ zms: 'captcha-refuse' });
      await upToRathausCaptcha(el);
      shadow<HTMLInputElement>(el, '#captcha-check')!.click();
      const problem = await problemShown(el, '#captcha-problem');
      expect(problem.textContent).to.contain('Die Sicherheitsabfrage hat nicht geklappt');
      // No empty status line between the checkbox and the problem: the box follows closely.
      const checkRow = shadow(el, '#captcha-check')!.closest('.field')!;
      expect(
        problem.getBoundingClientRect().top - checkRow.getBoundingClientRect().bottom,
      ).to.be.below(24);
      expect(shadow(el, '#captcha-status')!.getAttribute('role')).to.equal('status');
      expect(problem.querySelector('a[href="tel:023242040"]')).to.exist;
      expectFocused(el, problem);
      expect(shadow<HTMLInputElement>(el, '#captcha-check')!.checked).to.equal(false);
      await expect(el).to.be.accessible();
      const again = [...problem.querySelectorAll('button')].find((button) =>
        button.textContent!.includes('Erneut versuchen'),
      )!;
      again.click();
      await slotsShown(el);
      expect(shadow(el, '.day.free')).to.exist;
    });
  });

  describe('the captcha in English (lang="en")', () => {
    /** `<registry-booking api="zms">` on an English page, mock scenario `zms`, at the step. */
    async function englishCaptcha(zms: string): Promise<RegistryBooking> {
      const el = await zmsWidget({ zms }, 'en');
      await upToRathausCaptcha(el);
      await waitUntil(
        () => shadow(el, '#captcha-title')?.textContent?.trim() === 'Security check',
        'the step is not in English',
      );
      return el;
    }

    it('the step and its failure, as the citizen reads them; trying again opens the calendar', async () => {
      const el = await englishCaptcha('captcha-refuse');
      const step = shadow(el, '[part="captcha"]')!;
      expect(shadow(el, '#captcha-hint')!.textContent!.trim()).to.equal(
        'To stop automated programs from taking appointments, your device solves a small calculation. You do not need to type anything.',
      );
      expect(shadow(el, 'label[for="captcha-check"]')!.textContent!.trim()).to.equal(
        'I am not a robot',
      );
      expect(step.textContent).not.to.contain('Sicherheitsabfrage');
      await expect(el).to.be.accessible();

      shadow<HTMLInputElement>(el, '#captcha-check')!.click();
      const problem = await problemShown(el, '#captcha-problem');
      expect(problem.querySelector('p')!.textContent!.trim()).to.equal(
        'The security check did not work. Please try again, or make your appointment by phone or e-mail.',
      );
      expect(problem.querySelector('a[href="tel:023242040"]')).to.exist;
      const again = [...problem.querySelectorAll('button')].find(
        (button) => button.textContent!.trim() === 'Try again',
      );
      expect(again, 'no "Try again" button').to.exist;
      expect(problem.textContent).not.to.contain('Noch einmal');
      expectFocused(el, problem);
      await expect(el).to.be.accessible();
      again!.click();
      await slotsShown(el);
      expect(shadow(el, '.day.free')).to.exist;
    });

    it('lapsed when sending: what the form says, the hint before checking, and "passed"', async () => {
      const el = await englishCaptcha('captcha-expired');
      shadow<HTMLInputElement>(el, '#captcha-check')!.click();
      await slotsShown(el);
      await dayTimeAndData(el, '10001', NOV_3_0800);
      // The citizen sends the form as they read it, in English: English is shown once every
      // message table has its English (src/core/i18n.ts), the form's own comes with its chunk.
      await waitUntil(
        () => shadow(el, '[part="form"] legend')?.textContent?.trim() === 'Your details',
        'the form never spoke English',
      );
      await submit(el);
      const problem = await problemShown(el, '[part="form"] [part="captcha"] #captcha-lapsed');
      expect(problem.textContent!.trim()).to.equal(
        'The security check has expired; the appointment has not been booked yet. Please complete the security check again, then send again; your details are kept.',
      );
      expect(shadow(el, '[part="form"] #captcha-title')!.textContent!.trim()).to.equal(
        'Security check',
      );
      // Sending before the check: checked in the browser, nothing goes out, it says why.
      await submit(el);
      await el.updateComplete;
      expect(shadowText(el))
        .to.contain('Please confirm the security check first.')
        .and.not.contain('Bitte bestätigen Sie zuerst');
      shadow<HTMLInputElement>(el, '[part="form"] #captcha-check')!.click();
      await waitUntil(
        () => shadow(el, '#captcha-status')?.textContent?.trim() === 'Security check passed.',
        'never said "Security check passed." in English',
        { timeout: 15000 },
      );
      await submit(el);
      await confirmed(el);
      expect(await processesOf(runOf(el))).to.have.length(1);
    });
  });

  describe('maps the API’s error codes to what to do next, keeping every field', () => {
    it('appointmentNotAvailable: the time is gone, choose another', async () => {
      const el = await zmsWidget({ zms: 'slot-gone' });
      const problem = await bookUntilProblem(el, '[part="times"] [part="error"]');
      expect(problem.textContent).to.contain('Diese Uhrzeit wurde gerade vergeben');
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
      expect(await processesOf(runOf(el))).to.have.length(0);
    });

    it('processNotReservedAnymore: the reservation lapsed, choose a time again', async () => {
      const el = await zmsWidget({ zms: 'expired' });
      const problem = await bookUntilProblem(el, '[part="times"] [part="error"]');
      expect(problem.textContent).to.contain('Ihre Reservierung ist abgelaufen');
      expect(shadow<HTMLInputElement>(el, '[name="email"]')!.value).to.equal('anna@example.org');
    });

    it('invalidCustomTextfield: at the free text, which ZMS receives as its customTextfield', async () => {
      // The Bürgerbüro Welper's scope requires its free text (`customTextfieldRequired`), at most
      // 250 characters: the form checks that it is there, ZMS how long it is.
      const el = await zmsWidget({ zms: 'notes-required' });
      await upToZmsForm(el, '10002', NOV_3_1400);
      fill(el, { notes: 'x'.repeat(251) });
      await submit(el);
      await problemShown(el, '#err-notes');
      expect(shadow(el, '#err-notes')!.textContent).to.contain(
        'Der gewählte Ort braucht diese Angabe',
      );
      expectFocused(el, shadow(el, '[name="notes"]')!);
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
      fill(el, { notes: 'Aktenzeichen 12/345' });
      // The same reservation, completed: one process, with the free text.
      expect(await submitUntilBooked(el)).to.include({
        status: 'preconfirmed',
        customTextfield: 'Aktenzeichen 12/345',
      });
    });

    it('invalidTelephone: at the phone number, keeping every field', async () => {
      const el = await zmsWidget({ zms: 'office-fields' });
      await upToZmsForm(el, '10002', NOV_3_1400);
      fill(el, { phone: '12 34', notes: 'Aktenzeichen 12/345' });
      await submit(el);
      await problemShown(el, '#err-phone');
      expect(shadow(el, '#err-phone')!.textContent).to.contain(
        'Telefonnummer aus 7 bis 15 Ziffern',
      );
      expectFocused(el, shadow(el, '[name="phone"]')!);
      expect(shadow<HTMLTextAreaElement>(el, '[name="notes"]')!.value).to.equal(
        'Aktenzeichen 12/345',
      );
      fill(el, { phone: '(02324) 204-0' });
      // The same reservation; the number as ZMS takes it (digits only).
      expect(await submitUntilBooked(el)).to.include({
        status: 'preconfirmed',
        telephone: '023242040',
      });
    });

    it('disabledByServices: an office is not offered for those services', async () => {
      const el = await zmsWidget({ zms: 'disabled-by-service' });
      await click(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`);
      await slotsShown(el);
      // Its relation names the Bürgerbüro Welper too, but its own list hides it for this service.
      expect(shadow(el, 'input[name="place"][value="10002"]')).to.equal(null);
      expect(shadowText(el)).not.to.contain('Bürgerbüro Welper');
    });

    it('tooManyAppointmentsWithSameMail: at the e-mail field', async () => {
      const el = await zmsWidget({ zms: 'same-mail' });
      await bookUntilProblem(el, '#err-email');
      expect(shadow(el, '#err-email')!.textContent).to.contain(
        'Mit dieser E-Mail-Adresse können Sie keine weiteren Termine buchen',
      );
      expectFocused(el, shadow(el, '[name="email"]')!);
    });

    it('rateLimitExceeded: wait, then send again, with the contact', async () => {
      const el = await zmsWidget({ zms: 'rate-limit' });
      const problem = await bookUntilProblem(el, '[part="form"] [part="error"]');
      expect(problem.textContent).to.contain('Gerade kommen sehr viele Anfragen an');
      expect(problem.querySelector('a[href="tel:023242040"]')).to.exist;
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
    });
  });

  describe('what it keeps to say follows a switch of the language (lang="en" set later)', () => {
    /** Sets lang="en" on the widget; resolves once `selector` reads `english`. */
    async function switchToEnglish(
      el: RegistryBooking,
      selector: string,
      english: string,
    ): Promise<void> {
      el.setAttribute('lang', 'en');
      await waitUntil(
        () => shadow(el, selector)?.textContent?.trim() === english,
        `${selector} never read "${english}"`,
      );
    }

    /** ZMS's refusals: where the problem shows, its German start and its whole English text. */
    const refusals = [
      {
        title: 'rateLimitExceeded: the problem of the form',
        zms: 'rate-limit',
        at: '[part="form"] [part="error"]',
        german: 'Gerade kommen sehr viele Anfragen an',
        english:
          'We are receiving a very large number of requests right now. Please wait a moment, then send again; your details are kept.',
      },
      {
        title: 'tooManyAppointmentsWithSameMail: the error at the e-mail field',
        zms: 'same-mail',
        at: '#err-email',
        german: 'Mit dieser E-Mail-Adresse können Sie keine weiteren Termine buchen',
        english:
          'You cannot book any more appointments with this e-mail address. Please cancel another appointment first.',
      },
      {
        title: 'processNotReservedAnymore: why the time went away, above the times',
        zms: 'expired',
        at: '[part="times"] [part="error"]',
        german: 'Ihre Reservierung ist abgelaufen',
        english:
          'Your reservation has expired; the appointment was not booked. Please choose a time again; your details are kept.',
      },
    ];
    for (const { title, zms, at, german, english } of refusals) {
      it(title, async () => {
        const el = await zmsWidget({ zms });
        const problem = await bookUntilProblem(el, at);
        expect(problem.textContent).to.contain(german);
        await switchToEnglish(el, '[part="form"] legend', 'Your details');
        // The error block's sentence is in its <p>; the field error is the element itself.
        const sentence = shadow(el, `${at} p`) ?? shadow(el, at)!;
        expect(sentence.textContent!.trim()).to.equal(english);
      });
    }

    it('booked: "confirm with the link in the e-mail" in the confirmation', async () => {
      const el = await zmsWidget();
      await upToZmsForm(el, '10002', NOV_3_1400);
      await submit(el);
      const done = await confirmed(el);
      expect(done.textContent).to.contain('Wir haben Ihnen eine E-Mail an anna@example.org');
      await switchToEnglish(el, '#done-title', 'Almost done: please confirm your appointment');
      expect(shadow(el, '[part="confirmation"]')!.textContent)
        .to.contain(
          'We have sent an e-mail to anna@example.org. Please confirm the appointment with the link in it within 60 minutes; otherwise it will lapse.',
        )
        .and.not.contain('Wir haben Ihnen');
    });

    it('the captcha lapsed: "confirm the security check first" when sending again', async () => {
      const el = await zmsWidget({ zms: 'captcha-expired' });
      await sendUntilCaptchaLapsed(el);
      // Sending before the check: checked in the browser, it says why.
      await submit(el);
      const problem = await problemShown(el, '[part="form"] #problem');
      expect(problem.textContent).to.contain('Bitte bestätigen Sie zuerst die Sicherheitsabfrage.');
      await switchToEnglish(el, '[part="form"] legend', 'Your details');
      await waitUntil(
        () => shadow(el, '[part="form"] #captcha-title')?.textContent?.trim() === 'Security check',
        'the captcha step never spoke English',
      );
      expect(shadow(el, '[part="form"] #problem')!.textContent!.trim()).to.equal(
        'Please confirm the security check first.',
      );
    });
  });

  describe('the phone number and the free text, as each office’s scope asks for them', () => {
    const label = (el: RegistryBooking, name: string) =>
      shadow(el, `label[for="f-${name}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    const field = (el: RegistryBooking, name: string) =>
      shadow<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);

    it('required, under the office’s label: checked before anything is reserved, then booked', async () => {
      // The Bürgerbüro Welper: phone required, free text required, labelled "Aktenzeichen".
      const el = await zmsWidget({ zms: 'office-fields' });
      await upToZmsForm(el, '10002', NOV_3_1400);
      expect(label(el, 'phone')).to.equal('Telefonnummer');
      expect(label(el, 'notes')).to.equal('Aktenzeichen');
      expect(field(el, 'phone')!.required).to.equal(true);
      expect(field(el, 'notes')!.required).to.equal(true);
      await expect(el).to.be.accessible();

      await submit(el);
      await problemShown(el, '#err-notes');
      expect(shadow(el, '#err-phone')!.textContent).to.contain(
        'Bitte geben Sie eine Telefonnummer aus 7 bis 15 Ziffern an.',
      );
      expect(shadow(el, '#err-notes')!.textContent).to.contain(
        'Der gewählte Ort braucht diese Angabe',
      );
      expect(field(el, 'notes')!.getAttribute('aria-describedby')).to.equal('err-notes');
      expectFocused(el, field(el, 'phone')!);
      // Nothing was sent: no time is held for a form that is not complete.
      expect(await processesOf(runOf(el))).to.have.length(0);

      fill(el, { phone: '+49 2324 2040', notes: 'Aktenzeichen 12/345' });
      expect(await submitUntilBooked(el)).to.include({
        status: 'preconfirmed',
        telephone: '+4923242040',
        customTextfield: 'Aktenzeichen 12/345',
      });
    });

    it('not asked for: not shown, and what was typed for another office not sent', async () => {
      // Typed at the Welper, then the Bürgerbüro im Rathaus chosen, which asks for neither.
      const el = await zmsWidget({ zms: 'office-fields' });
      await upToZmsForm(el, '10002', NOV_3_1400);
      fill(el, { phone: '023242040', notes: 'Aktenzeichen 12/345' });
      await click(el, 'input[name="place"][value="10001"]');
      await slotsShown(el);
      await dayTimeAndData(el, '10001', NOV_3_0800);
      expect(field(el, 'phone')).to.equal(null);
      expect(field(el, 'notes')).to.equal(null);
      expect(shadowText(el)).not.to.contain('Anmerkungen');
      await expect(el).to.be.accessible();
      expect(await submitUntilBooked(el)).to.include({
        status: 'preconfirmed',
        telephone: '',
        customTextfield: '',
      });
    });

    it('the usual fields where the scope does not say (own contract, or an older ZMS)', async () => {
      const el = await zmsWidget();
      await upToZmsForm(el, '10002', NOV_3_1400);
      // The mock's usual scope: an optional phone number, no free text.
      expect(label(el, 'phone')).to.equal('Telefonnummer (optional)');
      expect(field(el, 'phone')!.required).to.equal(false);
      expect(field(el, 'notes')).to.equal(null);
    });
  });

  it('never reserves twice: a retry after a failed update continues with the same process', async () => {
    const el = await zmsWidget({ zms: 'fail-update' });
    const problem = await bookUntilProblem(el, '[part="form"] [part="error"]');
    expect(problem.textContent).to.contain('Die Terminbuchung wird gerade gewartet');
    expect(await processesOf(runOf(el))).to.have.length(1);
    problem.querySelector<HTMLButtonElement>('.actions button')!.click();
    await confirmed(el);
    const processes = await processesOf(runOf(el));
    expect(processes).to.have.length(1);
    expect(processes[0]).to.include({ status: 'preconfirmed', familyName: 'Anna Beispiel' });
  });

  it('continues its reservation after a reload while the booking was on its way: one process', async () => {
    // The time is reserved, the update fails (503): the booking waits for a retry, and the page
    // is reloaded. Reserved again, the time would be the citizen's twice (or "no longer
    // available"), and an activation e-mail of the first process may be on its way.
    const first = await zmsWidget({ zms: 'fail-update' });
    await bookUntilProblem(first, '[part="form"] [part="error"]');
    expect(await processesOf(runOf(first))).to.have.length(1);
    const endpoint = first.endpoint!;
    first.remove();
    const el = await zmsWidget({}, undefined, endpoint);
    // Nothing chosen again by hand: the form sends again and continues the same process.
    const confirmation = await confirmed(el);
    expect(confirmation.textContent).to.contain('14:00');
    const processes = await processesOf(runOf(el));
    expect(processes).to.have.length(1);
    expect(processes[0]).to.include({ status: 'preconfirmed', familyName: 'Anna Beispiel' });
  });

  describe('what the real ZMS answers to a repeated request (a lenient mock never did)', () => {
    /** Whether the tab still keeps a ZMS reservation for a reload (zms-kept-reservation.ts). */
    const keptReservation = () =>
      Object.keys(sessionStorage).some((key) =>
        key.startsWith('civic-widgets:registry-booking:zms-reservation:'),
      );

    // ZMS sets `preconfirmed` and e-mails the activation link in one request
    // (zmscitizenapi AppointmentPreconfirmService); a second preconfirm of that process is
    // refused, 409 processNotReservedAnymore (zmsbackend ProcessPreconfirm: status not `reserved`).
    it('preconfirmed, its answer lost: "Erneut senden" shows the confirmation, never a second booking', async () => {
      const el = await zmsWidget({ zms: 'lose-preconfirm' });
      await bookUntilProblem(el, '[part="form"] [part="error"]');
      expect(shadowText(el)).to.contain('Ihre Anfrage konnte gerade nicht übermittelt werden');
      // The citizen types another address before sending again: ZMS has mailed the first one.
      fill(el, { email: 'anna.b@example.org' });
      await submit(el);
      const done = await confirmed(el);
      expect(done.textContent)
        .to.contain('Fast geschafft: Bitte bestätigen Sie Ihren Termin')
        .and.contain('Wir haben Ihnen eine E-Mail an anna@example.org geschickt');
      expect(shadowText(el)).not.to.contain('abgelaufen');
      const processes = await processesOf(runOf(el));
      expect(processes).to.have.length(1);
      // Not sent again to the booked process, whose data ZMS would overwrite (ProcessUpdate).
      expect(processes[0]).to.include({ status: 'preconfirmed', email: 'anna@example.org' });
      expect(keptReservation()).to.equal(false);
    });

    it('preconfirmed, its answer lost, the page reloaded: the resumed send shows the confirmation', async () => {
      const first = await zmsWidget({ zms: 'lose-preconfirm' });
      await bookUntilProblem(first, '[part="form"] [part="error"]');
      const endpoint = first.endpoint!;
      first.remove();
      const el = await zmsWidget({}, undefined, endpoint);
      const done = await confirmed(el);
      expect(done.textContent)
        .to.contain('Fast geschafft: Bitte bestätigen Sie Ihren Termin')
        .and.contain('14:00');
      expect(shadowText(el)).not.to.contain('abgelaufen');
      expect(await processesOf(runOf(el))).to.have.length(1);
    });

    it('preconfirmed, its answer lost, confirmed from the e-mail meanwhile: "Ihr Termin ist gebucht"', async () => {
      const el = await zmsWidget({ zms: 'lose-preconfirm' });
      await bookUntilProblem(el, '[part="form"] [part="error"]');
      // The activation e-mail came anyway, and the citizen followed its link in another tab.
      const [process] = await processesOf(runOf(el));
      const confirm = await fetch(
        `/api/citizen/confirm-appointment/?run=${encodeURIComponent(runOf(el))}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ processId: process!.processId, authKey: process!.authKey }),
        },
      );
      expect(confirm.status).to.equal(200);
      await submit(el);
      const done = await confirmed(el);
      expect(shadow(el, '#done-title')!.textContent).to.contain('Ihr Termin ist gebucht');
      expect(done.textContent).not.to.contain('Wir haben Ihnen eine E-Mail');
      expect(shadowText(el)).not.to.contain('abgelaufen');
      const processes = await processesOf(runOf(el));
      expect(processes).to.have.length(1);
      expect(processes[0]!.status).to.equal('confirmed');
    });

    // A second confirm is refused, 409 processNotPreconfirmedAnymore (zmsbackend ProcessConfirm:
    // status neither `preconfirmed` nor `reserved`).
    it('the activation link opened again: the confirmed appointment, not "noch nicht bestätigt"', async () => {
      const el = await zmsWidget();
      await upToZmsForm(el, '10002', NOV_3_1400);
      const process = await submitUntilBooked(el);
      const link = processHash(process, true);
      const opened = await openFromLink(el, link);
      expect(shadow(opened, '[part="appointment"]')!.textContent).to.contain(
        'Ihr Termin ist bestätigt',
      );
      // The link has done its work: the page's address names the appointment to view, so a
      // reload shows it instead of confirming it again.
      expect(location.hash).to.equal(processHash(process));
      opened.remove();

      // The link in the e-mail followed a second time.
      const again = await openFromLink(el, link);
      expect(shadow(again, '[part="appointment"]')!.textContent)
        .to.contain('Ihr Termin ist bestätigt')
        .and.contain('14:00\u00a0Uhr');
      expect(shadowText(again)).not.to.contain('noch nicht bestätigt');
      expect(location.hash).to.equal(processHash(process));
      expect((await processesOf(runOf(el)))[0]!.status).to.equal('confirmed');
      await expect(again).to.be.accessible();
    });

    // ZMS's cleanup DELETEs a reservation whose time is over (zmsbackend
    // ReservedDataDeleteByCron): ZMS then answers appointmentNotFound (ProcessNotFound, 404).
    it('the held reservation deleted by ZMS: lapsed, forgotten, and the time books afresh', async () => {
      const el = await zmsWidget({ zms: 'reservation-deleted' });
      const failed = await bookUntilProblem(el, '[part="form"] [part="error"]');
      expect(failed.textContent).to.contain('Die Terminbuchung wird gerade gewartet');
      expect(keptReservation()).to.equal(true);
      failed.querySelector<HTMLButtonElement>('.actions button')!.click();
      const problem = await problemShown(el, '[part="times"] [part="error"]');
      expect(problem.textContent).to.contain('Ihre Reservierung ist abgelaufen');
      expect(keptReservation()).to.equal(false);
      expect(shadow<HTMLInputElement>(el, '[name="email"]')!.value).to.equal('anna@example.org');
      // The time is free again: chosen again once the month is read again, it is reserved
      // afresh and booked.
      await slotsShown(el);
      await dayTimeAndData(el, '10002', NOV_3_1400);
      await submit(el);
      await confirmed(el);
      const processes = await processesOf(runOf(el));
      expect(processes).to.have.length(1);
      expect(processes[0]).to.include({ status: 'preconfirmed', timestamp: NOV_3_1400 });
    });
  });

  it('shows the contact fallback when the API is under maintenance', async () => {
    const el = await fixture<RegistryBooking>(
      html`<registry-booking
        api="zms"
        endpoint=${uniqueUrl('/api/citizen/', { zms: 'maintenance' })}
        contact-phone=${contact.phone}
      ></registry-booking>`,
    );
    await waitForState(el, 'fallback');
    expect(shadow(el, '[part="contact"] a[href="tel:023242040"]')).to.exist;
  });
});
