// Mock of the ZMS citizen API (it-at-m/eappointment, `zmscitizenapi/routing.php` as of its main
// of August 2026), for <registry-booking api="zms">. Answers are the objects themselves (no
// {meta, data}); errors are `{ errors: [{ errorCode, errorMessage, statusCode, errorType }] }`
// with the API's own codes and statuses (`zmscitizenapi/src/Zmscitizenapi/Utils/ErrorMessages.php`).
// test/mock/zms-citizen-api.test.mjs validates every answer against the published JSON Schemas
// (test/fixtures/zms-citizenapi-schema/).
//
// Root: /api/citizen/ (the Vue client's `<base>/api/citizen`). Every route plays `?fault=`.
//   GET  offices-and-services/                   two offices, three services, their relations
//   GET  available-calendar/?startDate&endDate&officeIds&serviceIds&serviceCounts
//        [&slotsStartDate&slotsEndDate]          bookable days (Mon–Fri, not on days divisible by
//                                                6); times (epoch seconds) only for the first
//                                                bookable day, or for the slots window when asked
//   POST reserve-appointment/ {officeId, serviceId[], serviceCount[], timestamp, captchaToken?}
//   POST update-appointment/  {processId, authKey, familyName, email, telephone?, customTextfield?}
//   POST preconfirm-appointment/ {processId, authKey}  → status "preconfirmed" (the e-mail with
//                                                the activation link would go out here); a
//                                                process not `reserved` → processNotReservedAnymore
//   POST confirm-appointment/ {processId, authKey}     → status "confirmed"; a process neither
//                                                `preconfirmed` nor `reserved` (confirmed already:
//                                                the link opened again) → processNotPreconfirmedAnymore
//   GET  appointment/?processId&authKey
//   POST cancel-appointment/  {processId, authKey}     → status "deleted"
//   GET  captcha-details/                        {siteKey, captchaChallenge, captchaVerify, captchaEnabled}
//   GET  captcha-challenge/                      an ALTCHA v2 challenge (SHA-256, HMAC-signed)
//   POST captcha-verify/ {payload}               {meta, data: {valid}, token} (the captchaToken)
//   GET  _processes?run=                          the run's processes (for tests; no fault)
// Scenarios, as `zms=` on the request (the widget keeps the endpoint's query on every route):
//   slot-gone     reserve → appointmentNotAvailable (404)
//   expired       update → processNotReservedAnymore (409)
//   same-mail     update → tooManyAppointmentsWithSameMail (406)
//   rate-limit    reserve → rateLimitExceeded (429)
//   maintenance   every route → serviceUnavailable (503)
//   lose-reserve  the first reserve of a run is stored, then answered 504 (the answer is lost)
//   fail-update   the first update of a run answers 503 zmsClientCommunicationError
//   lose-preconfirm  the first preconfirm of a run sets the status (the activation e-mail goes
//                 out), then answers 504: the answer is lost on its way back
//   lose-cancel   cancel-appointment/ deletes the process, then answers 504 (the answer is lost)
//   reservation-deleted  the first update of a run answers 503 zmsClientCommunicationError, and
//                 ZMS's cleanup deletes the process meanwhile (its reservation time is over): every
//                 later request for it → appointmentNotFound, the time is free again
//   captcha       the scope of the Bürgerbüro im Rathaus (10001) asks for a captcha
//                 (`captchaActivatedRequired`): available-calendar/ and reserve-appointment/ for
//                 it answer captchaMissing/captchaInvalid/captchaExpired without a valid token
//   captcha-refuse   as captcha, and the first captcha-verify/ of a run does not verify
//   captcha-v1    as captcha, with ALTCHA v1 challenges ({algorithm, challenge, maxnumber, salt,
//                 signature}), as ZMS sent them from May 2025 to June 2026
//   captcha-expired  as captcha, and the first reserve of a run finds its token lapsed
//                 (captchaExpired), as when the citizen took longer than the token's lifetime
//   captcha-expired-calendar  as captcha, and the second available-calendar/ request with a
//                 token finds it lapsed (the citizen browsed the months for longer)
//   notes-required   the Bürgerbüro Welper's scope requires its free text
//                 (`customTextfieldRequired`, label "Aktenzeichen"): update without one, or
//                 with more than 250 characters → invalidCustomTextfield (400)
//   office-fields    as notes-required, and the Welper's scope requires a phone number
//                 (`telephoneRequired`: update without one → telephoneIsRequired, 406); the
//                 Rathaus's asks for neither (`telephoneActivated`, `customTextfieldActivated`
//                 false). update-appointment/ checks each office's scope as ZMS does.
//   disabled-by-service  the Bürgerbüro Welper lists Personalausweis in `disabledByServices`
//                 (its relation stays), as Munich hides offices for some services
// The captcha is real ALTCHA (altcha-lib, the ALTCHA project's own library, as ZMS's captcha
// service speaks it since June 2026: `zmsentities/schema/citizenapi/captcha/`): the challenge is
// signed with HMAC-SHA-256, captcha-verify/ checks signature, expiry and proof of work, and a
// token lives CAPTCHA_TOKEN_SECONDS (ZMS: CAPTCHA_TOKEN_TTL, default 300 s) for this run only.
import { randomBytes } from 'node:crypto';
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import {
  createChallenge as createChallengeV1,
  verifySolution as verifySolutionV1,
} from 'altcha-lib/v1';
import { addDays, berlinTime, dayKey, weekday } from './registry-booking.mjs';
import { readJson, sendJson } from './faults.mjs';

