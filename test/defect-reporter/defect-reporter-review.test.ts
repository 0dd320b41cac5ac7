// Issue 12 §4: the review shows what the citizen will send as a person reads it: each photo as
// a thumbnail with its name, and a place picked on the map as "Auf der Karte gewählt" with the
// coordinates small (the address, when typed, as typed).
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { shadow, shadowAll } from '../helpers.js';
import {
  clearStoredReports,
  click,
  completeReport,
  configUrl,
  exifPhoto,
  fill,
  reporter,
  reporterAtLocation,
  goTo,
} from './defect-helpers.js';

describe('<defect-reporter> review', () => {
  beforeEach(clearStoredReports);

  it('starts a wrapped "Ändern" where the value above it starts, at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await reporter(configUrl().url);
      await completeReport(el, { name: 'Erika Mustermann', email: 'erika@example.org' });
      // The rows whose button begins a line of its own (the contact is too long for one line).
      const wrapped = shadowAll(el, '.review dd').filter((row) => {
        const button = row.querySelector('button')!.getBoundingClientRect();
        return Math.abs(button.left - row.getBoundingClientRect().left) < 1;
      });
      expect(wrapped, 'no "Ändern" wrapped onto a line of its own').not.to.be.empty;
      for (const row of wrapped) {
        // Where its text starts, not its box: the button's own padding moved the word inwards.
        const word = [...row.querySelector('button')!.childNodes].find((node) =>
          node.textContent!.includes('Ändern'),
        )!;
        const text = document.createRange();
        text.selectNodeContents(word);
        expect(text.getBoundingClientRect().left).to.be.closeTo(
          row.getBoundingClientRect().left,
          0.5,
        );
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows each photo as a thumbnail named "Foto 1", "Foto 2"', async () => {
    const el = await reporter(configUrl().url);
    await completeReport(el, { photos: [await exifPhoto(640, 480), await exifPhoto(480, 640)] });
    const row = shadow(el, '#dr-change-photos')!.closest('dd')!;
    expect(row.textContent).to.contain('2 Fotos');
    const thumbnails = shadowAll<HTMLImageElement>(el, '.review img');
    expect(thumbnails.map((img) => img.alt)).to.deep.equal(['Foto 1', 'Foto 2']);
    expect(thumbnails.every((img) => row.contains(img))).to.equal(true);
    await waitUntil(
      () => thumbnails.every((img) => img.complete && img.naturalWidth > 0),
      'a thumbnail does not show its photo',
    );
    await expect(el).to.be.accessible();
  });

  it('says a map pin was "Auf der Karte gewählt", with the coordinates small', async () => {
    const el = await reporterAtLocation('baum', { variant: 'map' });
    await click(el, '#dr-map-open');
    // Open with its controls once its first tile is drawn.
    await waitUntil(() => shadow(el, '#dr-map-center'), 'the map did not open', {
      timeout: 8000,
    });
    await click(el, '#dr-map-center');
    await waitUntil(() => shadow(el, '#dr-position'), 'no pin');
    await goTo(el, 'description');
    await fill(el, 'description', 'Ein Ast hängt über dem Radweg.');
    await goTo(el, 'photos', 'contact', 'review');
    const place = shadow(el, '#dr-change-location')!.closest('dd')!;
    expect(place.textContent).to.contain('Auf der Karte gewählt');
    const coordinates = place.querySelector('small')!;
    expect(coordinates.textContent!.trim()).to.equal('51.399000, 7.186000');
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    expect(size(coordinates)).to.be.lessThan(size(place.querySelector('.value')!));
    await expect(el).to.be.accessible();
  });
});
