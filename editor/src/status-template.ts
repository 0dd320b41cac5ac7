/** Starting points for the status file: empty, and the template for a cyber attack. */
import { nowIso } from './berlin-time.js';

export interface EditableAlternative {
  label: string;
  url?: string;
  phone?: string;
  email?: string;
  hours?: string;
}
export interface EditableService {
  id: string;
  name: string;
  /** '' until the editor picks one: then the check says "Status fehlt". */
  status: string;
  message?: string;
  alternatives?: EditableAlternative[];
  updated_at?: string;
}
export interface EditableUpdate {
  at: string;
  text: string;
  status?: string;
}
export interface EditableIncident {
  id: string;
  title: string;
  status: string;
  started_at?: string;
  scheduled_until?: string;
  services?: string[];
  updates?: EditableUpdate[];
}
/** The service-status contract (src/service-status/service-status-contract.ts) as the form edits it. */
export interface EditableStatus {
  updated_at?: string;
  services: EditableService[];
  /**
   * The groups the services are shown under (a service's `group`), as the opened file had them:
   * the form does not edit them, the export keeps them.
   */
  groups?: { id: string; name: string }[];
  incidents: EditableIncident[];
}

export const emptyStatus = (): EditableStatus => ({
  updated_at: nowIso(),
  services: [],
  incidents: [],
});

/**
 * Portal down after an attack on the IT provider: what the first update says, with the ways
 * that still work. Phone numbers and addresses are placeholders the editor replaces.
 */
export function cyberAttackTemplate(): EditableStatus {
  const now = nowIso();
  const citizensOffice: EditableAlternative = {
    label: 'Bürgerbüro',
    phone: '(01234) 567-0',
    email: 'buergerbuero@stadt.example',
    hours: 'Mo–Fr 8–12 Uhr, Do 14–18 Uhr',
  };
  return {
    updated_at: now,
    services: [
      {
        id: 'serviceportal',
        name: 'Serviceportal',
        status: 'major_outage',
        message:
          'Wegen eines Angriffs auf einen IT-Dienstleister nicht erreichbar. Wie lange die Störung dauert, ist noch nicht absehbar. Ihre Daten sind nach heutigem Stand nicht betroffen.',
        alternatives: [
          {
            label: 'Formulare zum Ausdrucken auf den Seiten der Fachbereiche',
            url: 'https://www.stadt.example/formulare',
          },
          citizensOffice,
        ],
        updated_at: now,
      },
      {
        id: 'maengelmelder',
        name: 'Mängelmelder',
        status: 'major_outage',
        message:
          'Online-Meldungen sind derzeit nicht möglich. Bitte melden Sie Schäden telefonisch oder per E-Mail.',
        alternatives: [
          {
            label: 'Mängel telefonisch melden',
            phone: '(01234) 567-3030',
            hours: 'Mo–Fr 8–16 Uhr',
          },
          { label: 'Mängel per E-Mail melden', email: 'maengel@stadt.example' },
        ],
        updated_at: now,
      },
      {
        // The id the guide's <registry-booking service="standesamt"> names (docs/de).
        id: 'standesamt',
        name: 'Terminbuchung Standesamt',
        status: 'major_outage',
        message: 'Termine vergeben wir zurzeit telefonisch.',
        alternatives: [citizensOffice],
        updated_at: now,
      },
      {
        id: 'homepage',
        name: 'Internetauftritt der Stadt',
        status: 'operational',
        message: 'Nicht betroffen.',
        updated_at: now,
      },
    ],
    incidents: [
      {
        id: `it-angriff-${now.slice(0, 10)}`,
        title: 'Angriff auf einen IT-Dienstleister',
        status: 'identified',
        started_at: now,
        services: ['serviceportal', 'maengelmelder', 'standesamt'],
        updates: [
          {
            at: now,
            text: 'Mehrere Online-Dienste sind nach einem Angriff auf einen IT-Dienstleister nicht erreichbar. Wir informieren hier, sobald wir mehr wissen.',
          },
        ],
      },
    ],
  };
}