export const ZMS_ROOT = '/api/citizen/';

/** The API's own error objects (ErrorMessages.php), those the widget maps. */
export const ZMS_ERRORS = {
  appointmentNotAvailable: [404, 'The selected appointment is unfortunately no longer available.'],
  processNotReservedAnymore: [409, 'The appointment is no longer reserved.'],
  processNotPreconfirmedAnymore: [409, 'The appointment is no longer preconfirmed.'],
  tooManyAppointmentsWithSameMail: [
    406,
    'You can only book a limited number of appointments with your e-mail address. Please cancel another appointment before you book a new one.',
  ],
  rateLimitExceeded: [429, 'Rate limit exceeded. Please try again later.'],
  serviceUnavailable: [503, 'Service Unavailable: The application is under maintenance.'],
  zmsClientCommunicationError: [
    503,
    'The service is temporarily unavailable. Please try again later.',
  ],
  captchaMissing: [400, 'Missing captcha token.'],
  captchaInvalid: [400, 'Invalid captcha token.'],
  captchaExpired: [400, 'Captcha token expired.'],
  appointmentNotFound: [
    404,
    'Maybe you have already canceled your appointment? Otherwise, please check that you have used the correct link.',
  ],
  authKeyMismatch: [406, 'Invalid authentication key.'],
  invalidFamilyName: [400, 'familyName should be a non-empty string.'],
  invalidEmail: [400, 'email should be a valid email address.'],
  telephoneIsRequired: [406, 'Telephone number is required.'],
  invalidTelephone: [400, 'telephone should be a numeric string between 7 and 15 digits.'],
  invalidCustomTextfield: [
    400,
    'customTextfield must be non-empty when required and at most 250 characters after normalization.',
  ],
  preconfirmationExpired: [
    400,
    'Unfortunately, the time for activating your appointment has expired. Please schedule the appointment again.',
  ],
  appointmentCanNotBeCanceled: [406, 'The selected appointment cannot be canceled.'],
};

function sendError(ctx, code) {
  const [statusCode, errorMessage] = ZMS_ERRORS[code];
  const errorType = statusCode >= 500 ? 'error' : 'warning';
  sendJson(ctx, statusCode, { errors: [{ errorCode: code, errorMessage, statusCode, errorType }] });
}

// ------------------------------------------------------------------------------ offices, services

const contact = (name, street, streetNumber) => ({
  city: 'Hattingen',
  country: 'Germany',
  name,
  postalCode: '45525',
  region: 'Hattingen',
  street,
  streetNumber,
});

function scope(id, office, street, streetNumber) {
  return {
    id,
    provider: {
      // A string in thinnedProvider.json (the PHP tests compare loosely and show a number).
      id: String(office.id),
      name: office.name,
      displayName: office.name,
      lat: null,
      lon: null,
      source: 'dldb',
      contact: contact(office.name, street, streetNumber),
    },
    shortName: office.name,
    emailFrom: 'no-reply@hattingen.example',
    emailRequired: true,
    telephoneActivated: true,
    telephoneRequired: false,
    customTextfieldActivated: false,
    customTextfieldRequired: false,
    customTextfieldLabel: '',
    customTextfield2Activated: false,
    customTextfield2Required: false,
    customTextfield2Label: '',
    captchaActivatedRequired: false,
    infoForAppointment: null,
    infoForAllAppointments: null,
    slotsPerAppointment: null,
    appointmentsPerMail: '2',
    whitelistedMails: null,
    reservationDuration: 15,
    activationDuration: 60,
    hint: null,
  };
}

