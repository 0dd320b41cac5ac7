// <defect-reporter api="open311"> with service definitions (GeoReport v2 `metadata`), against
// the contract-faithful mock server demo/mock/open311-city.mjs over real HTTP: the questions
// from the moment a category is chosen to what the server received.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { shadow, shadowAll, shadowText, uniqueUrl, waitForState } from '../helpers.js';
import {
  clearStoredReports,
  click,
  contact,
  describeProblem,
  fill,
  next,
  open311Reporter,
  step,
  waitForStep,
  goTo,
} from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

interface City {
  el: DefectReporter;
  run: string;
}

/** A reporter speaking to the mock city (`city=`: its scenario), with a run of its own. */
async function cityReporter(
  params: Record<string, string> = {},
  { phone = false } = {},
): Promise<City> {
  const endpoint = uniqueUrl('/api/open311-city/', params);
  const el = await open311Reporter(endpoint, { phone });
  return { el, run: new URL(endpoint, location.href).searchParams.get('run')! };
}

/** What POST requests.json received in `run`, each as its [name, value] pairs in order. */
async function receivedPairs(run: string): Promise<[string, string][][]> {
  return (
    await fetch(`/api/open311-city/_received?run=${encodeURIComponent(run)}`)
  ).json() as Promise<[string, string][][]>;
}

/** Category, place and description, up to the description step with its questions. */
async function toQuestions(el: DefectReporter, service: string): Promise<void> {
  await waitForState(el, 'ready');
  await describeProblem(el, { category: service, description: 'Tiefes Loch vor Hausnummer 12.' });
}

/** The questions have arrived (or their failure note). */
async function questionsShown(el: DefectReporter): Promise<void> {
  await waitUntil(
    () => shadow(el, 'fieldset.attributes, #dr-definition-failed'),
    `no questions: ${shadowText(el)}`,
  );
  await el.updateComplete;
}

/** From the step after the questions to the review (no photo step without open311-media). */
async function toReview(el: DefectReporter): Promise<void> {
  await waitForStep(el, 'contact');
  await next(el);
  await waitForStep(el, 'review');
}

