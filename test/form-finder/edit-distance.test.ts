import { expect } from '@open-wc/testing';
import { editDistance, withinEdits } from '../../src/form-finder/edit-distance.js';

describe('edit distances', () => {
  it('finds a word typed halfway with a typo at the start of a longer word', () => {
    expect(withinEdits('anml', 'anmeldung', 1, true)).to.equal(true);
    expect(withinEdits('anml', 'anmeldebescheinigung', 1, true)).to.equal(true);
    // Not at the start: only the unanchored look finds it.
    expect(withinEdits('anml', 'hundeanmeldung', 1, true)).to.equal(false);
    expect(withinEdits('anmel', 'hundeanmeldung', 1, false)).to.equal(true);
    expect(withinEdits('anml', 'antrag', 1, true)).to.equal(false);
  });

  it('counts a swap of two letters as two edits, as Levenshtein does', () => {
    expect(editDistance('anmedlung', 'anmeldung', 2)).to.equal(2);
    expect(editDistance('anmedlung', 'anmeldung', 1)).to.be.greaterThan(1);
    expect(editDistance('wohngled', 'wohngeld', 2)).to.equal(2);
    expect(editDistance('muell', 'muell', 1)).to.equal(0);
    expect(editDistance('steuar', 'steuer', 1)).to.equal(1);
  });
});