const OFFICES = [
  { id: 10001, name: 'Bürgerbüro im Rathaus', street: 'Rathausplatz', number: '1', scopeId: 51 },
  { id: 10002, name: 'Bürgerbüro Welper', street: 'Marxstraße', number: '16', scopeId: 52 },
].map((office) => ({
  id: office.id,
  name: office.name,
  showAlternativeLocations: true,
  address: {
    house_number: office.number,
    city: 'Hattingen',
    postal_code: '45525',
    street: office.street,
    hint: false,
  },
  displayNameAlternatives: [],
  organization: 'Stadt Hattingen',
  organizationUnit: 'Bürgerdienste',
  slotTimeInMinutes: 15,
  geo: null,
  disabledByServices: [],
  priority: 1,
  scope: scope(office.scopeId, office, office.street, office.number),
  maxSlotsPerAppointment: null,
}));

const SERVICES = [
  { id: 1063453, name: 'Personalausweis beantragen', maxQuantity: 5 },
  { id: 1063475, name: 'Meldebescheinigung', maxQuantity: 1 },
  { id: 1063441, name: 'Reisepass beantragen', maxQuantity: 5 },
].map((service) => ({
  ...service,
  combinable: {},
  public: true,
  parentId: null,
  variantId: null,
  rootParentId: service.id,
  showOnStartPage: true,
}));

/** The offices as a scenario sees them: with `captcha`, the Rathaus's scope asks for one. */
const captchaScenario = (ctx) => /^captcha/.test(String(ctx.query.zms ?? ''));
const captchaOffices = (ctx) => (captchaScenario(ctx) ? [10001] : []);
function officesFor(ctx) {
  const required = captchaOffices(ctx);
  return OFFICES.map((office) => {
    if (required.includes(office.id)) {
      return { ...office, scope: { ...office.scope, captchaActivatedRequired: true } };
    }
    if (office.id === 10002 && ctx.query.zms === 'notes-required') {
      return { ...office, scope: { ...office.scope, ...NOTES_REQUIRED } };
    }
    if (ctx.query.zms === 'office-fields') {
      const fields =
        office.id === 10002
          ? { ...NOTES_REQUIRED, telephoneRequired: true }
          : { telephoneActivated: false, telephoneRequired: false };
      return { ...office, scope: { ...office.scope, ...fields } };
    }
    if (office.id === 10002 && ctx.query.zms === 'disabled-by-service') {
      return { ...office, disabledByServices: [1063453] };
    }
    return office;
  });
}

/** The scope fields of an office that requires its free text (scenario `notes-required`). */
const NOTES_REQUIRED = {
  customTextfieldActivated: true,
  customTextfieldRequired: true,
  customTextfieldLabel: 'Aktenzeichen',
};

/** Which office offers which service, and how many 15-minute slots it takes there. */
const RELATIONS = [
  { officeId: 10001, serviceId: 1063453, slots: 2, public: true, maxQuantity: null },
  { officeId: 10002, serviceId: 1063453, slots: 2, public: true, maxQuantity: null },
  { officeId: 10001, serviceId: 1063475, slots: 1, public: true, maxQuantity: null },
  { officeId: 10001, serviceId: 1063441, slots: 2, public: true, maxQuantity: null },
];

// ------------------------------------------------------------------------------ calendar

const isDay = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Free times (epoch seconds) of one office on one Berlin day: Monday to Friday 8–12 Uhr every
 * 15 minutes; none on days divisible by 6 (fully booked); the office in Welper only in the
 * afternoon, 14–16 Uhr; times already reserved in this run are gone.
 */
function officeTimes(officeId, day, state) {
  const date = Number(day.slice(8));
  if (weekday(day) === 0 || weekday(day) === 6 || date % 6 === 0) return [];
  const [from, to] = officeId === 10002 ? [14, 16] : [8, 12];
  const times = [];
  for (let minutes = from * 60; minutes < to * 60; minutes += 15) {
    const { ms } = berlinTime(day, Math.floor(minutes / 60), minutes % 60);
    const timestamp = ms / 1000;
    if (ms > Date.now() && !state.taken.has(`${officeId}-${timestamp}`)) times.push(timestamp);
  }
  return times;
}

