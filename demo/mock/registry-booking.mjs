// Mock back end of <registry-booking>: the registry office's configuration, free slots generated
// relative to today in Europe/Berlin, and bookings stored per test run and Idempotency-Key.
//
//   GET  /api/registry                config; passes `run`, `slots`, `booking`, `slots_fault`,
//                                     `booking_fault` and `delay` on into slots_url/booking_url.
//        ?variant=single|tokyo|no-urls|all-unavailable|xss|one-invalid   other configurations
//        ?variant=bad-slots-url|bad-booking-url|script-slots-url   unusable URLs (refused)
//        ?variant=offices             two offices (`offices`); slots per `office`, or of both
//        ?fail_after=1                answers once per `run`, then 500 (stale data in tests)
//   GET  /api/registry/slots?service=&from=YYYY-MM-DD&to=YYYY-MM-DD[&run=][&slots=]
//        slots=later                  nothing free before next month (empty month + next_available)
//        slots=none                   nothing free at all
//        slots=midnight               only 00:30 and 23:30 Berlin time on the 15th (timezone test)
//        slots=duplicate-ids          each day's second slot repeats the first slot's id
//   POST /api/registry/bookings[?run=][&booking=lose-first|conflict-first]
//        JSON body, Idempotency-Key header: the same key gets the same answer and one booking.
//        409 when the slot is taken in this run; 422 { errors } for invalid fields.
//        booking=lose-first: the first request of each key is stored, then answered 504.
//        booking=conflict-first: the first booking of the run meets a slot taken by someone else.
//        booking=refuse-413|refuse-403|refuse-404: a proxy's HTML error page, nothing stored.
//        booking=refuse-json: 400 { message } without field errors, nothing stored.
//   GET  /api/registry/bookings?run=  the bookings of a run with their attempts (for tests)
//   With `?manage=1` the config has `manage_url` and `cancel_url` (`manage_fault`, `cancel_fault`
//   pass on as `fault`); every booking answer has a `token`:
//   GET  /api/registry/bookings/<code>?token=[&run=]          the booking (403 wrong token, 404)
//   POST /api/registry/bookings/<code>/cancel?token=[&run=]   cancels it (its time is free again);
//        409 when cancelled already; `?manage=1&cancel=lose-first`: the first cancel is done,
//        then answered 504 (its answer lost)
import { readBody, readJson, sendJson } from './faults.mjs';
import { fixture, runStates, XSS } from './mock-data.mjs';

const ZONE = 'Europe/Berlin';

/** State per test run: bookings by Idempotency-Key, taken slot ids, request counters. */
const runState = runStates(() => ({
  bookings: new Map(),
  taken: new Set(),
  configCalls: 0,
  conflictPlayed: false,
}));

// ------------------------------------------------------------------------------ time in Berlin

const pad = (n) => String(n).padStart(2, '0');
const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function berlinParts(ms) {
  const p = Object.fromEntries(
    partsFormat.formatToParts(new Date(ms)).map((x) => [x.type, x.value]),
  );
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour, minute: +p.minute };
}

/** Minutes Berlin is ahead of UTC at an instant. */
function offsetAt(ms) {
  const p = berlinParts(ms);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - ms) / 60000);
}

