import { createContext } from '@lit/context';
import type { Contact } from './contact.js';
import type { ServiceHealth } from './service-health.js';

/** What `<city-services>` gives every widget inside it. */
export interface CityServicesValue {
  /** Page-wide fallback contact, from the provider's attributes (never from an endpoint). */
  contact?: Contact;
  /** Service statuses from the provider's `status-endpoint`, by service id. */
  statuses: ReadonlyMap<string, ServiceHealth>;
}

export const cityServicesContext = createContext<CityServicesValue>(
  Symbol.for('civic-widgets:city-services'),
);