function availableCalendar(ctx, state) {
  const query = ctx.query;
  const officeIds = String(query.officeIds ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number);
  if (query.zms === 'captcha-expired-calendar' && query.captchaToken) {
    // The citizen browsed longer than the token's lifetime: its second calendar finds it lapsed.
    state.tokenCalendars = (state.tokenCalendars ?? 0) + 1;
    if (state.tokenCalendars === 2) state.tokens.set(String(query.captchaToken), 0);
  }
  const captchaError = captchaProblem(ctx, state, officeIds, query.captchaToken);
  if (captchaError) return sendError(ctx, captchaError);
  const serviceIds = String(query.serviceIds ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number);
  if (!isDay(query.startDate) || !isDay(query.endDate)) {
    return sendJson(ctx, 400, {
      errors: [
        {
          errorCode: 'invalidStartDate',
          errorMessage: 'startDate is required and must be a valid date.',
          statusCode: 400,
          errorType: 'warning',
        },
      ],
    });
  }
  const offered = officeIds.filter((officeId) =>
    serviceIds.every((serviceId) =>
      RELATIONS.some(
        (relation) => relation.officeId === officeId && relation.serviceId === serviceId,
      ),
    ),
  );
  const days = [];
  for (let day = query.startDate; day <= query.endDate; day = addDays(day, 1)) {
    const offices = offered
      .map((officeId) => ({
        officeId: String(officeId),
        appointments: officeTimes(officeId, day, state),
      }))
      .filter((office) => office.appointments.length);
    if (offices.length) days.push({ date: day, offices });
  }
  const slotsStartDate = isDay(query.slotsStartDate) ? query.slotsStartDate : days[0]?.date;
  const slotsEndDate = isDay(query.slotsEndDate) ? query.slotsEndDate : days[0]?.date;
  const inWindow = (day) => slotsStartDate && day >= slotsStartDate && day <= slotsEndDate;
  sendJson(ctx, 200, {
    startDate: query.startDate,
    endDate: query.endDate,
    slotsStartDate: slotsStartDate ?? query.startDate,
    slotsEndDate: slotsEndDate ?? query.endDate,
    prevBookableDate: null,
    nextBookableDate: null,
    availableDays: days.map(({ date, offices }) => ({
      date,
      providerIDs: offices.map((office) => office.officeId).join(','),
      // Times only inside the slots window (ZmsApiFacadeService::getCalendarAvailability).
      offices: inWindow(date) ? offices : [],
    })),
  });
}

// ------------------------------------------------------------------------------ captcha

/** The mock's HMAC secret for challenges (the captcha service's, in ZMS). */
const CAPTCHA_SECRET = randomBytes(32).toString('hex');
/** How long a captchaToken is good for (ZMS: CAPTCHA_TOKEN_TTL, default 300 s). */
const CAPTCHA_TOKEN_SECONDS = 300;
/**
 * The proof of work: SHA-256 iterated `cost` times over salt + nonce + counter, until the key
 * starts with the prefix. Munich's service asks cost 1000 and prefix "00" (256 tries on average);
 * the mock fixes the answer at a counter of at most 24 (altcha-lib's deterministic mode) so that
 * the tests solve it within a second in both browsers, and still do the real work.
 */
const CAPTCHA_COST = 1000;
const CAPTCHA_MAX_COUNTER = 24;

/** The code of ZMS's captcha error for these offices and this token, if any. */
function captchaProblem(ctx, state, officeIds, token) {
  const required = captchaOffices(ctx);
  if (!officeIds.some((officeId) => required.includes(Number(officeId)))) return undefined;
  if (!token) return 'captchaMissing';
  const expires = state.tokens.get(String(token));
  if (expires === undefined) return 'captchaInvalid';
  return expires < Date.now() ? 'captchaExpired' : undefined;
}

/** ALTCHA v1: the number is at most this (the browsers try up to 20,000 hashes). */
const CAPTCHA_V1_MAX_NUMBER = 20_000;