/** A Berlin wall-clock time as an instant and an ISO string with its offset. */
export function berlinTime(day, hour, minute) {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  let offset = offsetAt(wall - 2 * 3600_000);
  offset = offsetAt(wall - offset * 60000);
  const ms = wall - offset * 60000;
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return {
    ms,
    iso: `${day}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

export const dayKey = (ms) => {
  const p = berlinParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
};
export function addDays(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
export const weekday = (day) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
};
const isDay = (s) =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

// ------------------------------------------------------------------------------ slots

/**
 * The slots of one service on one Berlin day, deterministic: Monday to Friday 8–12 Uhr in steps
 * of the service's duration; every day whose date is a multiple of 6 is fully booked, and
 * some single slots are taken. Past slots are left out.
 */
/** The offices of `?variant=offices`: the one in Blankenstein opens in the afternoon. */
const OFFICES = [
  {
    id: 'rathaus',
    name: 'Standesamt im Rathaus',
    address: 'Rathausplatz 1, 45525 Hattingen',
    fromHour: 8,
  },
  {
    id: 'blankenstein',
    name: 'Standesamt Blankenstein',
    address: 'Burgstraße 16, 45527 Hattingen',
    services: ['vaterschaft'],
    fromHour: 13,
  },
];

const officesOf = (service, officeId) =>
  OFFICES.filter(
    (office) =>
      (!office.services || office.services.includes(service.id)) &&
      (!officeId || office.id === officeId),
  );

function daySlots(service, day, variant, state, office) {
  const duration = service.duration_minutes ?? 30;
  const date = Number(day.slice(8));
  const now = Date.now();
  const slot = (hour, minute, available) => {
    const start = berlinTime(day, hour, minute);
    const endMinutes = hour * 60 + minute + duration;
    const end = berlinTime(
      endMinutes >= 24 * 60 ? addDays(day, 1) : day,
      Math.floor(endMinutes / 60) % 24,
      endMinutes % 60,
    );
    const id = `${service.id}-${office ? `${office.id}-` : ''}${day}-${pad(hour)}${pad(minute)}`;
    return {
      id,
      ...(office ? { office: office.id } : {}),
      start: start.iso,
      end: end.iso,
      ms: start.ms,
      available: available && !state.taken.has(id),
    };
  };
  let list = [];
  if (variant === 'midnight') {
    if (date === 15) list = [slot(0, 30, true), slot(23, 30, true)];
  } else if (variant !== 'none') {
    const wd = weekday(day);
    if (wd === 0 || wd === 6) return [];
    const full = date % 6 === 0;
    const from = (office?.fromHour ?? 8) * 60;
    for (let i = 0, m = from; m + duration <= from + 4 * 60; i++, m += duration) {
      list.push(slot(Math.floor(m / 60), m % 60, !full && (date * 7 + i) % 5 !== 0));
    }
    if (variant === 'later') {
      const t = berlinParts(now);
      const firstNext = t.month === 12 ? `${t.year + 1}-01-01` : `${t.year}-${pad(t.month + 1)}-01`;
      if (day < firstNext) list = list.map((s) => ({ ...s, available: false }));
    }
  }
  if (variant === 'duplicate-ids') {
    const [first, second] = list.filter((s) => s.available);
    if (second) list[list.indexOf(second)] = { ...second, id: first.id };
  }
  return list.filter((s) => s.ms > now);
}

/** `offices`: undefined for the single-office configuration, else the offices to answer for. */
function slotsBetween(service, from, to, variant, state, offices) {
  const out = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!offices) out.push(...daySlots(service, day, variant, state));
    else for (const office of offices) out.push(...daySlots(service, day, variant, state, office));
  }
  return out.sort((a, b) => a.ms - b.ms);
}

function findSlot(service, id, variant, state, offices) {
  const day = /-(\d{4}-\d{2}-\d{2})-\d{4}$/.exec(id ?? '')?.[1];
  if (!day || !isDay(day)) return undefined;
  return (offices ?? [undefined])
    .flatMap((office) => daySlots(service, day, variant, state, office))
    .find((s) => s.id === id);
}

// ------------------------------------------------------------------------------ config

function config(query) {
  let data = fixture('registry-booking');
  const variant = query.variant;
  if (variant === 'single') {
    data.services = data.services.filter((s) => s.id === 'vaterschaft');
  } else if (variant === 'tokyo') {
    data.timezone = 'Asia/Tokyo';
  } else if (variant === 'no-urls') {
    delete data.slots_url;
    delete data.booking_url;
  } else if (variant === 'all-unavailable') {
    for (const s of data.services) s.mode = 'unavailable';
  } else if (variant === 'one-invalid') {
    data.services.splice(
      1,
      0,
      { id: 'kaputt', name: 42, mode: 'booking' },
      { id: 'x', name: 'X', mode: 'maybe' },
    );
  } else if (variant === 'offices') {
    data.offices = OFFICES.map(({ id, name, address, services }) => ({
      id,
      name,
      address,
      ...(services ? { services } : {}),
    }));
  } else if (variant === 'xss') {
    data.office.name = `Standesamt ${XSS}`;
    data.office.email = `x@example.org?subject=${XSS}`;
    for (const s of data.services) {
      s.name = `${s.name} ${XSS}`;
      if (s.notice) s.notice = `${s.notice} ${XSS}`;
      s.documents = s.documents?.map((d) => `${d} ${XSS}`);
    }
  }
  const pass = (url, extra) => {
    if (!url) return url;
    const params = new URLSearchParams();
    for (const key of ['run', 'slots']) if (query[key]) params.set(key, query[key]);
    if (variant === 'offices') params.set('offices', '1');
    for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
    if (query.delay) params.set('delay', query.delay);
    const text = params.toString();
    return text ? `${url}?${text}` : url;
  };
  data.slots_url = pass(data.slots_url, { fault: query.slots_fault });
  data.booking_url = pass(data.booking_url, { fault: query.booking_fault, booking: query.booking });
  if (query.manage) {
    // Templates: `{code}` and `{token}` stay as they are for the widget to fill in.
    const template = (url, extra) => pass(url, extra).replace('?', '?token={token}&');
    data.manage_url = template('/api/registry/bookings/{code}', { fault: query.manage_fault });
    data.cancel_url = template('/api/registry/bookings/{code}/cancel', {
      fault: query.cancel_fault,
      cancel: query.cancel,
    });
    if (!data.manage_url.includes('?')) data.manage_url += '?token={token}';
    if (!data.cancel_url.includes('?')) data.cancel_url += '?token={token}';
  }
  // URLs an editor can get wrong: the widget must refuse the configuration, naming the field.
  if (variant === 'bad-slots-url') data.slots_url = 'https://';
  if (variant === 'bad-booking-url') data.booking_url = 'http://[';
  if (variant === 'script-slots-url') data.slots_url = 'javascript:alert(1)//';
  data.updated_at = new Date().toISOString();
  return data;
}

const serviceById = (id) => fixture('registry-booking').services.find((s) => s.id === id);

// ------------------------------------------------------------------------------ bookings

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function validate(body) {
  const errors = {};
  if (typeof body?.name !== 'string' || body.name.trim().length < 2) {
    errors.name = 'Bitte geben Sie Ihren vollständigen Namen an.';
  }
  if (typeof body?.email !== 'string' || !EMAIL.test(body.email)) {
    errors.email = 'Diese E-Mail-Adresse ist ungültig.';
  } else if (/\.(invalid|test|example)$/i.test(body.email)) {
    errors.email = 'An diese E-Mail-Adresse können wir nicht schreiben. Bitte prüfen Sie sie.';
  }
  if (body?.phone !== undefined && !/^[+\d\s()/-]{5,}$/.test(String(body.phone))) {
    errors.phone = 'Bitte geben Sie eine Telefonnummer aus Ziffern an, z. B. 02324 2040.';
  }
  if (body?.consent !== true)
    errors.consent = 'Ohne Ihre Einwilligung können wir den Termin nicht vergeben.';
  return errors;
}

let nextCode = 4711;

/** The error pages nginx sends by default (its 1 MB body limit, a WAF, a wrong path). */
const PROXY_PAGES = {
  413: 'Request Entity Too Large',
  403: 'Forbidden',
  404: 'Not Found',
};

async function book(ctx) {
  const state = runState(ctx.query.run);
  const refusal = /^refuse-(\d+|json)$/.exec(ctx.query.booking ?? '')?.[1];
  if (refusal === 'json') {
    await readBody(ctx);
    return sendJson(ctx, 400, { message: 'Buchungen sind für diese Leistung gesperrt.' });
  }
  if (refusal) {
    await readBody(ctx);
    const title = `${refusal} ${PROXY_PAGES[refusal] ?? 'Error'}`;
    ctx.status = Number(refusal);
    ctx.type = 'text/html';
    ctx.body = `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>`;
    return undefined;
  }
  const key = ctx.get('idempotency-key');
  if (!key) return sendJson(ctx, 400, { message: 'Idempotency-Key fehlt.' });
  const stored = state.bookings.get(key);
  if (stored) {
    stored.attempts += 1;
    return sendJson(ctx, 201, stored.answer);
  }
  const body = await readJson(ctx);
  const service = serviceById(body?.service);
  if (!service || service.mode === 'unavailable') {
    return sendJson(ctx, 422, {
      errors: { service: 'Diesen Termin vergeben wir zurzeit nicht online.' },
    });
  }
  const variant = ctx.query.slots;
  const offices = ctx.query.offices ? officesOf(service, body.office) : undefined;
  const slot = findSlot(service, body.slot, variant, state, offices);
  if (!slot) return sendJson(ctx, 422, { errors: { slot: 'Diesen Termin gibt es nicht (mehr).' } });
  if (ctx.query.booking === 'conflict-first' && !state.conflictPlayed) {
    state.conflictPlayed = true;
    state.taken.add(slot.id);
  }
  if (!slot.available || state.taken.has(slot.id)) {
    return sendJson(ctx, 409, { message: 'Dieser Termin ist bereits vergeben.' });
  }
  const errors = validate(body);
  if (Object.keys(errors).length) return sendJson(ctx, 422, { errors });

  const code = `ST-${nextCode++}`;
  const reserved = service.mode === 'reservation';
  const answer = {
    code,
    status: reserved ? 'reserved' : 'confirmed',
    message: reserved
      ? 'Bringen Sie zur Bestätigung die genannten Unterlagen im Original mit.'
      : 'Sie erhalten eine Bestätigung per E-Mail.',
    ...(reserved
      ? { expires_at: berlinTime(addDays(dayKey(Date.now()), service.hold_days ?? 14), 12, 0).iso }
      : {}),
    cancel_url: `https://www.example.org/standesamt/termin-absagen?code=${code}`,
    token: `t${Math.random().toString(36).slice(2, 12)}`,
  };
  state.taken.add(slot.id);
  state.bookings.set(key, {
    key,
    code,
    service: service.id,
    slot: slot.id,
    start: slot.start,
    end: slot.end,
    office: slot.office,
    request: body,
    attempts: 1,
    answer,
  });
  if (ctx.query.booking === 'lose-first') {
    // Stored, but the answer is lost on the way (a gateway gives up): only an idempotent retry
    // finds out. (Not a dropped socket: browsers may resend a POST on a reset connection.)
    return sendJson(ctx, 504, { message: 'Gateway Timeout' });
  }
  return sendJson(ctx, 201, answer);
}

