import { expect } from '@open-wc/testing';
import { hasContact, mergeContacts } from '../../src/core/contact.js';

describe('contact', () => {
  it('is a way to reach someone: a phone number, an e-mail address or a website', () => {
    expect(hasContact({ phone: '(02324) 204 0' })).to.equal(true);
    expect(hasContact({ email: 'buero@example.org' })).to.equal(true);
    expect(hasContact({ url: 'https://example.org/kontakt' })).to.equal(true);
    expect(hasContact({ name: 'Bürgerbüro' })).to.equal(false);
    expect(hasContact({ name: 'Bürgerbüro', hours: 'Mo–Fr 8–12 Uhr' })).to.equal(false);
    expect(hasContact(undefined)).to.equal(false);
  });

  it('takes the first source that gives one, whole; a name alone hides none behind it', () => {
    // ZMS names its organisation only; the editor's attributes come after it.
    const zmsOffice = { name: 'Stadt Hattingen' };
    const editor = { name: 'Bürgerbüro', phone: '(02324) 204 0', email: 'buero@example.org' };
    expect(mergeContacts(zmsOffice, editor)).to.deep.equal(editor);
    expect(mergeContacts({ name: 'A', phone: '1' }, editor)).to.deep.equal({
      name: 'A',
      phone: '1',
    });
    expect(mergeContacts({ name: 'A' }, undefined)).to.equal(undefined);
  });
});