async function captchaChallenge(ctx) {
  if (ctx.query.zms === 'captcha-v1') {
    return sendJson(
      ctx,
      200,
      await createChallengeV1({
        algorithm: 'SHA-256',
        hmacKey: CAPTCHA_SECRET,
        maxnumber: CAPTCHA_V1_MAX_NUMBER,
        expires: new Date(Date.now() + 10 * 60_000),
      }),
    );
  }
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    cost: CAPTCHA_COST,
    counter: randomInt(CAPTCHA_MAX_COUNTER, 0),
    keyPrefixLength: 2,
    deriveKey,
    expiresAt: new Date(Date.now() + 10 * 60_000),
    hmacSignatureSecret: CAPTCHA_SECRET,
  });
  // ZMS passes the service's challenge through as it is; JSON has no `undefined` members.
  sendJson(ctx, 200, {
    parameters: {
      keySignature: null,
      memoryCost: null,
      parallelism: null,
      data: null,
      ...challenge.parameters,
    },
    signature: challenge.signature,
  });
}

/** Whether the decoded payload solves a challenge this mock signed (ALTCHA v2, or v1). */
async function solutionVerified(payload) {
  try {
    // ALTCHA v1: { algorithm, challenge, number, salt, signature, took }.
    if (typeof payload?.challenge === 'string')
      return await verifySolutionV1(payload, CAPTCHA_SECRET);
    const { parameters = {}, signature } = payload?.challenge ?? {};
    const result = await verifySolution({
      // The challenge was signed without the members the answer adds as null.
      challenge: {
        parameters: Object.fromEntries(
          Object.entries(parameters).filter(([, value]) => value !== null),
        ),
        signature,
      },
      solution: payload?.solution,
      deriveKey,
      hmacSignatureSecret: CAPTCHA_SECRET,
    });
    return result.verified;
  } catch {
    return false;
  }
}

/** ZMS's answer when verification did not succeed: 200, `meta.success` false (CaptchaService). */
const notVerified = (ctx, error, data = null) =>
  sendJson(ctx, 200, { meta: { success: false, error }, data });