/** The stored booking that `code` and `token` name, or the error answer already sent. */
function managedBooking(ctx, code) {
  const state = runState(ctx.query.run);
  const stored = [...state.bookings.values()].find((b) => b.code === code);
  if (!stored) return void sendJson(ctx, 404, { message: 'Diese Buchung gibt es nicht.' });
  if (ctx.query.token !== stored.answer.token) {
    return void sendJson(ctx, 403, { message: 'Dieser Link passt nicht zu der Buchung.' });
  }
  return { state, stored };
}

/** A booking as `manage_url` and `cancel_url` answer it. */
function managedAnswer(stored) {
  return {
    code: stored.code,
    status: stored.cancelled ? 'cancelled' : stored.answer.status,
    service: stored.service,
    ...(stored.office ? { office: stored.office } : {}),
    start: stored.start,
    end: stored.end,
    ...(stored.answer.expires_at ? { expires_at: stored.answer.expires_at } : {}),
    name: stored.request.name,
    email: stored.request.email,
    ...(stored.request.phone ? { phone: stored.request.phone } : {}),
  };
}

export const registryBookingRoutes = [
  {
    name: 'registry-manage',
    method: 'GET',
    path: /^\/api\/registry\/bookings\/([^/]+)$/,
    handler(ctx, match) {
      const found = managedBooking(ctx, decodeURIComponent(match[1]));
      if (found) sendJson(ctx, 200, managedAnswer(found.stored));
    },
  },
  {
    name: 'registry-cancel',
    method: 'POST',
    path: /^\/api\/registry\/bookings\/([^/]+)\/cancel$/,
    async handler(ctx, match) {
      await readBody(ctx);
      const found = managedBooking(ctx, decodeURIComponent(match[1]));
      if (!found) return;
      const { state, stored } = found;
      if (stored.cancelled) {
        return sendJson(ctx, 409, { message: 'Diese Buchung ist bereits abgesagt.' });
      }
      stored.cancelled = true;
      state.taken.delete(stored.slot);
      // Cancelled, but the answer is lost on the way (a gateway gives up).
      if (ctx.query.cancel === 'lose-first')
        return sendJson(ctx, 504, { message: 'Gateway Timeout' });
      sendJson(ctx, 200, managedAnswer(stored));
    },
  },
  {
    name: 'registry-booking',
    method: 'GET',
    path: '/api/registry',
    handler(ctx) {
      if (ctx.query.fail_after) {
        const state = runState(ctx.query.run);
        state.configCalls += 1;
        if (state.configCalls > Number(ctx.query.fail_after)) {
          ctx.status = 500;
          ctx.body = 'Interner Fehler';
          return;
        }
      }
      sendJson(ctx, 200, config(ctx.query));
    },
  },
  {
    name: 'registry-slots',
    method: 'GET',
    path: '/api/registry/slots',
    handler(ctx) {
      const { service: id, from, to, slots: variant } = ctx.query;
      const service = serviceById(id);
      if (!service) return sendJson(ctx, 404, { message: `Unbekannte Leistung: ${id}` });
      if (!isDay(from) || !isDay(to) || from > to) {
        return sendJson(ctx, 400, { message: 'from und to im Format YYYY-MM-DD angeben.' });
      }
      const state = runState(ctx.query.run);
      const offices = ctx.query.offices ? officesOf(service, ctx.query.office) : undefined;
      const slots =
        service.mode === 'unavailable'
          ? []
          : slotsBetween(service, from, to, variant, state, offices);
      const answer = {
        slots: slots.map((s) => ({
          id: s.id,
          start: s.start,
          end: s.end,
          available: s.available,
          ...(s.office ? { office: s.office } : {}),
        })),
      };
      if (!slots.some((s) => s.available) && service.mode !== 'unavailable' && variant !== 'none') {
        // The next free slot within half a year after `to`.
        for (let day = addDays(to, 1), n = 0; n < 183; n++, day = addDays(day, 1)) {
          const free = daySlots(service, day, variant, state).find((s) => s.available);
          if (free) {
            answer.next_available = free.start;
            break;
          }
        }
      }
      return sendJson(ctx, 200, answer);
    },
  },
  {
    name: 'registry-bookings',
    method: 'POST',
    path: '/api/registry/bookings',
    handler: book,
  },
  {
    name: 'registry-bookings-log',
    fault: false,
    method: 'GET',
    path: '/api/registry/bookings',
    handler(ctx) {
      const state = runState(ctx.query.run);
      sendJson(ctx, 200, {
        bookings: [...state.bookings.values()].map(({ answer, ...b }) => ({
          ...b,
          status: answer.status,
        })),
      });
    },
  },
];
