// The widgets validate endpoint JSON with the small checks of src/core/schema.ts; the documented
// contracts are zod schemas (src/*/…-contract.ts, JSON Schemas in docs/schemas/). This test keeps
// both in step: it takes a valid payload, breaks it at every field in every way (field removed,
// number, text, true/false, list, object, unknown field added) and expects the widget to accept
// a payload whole exactly when the contract accepts it. "Accepted whole" means: no error and no
// entry skipped with a warning. Where a widget is knowingly stricter or more lenient than the
// contract, the exception is listed with its reason.
import { expect } from '@open-wc/testing';
import { parseDefectConfig } from '../../src/defect-reporter/civic-api.js';
import { configContract } from '../../src/defect-reporter/defect-reporter-contract.js';
import {
  parseBookingResult,
  parseRegistryConfig,
  parseSlots,
} from '../../src/registry-booking/registry-booking-schema.js';
import {
  bookingResultContract,
  registryConfigContract,
  slotsContract,
} from '../../src/registry-booking/registry-booking-contract.js';
import { parseFormCatalog } from '../../src/form-finder/form-finder-schema.js';
import { formCatalogContract } from '../../src/form-finder/form-finder-contract.js';
import { parseServiceStatus } from '../../src/service-status/service-status-schema.js';
import { serviceStatusContract } from '../../src/service-status/service-status-contract.js';
import { array, number, object, oneOf, optional, string } from '../../src/core/schema.js';

type Json = unknown;
type Path = (string | number)[];

const BREAKS: [string, Json][] = [
  ['removed', undefined],
  ['a number', 42],
  ['a text', 'x'],
  ['true', true],
  ['a list', []],
  ['an object', {}],
];

/** Every path to a value in `value`, lists only through their first entry. */
function paths(value: Json, at: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) {
    if (value.length) out.push([...at, 0], ...paths(value[0], [...at, 0]));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) out.push([...at, key], ...paths(v, [...at, key]));
  }
  return out;
}

/** A copy of `value` with the value at `path` replaced (or removed for `undefined`). */
function broken(value: Json, path: Path, replacement: Json): Json {
  const copy = structuredClone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (replacement === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** Did the widget take the payload whole (no error, no entry skipped with a warning)? */
async function acceptsWhole(run: () => unknown): Promise<boolean> {
  const original = console.warn;
  let warned = false;
  console.warn = () => (warned = true);
  try {
    await run();
    return !warned;
  } catch {
    return false;
  } finally {
    console.warn = original;
  }
}

interface Case {
  name: string;
  valid: Json;
  contract: { safeParse(raw: Json): { success: boolean } };
  parse: (raw: Json) => unknown;
  /** Paths (joined with ".") and breaks ("path=break") where the two knowingly differ. */
  exceptions?: Record<string, string>;
}

const fixture = async (name: string): Promise<Json> =>
  (await fetch(`/demo/mock/fixtures/${name}.json`)).json();

const cases = async (): Promise<Case[]> => [
  {
    name: 'service-status',
    valid: await fixture('service-status'),
    contract: serviceStatusContract,
    parse: (raw) => parseServiceStatus(raw, 'civic'),
  },
  {
    name: 'form-finder',
    valid: await fixture('form-finder'),
    contract: formCatalogContract,
    parse: parseFormCatalog,
  },
  {
    name: 'defect-reporter config',
    valid: await fixture('defect-reporter'),
    contract: configContract,
    parse: parseDefectConfig,
    exceptions: {
      'categories=a list': 'the widget needs at least one category to offer a form',
    },
  },
  {
    name: 'registry-booking config',
    valid: await fixture('registry-booking'),
    contract: registryConfigContract,
    parse: parseRegistryConfig,
    exceptions: {
      'timezone=a text':
        'an unknown timezone: the widget warns and uses Europe/Berlin rather than refusing the office',
    },
  },
  {
    name: 'registry-booking slots',
    valid: {
      slots: [
        {
          id: 's1',
          start: '2099-11-03T09:00:00+01:00',
          end: '2099-11-03T09:45:00+01:00',
          available: true,
        },
      ],
      next_available: '2099-11-03',
    },
    contract: slotsContract,
    parse: (raw) => {
      const { slots } = parseSlots(raw);
      if (slots.length !== (raw as { slots: unknown[] }).slots.length) console.warn('dropped');
    },
    exceptions: {
      'slots.0.available=removed': '`available` defaults to true in the widget',
      'slots.0.start=a text':
        'a time without an offset is dropped: the device must not pick the day',
      'slots.0.end=a text': 'a time without an offset is dropped: the device must not pick the day',
    },
  },
  {
    name: 'registry-booking booking answer',
    valid: {
      code: 'ST-4711',
      status: 'reserved',
      message: 'Reserviert',
      expires_at: '2099-12-01T12:00:00+01:00',
      cancel_url: '/cancel/ST-4711',
    },
    contract: bookingResultContract,
    parse: parseBookingResult,
    exceptions: {
      'status=a text':
        'an unknown status is shown as a booking, not refused after the city took it',
    },
  },
];

describe('endpoint checks and zod contracts', () => {
  it('accept each demo payload, and agree on every broken variant', async () => {
    const disagreements: string[] = [];
    const used = new Set<string>();
    let compared = 0;
    for (const c of await cases()) {
      expect(c.contract.safeParse(c.valid).success, `${c.name}: contract`).to.equal(true);
      expect(await acceptsWhole(() => c.parse(c.valid)), `${c.name}: widget`).to.equal(true);
      const variants: [string, Json][] = [
        ['unknown field added', { ...(c.valid as object), extra: 1 }],
      ];
      for (const path of paths(c.valid)) {
        for (const [how, replacement] of BREAKS) {
          variants.push([`${path.join('.')}=${how}`, broken(c.valid, path, replacement)]);
        }
      }
      for (const [label, payload] of variants) {
        const contract = c.contract.safeParse(payload).success;
        const widget = await acceptsWhole(() => c.parse(payload));
        compared++;
        if (contract === widget) continue;
        if (c.exceptions?.[label]) used.add(`${c.name} ${label}`);
        else disagreements.push(`${c.name} ${label}: contract ${contract}, widget ${widget}`);
      }
    }
    expect(disagreements).to.deep.equal([]);
    // Every listed exception still happens (else it hides nothing and goes).
    const listed = (await cases()).flatMap((c) =>
      Object.keys(c.exceptions ?? {}).map((label) => `${c.name} ${label}`),
    );
    expect([...used].sort()).to.deep.equal(listed.sort());
    expect(compared).to.be.greaterThan(300);
  });

  it('name where a payload went wrong', () => {
    const check = object({
      office: object({ name: string }),
      services: array(object({ mode: oneOf(['booking', 'reservation']), n: optional(number) })),
    });
    const fails = (raw: Json) => {
      try {
        check(raw);
        return '';
      } catch (error) {
        expect(error).to.be.instanceOf(TypeError);
        return (error as Error).message;
      }
    };
    expect(fails(null)).to.equal('JSON: object expected');
    expect(fails({ office: {}, services: [] })).to.equal('office.name: text expected');
    expect(fails({ office: { name: 'A' }, services: [{ mode: 'x' }] })).to.equal(
      'services[0].mode: booking | reservation expected',
    );
    expect(fails({ office: { name: 'A' }, services: [{ mode: 'booking', n: Infinity }] })).to.equal(
      'services[0].n: number expected',
    );
    expect(check({ office: { name: 'A', x: 1 }, services: [{ mode: 'booking' }] })).to.deep.equal({
      office: { name: 'A' },
      services: [{ mode: 'booking' }],
    });
  });
});