async function captchaVerify(ctx, state) {
  const body = await readJson(ctx);
  if (typeof body?.payload !== 'string' || !body.payload) {
    return notVerified(ctx, 'No payload provided');
  }
  let payload;
  try {
    const json = Buffer.from(body.payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    payload = JSON.parse(json.toString('utf8'));
  } catch {
    return notVerified(ctx, 'Invalid JSON in payload');
  }
  if (ctx.query.zms === 'captcha-refuse' && !state.refusedOnce) {
    state.refusedOnce = true;
    return notVerified(ctx, 'Captcha verification failed', { valid: false });
  }
  const signature = (typeof payload?.challenge === 'string' ? payload : payload?.challenge)
    ?.signature;
  // A solved challenge counts once (the captcha service refuses a replay).
  const verified = (await solutionVerified(payload)) && !state.usedChallenges.has(signature);
  if (!verified) return notVerified(ctx, 'Captcha verification failed', { valid: false });
  state.usedChallenges.add(signature);
  const token = randomBytes(24).toString('base64url');
  state.tokens.set(token, Date.now() + CAPTCHA_TOKEN_SECONDS * 1000);
  return sendJson(ctx, 200, { meta: { success: true }, data: { valid: true }, token });
}

// ------------------------------------------------------------------------------ processes

/** State per test run: processes by id, reserved times, scenario counters. */
const runs = new Map();
function runState(run) {
  const id = run || 'demo';
  let state = runs.get(id);
  if (!state) {
    if (runs.size > 2000) runs.delete(runs.keys().next().value);
    state = {
      processes: new Map(),
      taken: new Set(),
      tokens: new Map(),
      usedChallenges: new Set(),
      reserveCalls: 0,
      updateCalls: 0,
      preconfirmCalls: 0,
    };
    runs.set(id, state);
  }
  return state;
}

let nextProcessId = 100348;

/** The thinned process of the API: what every appointment route answers. */
function thinned(process) {
  const office = OFFICES.find((candidate) => candidate.id === process.officeId);
  const service = SERVICES.find((candidate) => candidate.id === process.serviceId);
  return {
    processId: process.processId,
    timestamp: String(process.timestamp),
    authKey: process.authKey,
    familyName: process.familyName ?? '',
    customTextfield: process.customTextfield ?? '',
    customTextfield2: '',
    email: process.email ?? '',
    telephone: process.telephone ?? '',
    officeName: office.name,
    officeId: office.id,
    status: process.status,
    scope: office.scope,
    subRequestCounts: [],
    serviceId: service.id,
    serviceName: service.name,
    serviceCount: process.serviceCount,
    slotCount: process.slotCount,
    displayNumber: null,
    icsContent: null,
  };
}

/** The run's process named by processId and authKey, or an error sent. */
function findProcess(ctx, state, body) {
  const process = state.processes.get(Number(body?.processId));
  if (!process || process.status === 'deleted') {
    sendError(ctx, 'appointmentNotFound');
    return undefined;
  }
  if (process.authKey !== body?.authKey) {
    sendError(ctx, 'authKeyMismatch');
    return undefined;
  }
  return process;
}

async function reserve(ctx, state) {
  const body = await readJson(ctx);
  const scenario = ctx.query.zms;
  if (scenario === 'rate-limit') return sendError(ctx, 'rateLimitExceeded');
  const officeId = Number(body?.officeId);
  const serviceId = Number(body?.serviceId?.[0]);
  const timestamp = Number(body?.timestamp);
  if (scenario === 'captcha-expired' && body?.captchaToken && !state.lapsedOnce) {
    // The citizen took longer than the token's lifetime: this one has lapsed.
    state.lapsedOnce = true;
    state.tokens.set(String(body.captchaToken), 0);
  }
  const captchaError = captchaProblem(ctx, state, [officeId], body?.captchaToken);
  if (captchaError) return sendError(ctx, captchaError);
  const relation = RELATIONS.find(
    (candidate) => candidate.officeId === officeId && candidate.serviceId === serviceId,
  );
  const day = dayKey(timestamp * 1000);
  if (
    scenario === 'slot-gone' ||
    !relation ||
    !officeTimes(officeId, day, state).includes(timestamp)
  ) {
    return sendError(ctx, 'appointmentNotAvailable');
  }
  const processId = nextProcessId++;
  const process = {
    processId,
    authKey: Math.random().toString(16).slice(2, 6),
    officeId,
    serviceId,
    serviceCount: Number(body?.serviceCount?.[0] ?? 1),
    slotCount: relation.slots,
    timestamp,
    status: 'reserved',
  };
  state.processes.set(processId, process);
  state.taken.add(`${officeId}-${timestamp}`);
  state.reserveCalls += 1;
  if (scenario === 'lose-reserve' && state.reserveCalls === 1) {
    return sendJson(ctx, 504, { message: 'Gateway Timeout' });
  }
  return sendJson(ctx, 200, thinned(process));
}

async function update(ctx, state) {
  const body = await readJson(ctx);
  const process = findProcess(ctx, state, body);
  if (!process) return undefined;
  state.updateCalls += 1;
  if (ctx.query.zms === 'reservation-deleted' && state.updateCalls === 1) {
    // ZMS's cleanup (zmsbackend ReservedDataDeleteByCron) DELETEs a reservation whose time is
    // over: the row is gone, so every later request for it is appointmentNotFound.
    state.processes.delete(process.processId);
    state.taken.delete(`${process.officeId}-${process.timestamp}`);
  }
  if (/^(fail-update|reservation-deleted)$/.test(ctx.query.zms) && state.updateCalls === 1) {
    return sendError(ctx, 'zmsClientCommunicationError');
  }
  // ZMS does not check the status here (zmsbackend ProcessUpdate: only that the process exists
  // and the authKey matches): the data of a preconfirmed process is overwritten as well.
  if (ctx.query.zms === 'expired') return sendError(ctx, 'processNotReservedAnymore');
  if (typeof body.familyName !== 'string' || !body.familyName.trim()) {
    return sendError(ctx, 'invalidFamilyName');
  }
  if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) {
    return sendError(ctx, 'invalidEmail');
  }
  if (ctx.query.zms === 'same-mail') return sendError(ctx, 'tooManyAppointmentsWithSameMail');
  // As ZMS's ValidationService: what the office's scope requires.
  const { scope } = officesFor(ctx).find((office) => office.id === process.officeId);
  const telephone = typeof body.telephone === 'string' ? body.telephone : '';
  if (scope.telephoneActivated && scope.telephoneRequired && !telephone.trim()) {
    return sendError(ctx, 'telephoneIsRequired');
  }
  // As its error message says (ErrorMessages.php): 7 to 15 digits, a leading + allowed.
  if (telephone && !/^\+?\d{7,15}$/.test(telephone)) return sendError(ctx, 'invalidTelephone');
  const customTextfield = typeof body.customTextfield === 'string' ? body.customTextfield : '';
  const required = scope.customTextfieldActivated && scope.customTextfieldRequired;
  if ((required && !customTextfield.trim()) || customTextfield.length > 250) {
    return sendError(ctx, 'invalidCustomTextfield');
  }
  Object.assign(process, {
    familyName: body.familyName,
    email: body.email,
    telephone,
    customTextfield,
  });
  return sendJson(ctx, 200, thinned(process));
}

