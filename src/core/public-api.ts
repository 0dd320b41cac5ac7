// What every element's entry (`civic-widgets/<tag>`) exports besides its own class, events and
// data types: the events all widgets fire and the types their payloads name.
export { CivicFallbackEvent, CivicLoadedEvent } from './events.js';
export type { CivicFallbackDetail, CivicLoadedDetail, DataSource } from './events.js';
export type { EndpointError, EndpointErrorKind } from './endpoint-error.js';
export type { EndpointState } from './endpoint-controller.js';
export type { Contact } from './contact.js';