async function sendAndWait(el: DefectReporter): Promise<void> {
  await next(el);
  await waitUntil(
    () => shadow(el, '[part="result"]') || shadow(el, '#e-general') || step(el) !== 'review',
    'no outcome of the send',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

const focused = (el: DefectReporter) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Checks or types an answer as a citizen would (one input event). */
async function answer(el: DefectReporter, selector: string, value?: string): Promise<void> {
  const control = shadow<HTMLInputElement>(el, selector);
  expect(control, selector).to.exist;
  if (value === undefined) control!.click();
  else {
    control!.value = value;
    control!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

/** A pothole (service 101) with only its depth answered (not where it lies), sent. */
async function sendPotholeWithDepth(el: DefectReporter): Promise<void> {
  await toQuestions(el, '101');
  await questionsShown(el);
  await answer(el, '#f-attr-depth', '20');
  await next(el);
  await toReview(el);
  await sendAndWait(el);
}

describe('<defect-reporter api="open311"> service definitions', () => {
  beforeEach(async () => {
    await clearStoredReports();
  });

  it('blocks the review until a required question is answered, shows the answers, and sends them', async () => {
    const { el, run } = await cityReporter();
    await toQuestions(el, '101');
    await questionsShown(el);
    // The question with its hint; the optional one says so.
    expect(shadow(el, 'label[for="f-attr-depth"]')!.textContent).to.contain(
      'Wie tief ist das Loch?',
    );
    expect(shadowText(el)).to.contain('in Zentimetern, geschätzt');
    expect(shadow(el, 'fieldset.attributes fieldset legend')!.textContent).to.contain('(optional)');
    await expect(el).to.be.accessible();

    await next(el);
    // Still the description step, the citizen is at the question with a German message.
    expect(step(el)).to.equal('description');
    await waitUntil(() => focused(el)?.id === 'f-attr-depth', 'focus not at the question');
    expect(shadow(el, '#f-attr-depth-error')!.textContent).to.contain(
      'Bitte beantworten Sie diese Frage: Wie tief ist das Loch?',
    );
    expect(shadow(el, '#f-attr-depth')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await answer(el, '#f-attr-depth', '12,5');
    await answer(el, 'input[name="attribute[position]"][value="bike"]');
    expect(shadow(el, '#f-attr-depth-error')).to.equal(null);
    await next(el);
    await toReview(el);
    const answers = shadow(el, '#dr-answers')!.textContent!.replace(/\s+/g, ' ');
    expect(answers).to.contain('Wie tief ist das Loch? 12,5');
    expect(answers).to.contain('Wo liegt das Loch? Radweg');
    await expect(el).to.be.accessible();

    await sendAndWait(el);
    expect(shadow(el, '[part="result"]')!.textContent).to.contain('Vielen Dank');
    const [pairs] = await receivedPairs(run);
    expect(pairs).to.deep.include.members([
      ['service_code', '101'],
      ['attribute[depth]', '12.5'],
      ['attribute[position]', 'bike'],
    ]);
  });

  it('sends a multi-value list as repeated attribute[code][] keys; information is text, not a field', async () => {
    const { el, run } = await cityReporter();
    await toQuestions(el, '102');
    await questionsShown(el);
    const attributes = shadow(el, 'fieldset.attributes')!;
    expect(attributes.textContent).to.contain('Besteht akute Gefahr');
    expect(shadow(el, '[name="attribute[danger_note]"]')).to.equal(null);
    expect(shadowAll(el, 'input[type="checkbox"][name="attribute[damage]"]')).to.have.length(4);
    expect(shadow<HTMLInputElement>(el, '#f-attr-since')!.type).to.equal('datetime-local');
    expect(shadow(el, 'textarea[name="attribute[access]"]')).to.exist;
    await answer(el, 'input[name="attribute[damage]"][value="1"]');
    await answer(el, 'input[name="attribute[damage]"][value="3"]');
    await next(el);
    await toReview(el);
    expect(shadow(el, '#dr-answers')!.textContent).to.contain(
      'Ast abgebrochen, Wurzeln heben den Weg',
    );
    await sendAndWait(el);
    expect(shadow(el, '[part="result"]')).to.exist;
    const [pairs] = await receivedPairs(run);
    expect(pairs.filter(([name]) => name.startsWith('attribute['))).to.deep.equal([
      ['attribute[damage][]', '1'],
      ['attribute[damage][]', '3'],
    ]);
  });

  it('offers a select for a list above seven choices', async () => {
    const { el } = await cityReporter();
    await toQuestions(el, '103');
    await questionsShown(el);
    const select = shadow<HTMLSelectElement>(el, 'select#f-attr-kind')!;
    expect(select.options).to.have.length(10);
    expect(shadowAll(el, 'input[type="radio"][name="attribute[kind]"]')).to.have.length(0);
  });

  it('lands on the question a 400 names, in German, without the validator’s lines; not in the outbox', async () => {
    const { el, run } = await cityReporter({ city: 'position-required' });
    await sendPotholeWithDepth(el);
    await waitForStep(el, 'description');
    await waitUntil(
      () => focused(el)?.getAttribute('name') === 'attribute[position]',
      `focus at ${focused(el)?.outerHTML}`,
    );
    const text = shadowText(el);
    expect(text).to.contain(
      'Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: Wo liegt das Loch?',
    );
    expect(text).not.to.contain('Failed //rec');
    expect(shadowAll(el, '[part="outbox"] li')).to.have.length(0);
    await expect(el).to.be.accessible();
    // Answered, it goes through.
    await answer(el, 'input[name="attribute[position]"][value="road"]');
    await next(el);
    await toReview(el);
    await next(el);
    await waitUntil(() => shadow(el, '[part="result"]'), `not sent: ${shadowText(el)}`, {
      timeout: 8000,
    });
    const attempts = await receivedPairs(run);
    expect(attempts).to.have.length(2);
    expect(attempts[1]).to.deep.include(['attribute[position]', 'road']);
  });

  it('marks nothing in the report being written when a report from the outbox is refused, and says why in the language of the moment', async () => {
    // The first report waits in the outbox (503), and is refused for its unanswered position
    // (400 naming attribute[position]) while the citizen writes the next one for the same service.
    const { el } = await cityReporter({ city: 'post-fail-once,position-required' });
    await sendPotholeWithDepth(el);
    expect(shadowText(el)).to.contain('gespeichert');
    await click(el, '#dr-another');
    await toQuestions(el, '101');
    await questionsShown(el);
    await click(el, '#dr-send-now');
    await waitUntil(
      () => shadow(el, '[part="outbox"] li .error'),
      `the outbox report was not refused: ${shadowText(el)}`,
      { timeout: 8000 },
    );
    await el.updateComplete;
    // Its entry says why.
    expect(shadow(el, '[part="outbox"] li .error')!.textContent).to.contain(
      'Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: Wo liegt das Loch?',
    );
    const position = shadow<HTMLInputElement>(el, 'input[name="attribute[position]"]')!;
    expect(position.getAttribute('aria-invalid')).to.equal('false');
    expect(shadow(el, 'fieldset.attributes')!.textContent).not.to.contain(
      'Die Stadt konnte diese Angabe nicht annehmen',
    );
    expect(step(el)).to.equal('description');
    // Why, after lang="en" set later (the question's name is the server's own text), and back.
    const why = () =>
      shadow(el, '[part="outbox"] li .error')!.textContent!.replace(/\s+/g, ' ').trim();
    el.setAttribute('lang', 'en');
    const english =
      'The report was not accepted: The city could not accept this answer. Please check it: Wo liegt das Loch?';
    await waitUntil(() => why() === english, `not in English: "${why()}"`);
    el.setAttribute('lang', 'de');
    await waitUntil(() => why().startsWith('Die Meldung wurde nicht angenommen: Die Stadt'), why());
  });

  it('a report refused from the outbox while "gespeichert" shows comes back at the question it names', async () => {
    const { el } = await cityReporter({ city: 'post-fail-once,position-required' });
    await sendPotholeWithDepth(el);
    expect(shadowText(el)).to.contain('gespeichert');
    await click(el, '#dr-send-now');
    await waitForStep(el, 'description', 8000);
    await waitUntil(
      () => focused(el)?.getAttribute('name') === 'attribute[position]',
      `focus at ${focused(el)?.outerHTML}`,
    );
    expect(shadowText(el)).to.contain(
      'Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: Wo liegt das Loch?',
    );
    expect(shadow<HTMLInputElement>(el, '#f-attr-depth')!.value).to.equal('20');
  });

  it('reads a report refused from the outbox with its own service’s questions, whatever the form shows meanwhile', async () => {
    // The next report has no category yet: the refused one's questions are not on screen.
    const { el } = await cityReporter({ city: 'post-fail-once,position-required' });
    await sendPotholeWithDepth(el);
    await click(el, '#dr-another');
    await waitForStep(el, 'category');
    await click(el, '#dr-send-now');
    await waitUntil(
      () => shadow(el, '[part="outbox"] li .error'),
      `the outbox report was not refused: ${shadowText(el)}`,
      { timeout: 8000 },
    );
    const why = shadow(el, '[part="outbox"] li .error')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(why).to.equal(
      'Die Meldung wurde nicht angenommen: Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: Wo liegt das Loch?',
    );
  });

  it('says one plain sentence with the contact when a 400 names no field', async () => {
    const { el } = await cityReporter({ city: 'unplaced' });
    await toQuestions(el, '104');
    await next(el);
    await toReview(el);
    await sendAndWait(el);
    await waitUntil(() => shadow(el, '#e-general'), 'no refusal shown');
    const refusal = shadow(el, '#e-general')!;
    expect(refusal.textContent).to.contain('Der Server der Stadt hat die Meldung nicht angenommen');
    expect(refusal.textContent).not.to.contain('Failed //rec');
    expect(refusal.textContent).not.to.contain('Error in input');
    expect(shadow(el, '#e-general a[href^="mailto:"]')).to.exist;
    expect(shadow(el, '#e-general a[href^="tel:"]')!.textContent).to.contain(contact.phone);
    expect(shadowAll(el, '[part="outbox"] li')).to.have.length(0);
  });

  it('offers the e-mail and the phone when the questions cannot be loaded', async () => {
    const { el } = await cityReporter({ city: 'definitions-down' });
    await toQuestions(el, '101');
    await questionsShown(el);
    const note = shadow(el, '#dr-definition-failed')!;
    expect(note.textContent).to.contain(
      'Die Fragen zu dieser Kategorie konnten nicht geladen werden',
    );
    expect(note.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.contain(
      'Tiefes%20Loch',
    );
    expect(note.querySelector('a[href^="tel:"]')!.textContent).to.contain(contact.phone);
    await expect(el).to.be.accessible();
    // Never a dead end: the form goes on.
    await next(el);
    await waitForStep(el, 'contact');
  });

  it('keeps the answers in the draft across a reload of the widget', async () => {
    const { el } = await cityReporter();
    const endpoint = el.endpoint!;
    await toQuestions(el, '101');
    await questionsShown(el);
    await answer(el, '#f-attr-depth', '7');
    el.remove();
    const again = await open311Reporter(endpoint);
    await waitForStep(again, 'description');
    await questionsShown(again);
    expect(shadow<HTMLInputElement>(again, '#f-attr-depth')!.value).to.equal('7');
  });

  it('sends the answers from the outbox when the first attempt fails', async () => {
    const { el, run } = await cityReporter({ city: 'post-fail-once' });
    await toQuestions(el, '102');
    await questionsShown(el);
    await answer(el, 'input[name="attribute[damage]"][value="2"]');
    await next(el);
    await toReview(el);
    await sendAndWait(el);
    await waitUntil(() => shadow(el, '[part="result"]'), 'not queued');
    expect(shadowText(el)).to.contain('gespeichert');
    await click(el, '#dr-send-now');
    await waitUntil(async () => (await receivedPairs(run)).length === 2, 'not sent again', {
      timeout: 8000,
    });
    const [first, second] = await receivedPairs(run);
    expect(second).to.deep.equal(first);
    expect(second).to.deep.include(['attribute[damage][]', '2']);
  });

  it('sends the optional phone when the element asks for it', async () => {
    const { el, run } = await cityReporter({}, { phone: true });
    await toQuestions(el, '104');
    await next(el);
    await waitForStep(el, 'contact');
    expect(shadow(el, 'label[for="f-phone"]')!.textContent).to.contain('Telefon (optional)');
    await fill(el, 'phone', '0171 2345678');
    await next(el);
    await waitForStep(el, 'review');
    expect(shadow(el, '#dr-answers')!.textContent).to.contain('0171 2345678');
    await sendAndWait(el);
    const [pairs] = await receivedPairs(run);
    expect(pairs).to.deep.include(['phone', '0171 2345678']);
  });
});

describe('<defect-reporter api="open311"> answers in the e-mail instead', () => {
  beforeEach(async () => {
    await clearStoredReports();
  });

  /**
   * A damaged tree (service 102) with two damages (the required multi-value list), how to get
   * there and the phone, at the review.
   */
  async function treeWithAnswers(el: DefectReporter): Promise<void> {
    await toQuestions(el, '102');
    await questionsShown(el);
    await answer(el, 'input[name="attribute[damage]"][value="1"]');
    await answer(el, 'input[name="attribute[damage]"][value="3"]');
    await answer(el, 'textarea[name="attribute[access]"]', 'Hinter dem Tor links');
    await goTo(el, 'contact');
    await fill(el, 'phone', '0171 2345678');
    await goTo(el, 'review');
  }

  /** What the mail of `link` says (its body, line breaks as \n). */
  const mailBody = (link: HTMLAnchorElement | null) =>
    (new URL(link!.href).searchParams.get('body') ?? '').replace(/\r\n/g, '\n');

  it('puts the answers and the phone into the mail and the text of a report waiting in the outbox', async () => {
    const { el } = await cityReporter({ city: 'post-fail-once' }, { phone: true });
    await treeWithAnswers(el);
    await sendAndWait(el);
    await waitUntil(
      () => shadow(el, '[part="outbox"] li a[href^="mailto:"]'),
      `no e-mail for the outbox report: ${shadowText(el)}`,
    );
    const entry = shadow(el, '[part="outbox"] li')!;
    const copied = entry.querySelector('pre')!.textContent!;
    const mailed = mailBody(entry.querySelector<HTMLAnchorElement>('a[href^="mailto:"]'));
    for (const text of [copied, mailed]) {
      expect(text).to.contain('Was ist beschädigt?: Ast abgebrochen, Wurzeln heben den Weg');
      expect(text).to.contain('Wie kommt man hin?: Hinter dem Tor links');
      expect(text).to.contain('Telefon: 0171 2345678');
      // Information of the definition is no answer.
      expect(text).not.to.contain('Feuerwehr');
    }
  });

  it('puts them into the refusal’s mail and text in English', async () => {
    const endpoint = uniqueUrl('/api/open311-city/', { city: 'unplaced' });
    const wrapper = await fixture(
      html`<div lang="en">
        <defect-reporter
          api="open311"
          endpoint=${endpoint}
          open311-phone
          timeout="3000"
          send-timeout="3000"
          contact-phone=${contact.phone}
          contact-email=${contact.email}
        ></defect-reporter>
      </div>`,
    );
    const el = wrapper.querySelector<DefectReporter>('defect-reporter')!;
    await treeWithAnswers(el);
    await sendAndWait(el);
    await waitUntil(() => shadow(el, '#e-general a[href^="mailto:"]'), 'no refusal with e-mail');
    await waitUntil(
      () => shadow(el, '#e-general pre')!.textContent!.includes('Phone: 0171 2345678'),
      `no English phone line: ${shadow(el, '#e-general pre')!.textContent}`,
    );
    const copied = shadow(el, '#e-general pre')!.textContent!;
    const mailed = mailBody(shadow<HTMLAnchorElement>(el, '#e-general a[href^="mailto:"]'));
    for (const text of [copied, mailed]) {
      expect(text).to.contain('Category: Baum beschädigt');
      expect(text).to.contain('Was ist beschädigt?: Ast abgebrochen, Wurzeln heben den Weg');
      expect(text).to.contain('Wie kommt man hin?: Hinter dem Tor links');
      expect(text).to.contain('Phone: 0171 2345678');
      expect(text).not.to.contain('Telefon');
    }
  });
});