/**
 * A change of status, allowed only `from` these: a repeat is refused like any other status, as
 * ZMS does (zmsbackend ProcessPreconfirm: not `reserved` → ProcessNotReservedAnymore;
 * ProcessConfirm: neither `preconfirmed` nor `reserved` → ProcessNotPreconfirmedAnymore; the
 * citizen API's ExceptionService maps them to these codes, 409).
 */
function transition(from, to, errorCode) {
  return async (ctx, state) => {
    const body = await readJson(ctx);
    const process = findProcess(ctx, state, body);
    if (!process) return undefined;
    if (!from.includes(process.status)) return sendError(ctx, errorCode);
    process.status = to;
    if (to === 'deleted') {
      state.taken.delete(`${process.officeId}-${process.timestamp}`);
      // Deleted (ZMS's cancel), the answer lost on its way back.
      if (ctx.query.zms === 'lose-cancel')
        return sendJson(ctx, 504, { message: 'Gateway Timeout' });
    }
    if (to === 'preconfirmed') {
      state.preconfirmCalls += 1;
      // Preconfirmed, the activation e-mail sent (AppointmentPreconfirmService), the answer lost.
      if (ctx.query.zms === 'lose-preconfirm' && state.preconfirmCalls === 1) {
        return sendJson(ctx, 504, { message: 'Gateway Timeout' });
      }
    }
    return sendJson(ctx, 200, thinned(process));
  };
}

const routes = {
  'offices-and-services/': {
    method: 'GET',
    handler: (ctx) =>
      sendJson(ctx, 200, { offices: officesFor(ctx), services: SERVICES, relations: RELATIONS }),
  },
  'available-calendar/': { method: 'GET', handler: availableCalendar },
  'reserve-appointment/': { method: 'POST', handler: reserve },
  'update-appointment/': { method: 'POST', handler: update },
  'preconfirm-appointment/': {
    method: 'POST',
    handler: transition(['reserved'], 'preconfirmed', 'processNotReservedAnymore'),
  },
  'confirm-appointment/': {
    method: 'POST',
    handler: transition(['preconfirmed', 'reserved'], 'confirmed', 'processNotPreconfirmedAnymore'),
  },
  'cancel-appointment/': {
    method: 'POST',
    handler: transition(
      ['reserved', 'preconfirmed', 'confirmed'],
      'deleted',
      'appointmentCanNotBeCanceled',
    ),
  },
  'appointment/': {
    method: 'GET',
    handler(ctx, state) {
      const process = findProcess(ctx, state, ctx.query);
      if (process) sendJson(ctx, 200, thinned(process));
    },
  },
  'captcha-details/': {
    method: 'GET',
    // As ZMS answers it: the URLs are those of its captcha service, which ZMS calls itself; the
    // browser asks the API's own captcha-challenge/ and captcha-verify/.
    handler: (ctx) =>
      sendJson(ctx, 200, {
        siteKey: 'mock-site-key',
        captchaChallenge: 'https://captcha.hattingen.example/api/v1/captcha/challenge',
        captchaVerify: 'https://captcha.hattingen.example/api/v1/captcha/verify',
        captchaEnabled: captchaScenario(ctx),
      }),
  },
  'captcha-challenge/': { method: 'GET', handler: captchaChallenge },
  'captcha-verify/': { method: 'POST', handler: captchaVerify },
};

export const zmsCitizenApiRoutes = [
  ...Object.entries(routes).map(([path, route]) => ({
    name: `zms-${path.replace(/\/$/, '')}`,
    method: route.method,
    path: `${ZMS_ROOT}${path}`,
    handler(ctx) {
      if (ctx.query.zms === 'maintenance') return sendError(ctx, 'serviceUnavailable');
      return route.handler(ctx, runState(ctx.query.run));
    },
  })),
  {
    name: 'zms-processes',
    fault: false,
    method: 'GET',
    path: `${ZMS_ROOT}_processes`,
    handler(ctx) {
      const state = runState(ctx.query.run);
      sendJson(ctx, 200, { processes: [...state.processes.values()] });
    },
  },
];
