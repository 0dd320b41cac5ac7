// Issue 12 §3: focus never falls to <body>. Every button of the reporter that replaces what is on
// screen, pressed by keyboard, leaves the focus on the new content's heading: the step's (or
// the confirmation's) heading box, `#dr-step`, which holds the progress and the heading.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shadow, shadowAll, waitForState } from '../helpers.js';
import {
  addPhotos,
  choose,
  clearStoredReports,
  completeReport,
  configUrl,
  describeProblem,
  exifPhoto,
  fill,
  next,
  reportLeftInOutbox,
  reporter,
  send,
  waitForStep,
  goTo,
} from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

/** Focuses the button as Tab would and presses Enter on it. */
async function press(el: DefectReporter, button: HTMLElement | null): Promise<void> {
  expect(button, 'the button to press').to.exist;
  button!.focus();
  expect(el.shadowRoot!.activeElement).to.equal(button);
  await sendKeys({ press: 'Enter' });
}

const focused = (el: DefectReporter) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Waits until the focus is on the heading box of what is now shown (never on <body>). */
async function expectFocusOnHeading(el: DefectReporter, heading: string): Promise<void> {
  await waitUntil(
    () => focused(el)?.id === 'dr-step' && focused(el)!.textContent!.includes(heading),
    `focus not on the heading "${heading}" but on ${
      document.activeElement === document.body ? '<body>' : focused(el)?.outerHTML
    }`,
    { timeout: 8000 },
  );
  await el.updateComplete;
  expect(document.activeElement).to.equal(el);
  expect(focused(el)!.querySelector('[role="heading"]')!.textContent).to.contain(heading);
}

const buttonNamed = (el: DefectReporter, text: string) =>
  shadowAll<HTMLButtonElement>(el, 'button').find((button) => button.textContent!.includes(text)) ??
  null;

describe('<defect-reporter> keeps the focus when it replaces content', () => {
  beforeEach(clearStoredReports);

  it('"Weiter", "Zurück" and "Ändern" put the focus on the new step\'s heading', async () => {
    const el = await reporter(configUrl().url);
    await waitForState(el, 'ready');
    await waitForStep(el, 'category');
    await choose(el, 'strassenschaden');
    await press(el, shadow(el, '#dr-next'));
    await waitForStep(el, 'location');
    await expectFocusOnHeading(el, 'Wo ist es?');
    await press(el, shadow(el, '#dr-back'));
    await waitForStep(el, 'category');
    await expectFocusOnHeading(el, 'Was möchten Sie melden?');
    await next(el);
    await completeReportFromLocation(el);
    await press(el, shadow(el, '#dr-change-location'));
    await waitForStep(el, 'location');
    await expectFocusOnHeading(el, 'Wo ist es?');
  });

  it('"Weiteren Mangel melden" after the confirmation puts the focus on the first step\'s heading', async () => {
    const el = await reporter(configUrl().url);
    await completeReport(el);
    await send(el);
    await expectFocusOnHeading(el, 'Vielen Dank');
    await press(el, shadow(el, '#dr-another'));
    await waitForStep(el, 'category');
    await expectFocusOnHeading(el, 'Was möchten Sie melden?');
  });

  it('"Jetzt senden" after a failed send puts the focus on the confirmation\'s heading', async () => {
    const { el } = await reportLeftInOutbox();
    await press(el, shadow(el, '#dr-send-now'));
    await waitUntil(() => shadow(el, '.reference'), 'not sent on retry', {
      timeout: 8000,
    });
    await expectFocusOnHeading(el, 'Vielen Dank');
  });

  it('"Jetzt senden" for a saved report while writing another puts the focus on the step\'s heading', async () => {
    // The button goes with the last report it sent; the focus fell to <body>.
    const { el } = await reportLeftInOutbox();
    await press(el, shadow(el, '#dr-another'));
    await waitForStep(el, 'category');
    await press(el, shadow(el, '#dr-send-now'));
    await waitUntil(() => shadow(el, '.notice.ok'), 'no note that it was sent', { timeout: 8000 });
    await waitUntil(() => !shadow(el, '#dr-send-now'), '"Jetzt senden" stays');
    await expectFocusOnHeading(el, 'Was möchten Sie melden?');
  });

  it('"Per E-Mail gesendet" in the outbox keeps the focus on the saved note\'s heading', async () => {
    const { el } = await reportLeftInOutbox();
    await press(el, buttonNamed(el, 'Per E-Mail gesendet'));
    await waitUntil(() => !shadow(el, '[part="outbox"]'), 'the outbox entry stays');
    await expectFocusOnHeading(el, 'Ihre Meldung ist gespeichert');
  });

  it("deleting and continuing an offered draft put the focus on the step's heading", async () => {
    const { url } = configUrl();
    // Two open at once: each writes a draft of its own (alone, the second would restore the first).
    const writers = [await reporter(url), await reporter(url)];
    const texts = ['Erster Entwurf: Ampel aus.', 'Zweiter Entwurf: Bank kaputt.'];
    for (const [index, writer] of writers.entries()) {
      await waitForState(writer, 'ready');
      await describeProblem(writer, { description: texts[index] });
    }
    for (const writer of writers) writer.remove();
    const el = await reporter(url);
    await waitForState(el, 'ready');
    await waitUntil(() => shadowAll(el, '[data-draft]').length === 2, 'two drafts not offered');
    await press(el, buttonNamed(el, 'Entwurf löschen'));
    await waitUntil(() => shadowAll(el, '[data-draft]').length === 1, 'draft not deleted');
    await expectFocusOnHeading(el, 'Was möchten Sie melden?');
    await press(el, buttonNamed(el, 'Diesen Entwurf fortsetzen'));
    await waitForStep(el, 'description');
    await expectFocusOnHeading(el, 'Beschreibung');
  });

  it("removing the only photo puts the focus on the step's heading", async () => {
    const el = await reporter(configUrl().url);
    await waitForState(el, 'ready');
    await describeProblem(el);
    await next(el);
    await waitForStep(el, 'photos');
    await addPhotos(el, [await exifPhoto(640, 480)]);
    await press(el, buttonNamed(el, 'Foto 1 entfernen'));
    await waitUntil(() => !shadow(el, '.thumbs img'), 'photo not removed');
    await expectFocusOnHeading(el, 'Fotos');
  });
});

/** From the location step to the review, as a citizen fills it. */
async function completeReportFromLocation(el: DefectReporter): Promise<void> {
  await waitForStep(el, 'location');
  await fill(el, 'address', 'Bahnhofstraße 12');
  await goTo(el, 'description');
  await fill(el, 'description', 'Tiefes Schlagloch vor Hausnummer 12.');
  await goTo(el, 'photos', 'contact', 'review');
}
