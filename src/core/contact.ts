/** How citizens reach a person when a service is down: every channel, always in this order. */
export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
  hours?: string;
  url?: string;
}

/**
 * Whether a contact gives a way to reach someone: a phone number, an e-mail address or a website.
 * A name (or opening hours) alone does not: ZMS names only its organisation, an office of the own
 * contract may give only its name; taken as the contact, it hid the editor's phone and e-mail.
 */
export const hasContact = (contact: Contact | undefined): contact is Contact =>
  !!(contact?.phone || contact?.email || contact?.url);

/** The first source with a way to reach someone, taken whole: mixing channels of two offices misleads. */
export function mergeContacts(...sources: (Contact | undefined)[]): Contact | undefined {
  const first = sources.find(hasContact);
  return first ? { ...first } : undefined;
}
