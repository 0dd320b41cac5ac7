/** How citizens reach a person when a service is down: every channel, always in this order. */
export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
  hours?: string;
  url?: string;
}

export const hasContact = (contact: Contact | undefined): contact is Contact =>
  !!contact && !!(contact.name || contact.phone || contact.email || contact.hours || contact.url);

/** The first source that says anything, taken whole: mixing channels of two offices misleads. */
export function mergeContacts(...sources: (Contact | undefined)[]): Contact | undefined {
  const first = sources.find(hasContact);
  return first ? { ...first } : undefined;
}
