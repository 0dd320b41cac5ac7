// The ZMS mock (demo/mock/zms-citizen-api.mjs) against the JSON Schemas the ZMS project publishes
// (zmsentities/schema/citizenapi/, copied to test/fixtures/zms-citizenapi-schema/): a mock that
// drifts from the real contract would let the widget pass tests that a real city's ZMS fails.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { solveChallenge as solveChallengeV1 } from 'altcha-lib/v1';
import { ZMS_ROOT, zmsCitizenApiRoutes } from '../../demo/mock/zms-citizen-api.mjs';
import { callRoute } from './call-route.mjs';

const SCHEMA_DIR = new URL('../fixtures/zms-citizenapi-schema/', import.meta.url).pathname;
const BASE = 'https://zms.schema.example/citizenapi/';

/** Every schema file, each with an $id under BASE so that their relative $refs resolve. */
function loadSchemas() {
  // The schemas use `type: ["array", "object"]` with object keywords: not strict JSON Schema.
  const ajv = new Ajv({ strict: false, allErrors: true });
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
    });
  for (const path of walk(SCHEMA_DIR)) {
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    ajv.addSchema({ ...schema, $id: BASE + relative(SCHEMA_DIR, path) });
  }
  return ajv;
}

const ajv = loadSchemas();

function expectValid(schemaPath, value) {
  const validate = ajv.getSchema(BASE + schemaPath);
  assert.ok(validate, `no schema ${schemaPath}`);
  const valid = validate(value);
  assert.ok(valid, `${schemaPath}: ${ajv.errorsText(validate.errors)}`);
}

/** Calls a mock route as Koa would; returns `{ status, body }`. */
async function call(method, path, { query = {}, body } = {}) {
  const route = zmsCitizenApiRoutes.find(
    (candidate) => candidate.method === method && candidate.path === ZMS_ROOT + path,
  );
  assert.ok(route, `no route ${method} ${path}`);
  return callRoute(route, {
    method,
    query,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
}

const ERROR_CODES = new Set(
  readFileSync(new URL('../../demo/mock/zms-citizen-api.mjs', import.meta.url), 'utf8').match(
    /^ {2}[a-zA-Z]+(?=: \[)/gm,
  ),
);

function expectError(answer, code, status) {
  assert.equal(answer.status, status);
  assert.equal(answer.body.errors.length, 1);
  const [error] = answer.body.errors;
  assert.deepEqual(Object.keys(error).sort(), [
    'errorCode',
    'errorMessage',
    'errorType',
    'statusCode',
  ]);
  assert.equal(error.errorCode, code);
  assert.equal(error.statusCode, status);
  assert.ok(ERROR_CODES.size > 5);
}

describe('ZMS citizen API mock', () => {
  const run = `node-${Date.now()}`;

  it('offices-and-services/ answers an officeServiceAndRelationList', async () => {
    const { status, body } = await call('GET', 'offices-and-services/');
    assert.equal(status, 200);
    expectValid('collections/officeServiceAndRelationList.json', body);
    for (const office of body.offices) expectValid('office.json', office);
    for (const service of body.services) expectValid('service.json', service);
    for (const relation of body.relations) expectValid('officeServiceRelation.json', relation);
    for (const office of body.offices) expectValid('thinnedScope.json', office.scope);
    // The scenarios' scopes, with what they ask of the form, are ZMS's too.
    for (const zms of ['notes-required', 'office-fields']) {
      const scenario = await call('GET', 'offices-and-services/', { query: { zms } });
      for (const office of scenario.body.offices) expectValid('thinnedScope.json', office.scope);
    }
  });

  it('office-fields: update-appointment/ checks what the office’s scope asks, as ZMS does', async () => {
    const query = { run: `${run}-fields`, zms: 'office-fields' };
    const key = await reserveIn(query);
    const update = (fields) =>
      call('POST', 'update-appointment/', {
        query,
        body: { ...key, familyName: 'Anna Beispiel', email: 'anna@example.org', ...fields },
      });
    expectError(await update({ customTextfield: 'Az. 1' }), 'telephoneIsRequired', 406);
    expectError(
      await update({ telephone: '12 34', customTextfield: 'Az. 1' }),
      'invalidTelephone',
      400,
    );
    expectError(await update({ telephone: '023242040' }), 'invalidCustomTextfield', 400);
    const updated = await update({ telephone: '023242040', customTextfield: 'Az. 1' });
    assert.equal(updated.status, 200);
    expectValid('thinnedProcess.json', updated.body);
  });

  it('available-calendar/ answers an AvailableCalendar with times for the first bookable day only', async () => {
    const query = {
      run,
      startDate: '2099-11-01',
      endDate: '2099-11-30',
      officeIds: '10001,10002',
      serviceIds: '1063453',
      serviceCounts: '1',
    };
    const { status, body } = await call('GET', 'available-calendar/', { query });
    assert.equal(status, 200);
    expectValid('availableCalendar.json', body);
    const withTimes = body.availableDays.filter((day) => day.offices.length);
    assert.deepEqual(
      withTimes.map((day) => day.date),
      ['2099-11-02'],
    );
    assert.ok(body.availableDays.length > 10);
    // Asked for another day: that day's times.
    const other = await call('GET', 'available-calendar/', {
      query: { ...query, slotsStartDate: '2099-11-03', slotsEndDate: '2099-11-03' },
    });
    expectValid('availableCalendar.json', other.body);
    const day = other.body.availableDays.find((candidate) => candidate.date === '2099-11-03');
    assert.deepEqual(
      day.offices.map((office) => office.officeId),
      ['10001', '10002'],
    );
  });

  it('reserve → update → preconfirm → confirm → appointment → cancel answer thinned processes', async () => {
    const calendar = await call('GET', 'available-calendar/', {
      query: {
        run,
        startDate: '2099-11-01',
        endDate: '2099-11-30',
        officeIds: '10001',
        serviceIds: '1063453',
        serviceCounts: '1',
      },
    });
    const timestamp = calendar.body.availableDays[0].offices[0].appointments[0];
    const reserved = await call('POST', 'reserve-appointment/', {
      query: { run },
      body: { officeId: 10001, serviceId: [1063453], serviceCount: [1], timestamp },
    });
    assert.equal(reserved.status, 200);
    expectValid('thinnedProcess.json', reserved.body);
    assert.equal(reserved.body.status, 'reserved');
    const { processId, authKey } = reserved.body;
    const updated = await call('POST', 'update-appointment/', {
      query: { run },
      body: {
        processId,
        authKey,
        familyName: 'Anna Beispiel',
        email: 'anna@example.org',
        telephone: '',
      },
    });
    expectValid('thinnedProcess.json', updated.body);
    assert.equal(updated.body.familyName, 'Anna Beispiel');
    for (const [path, status] of [
      ['preconfirm-appointment/', 'preconfirmed'],
      ['confirm-appointment/', 'confirmed'],
    ]) {
      const answer = await call('POST', path, { query: { run }, body: { processId, authKey } });
      expectValid('thinnedProcess.json', answer.body);
      assert.equal(answer.body.status, status);
    }
    const shown = await call('GET', 'appointment/', {
      query: { run, processId: String(processId), authKey },
    });
    expectValid('thinnedProcess.json', shown.body);
    assert.equal(shown.body.status, 'confirmed');
    const cancelled = await call('POST', 'cancel-appointment/', {
      query: { run },
      body: { processId, authKey },
    });
    expectValid('thinnedProcess.json', cancelled.body);
    assert.equal(cancelled.body.status, 'deleted');
    expectError(
      await call('GET', 'appointment/', { query: { run, processId: String(processId), authKey } }),
      'appointmentNotFound',
      404,
    );
  });

  /** Reserves the first free time at the Welper in a run of its own; the process's key. */
  async function reserveIn(query) {
    const calendar = await call('GET', 'available-calendar/', {
      query: { ...query, startDate: '2099-11-01', endDate: '2099-11-30', officeIds: '10002' },
    });
    const timestamp = calendar.body.availableDays[0].offices[0].appointments[0];
    const reserved = await call('POST', 'reserve-appointment/', {
      query,
      body: { officeId: 10002, serviceId: [1063453], serviceCount: [1], timestamp },
    });
    assert.equal(reserved.status, 200);
    return { processId: reserved.body.processId, authKey: reserved.body.authKey };
  }

  const contactData = { familyName: 'Anna Beispiel', email: 'anna@example.org', telephone: '' };

  it('refuses a repeated preconfirm or confirm as ZMS does (ProcessPreconfirm, ProcessConfirm)', async () => {
    const query = { run: `${run}-repeat` };
    const key = await reserveIn(query);
    const post = (path, body = key) => call('POST', path, { query, body });
    assert.equal((await post('update-appointment/', { ...key, ...contactData })).status, 200);
    assert.equal((await post('preconfirm-appointment/')).body.status, 'preconfirmed');
    expectError(await post('preconfirm-appointment/'), 'processNotReservedAnymore', 409);
    // ZMS updates a preconfirmed process without a word (ProcessUpdate checks no status).
    const again = await post('update-appointment/', { ...key, ...contactData, familyName: 'B' });
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'preconfirmed');
    assert.equal((await post('confirm-appointment/')).body.status, 'confirmed');
    expectError(await post('confirm-appointment/'), 'processNotPreconfirmedAnymore', 409);
    // A reserved process can be confirmed directly (ProcessConfirm allows `reserved`).
    const reserved = await reserveIn(query);
    assert.equal((await post('confirm-appointment/', reserved)).body.status, 'confirmed');
  });

  it('lose-preconfirm: the first preconfirm sets the status, its answer is lost (504)', async () => {
    const query = { run: `${run}-lose-preconfirm`, zms: 'lose-preconfirm' };
    const key = await reserveIn(query);
    await call('POST', 'update-appointment/', { query, body: { ...key, ...contactData } });
    const lost = await call('POST', 'preconfirm-appointment/', { query, body: key });
    assert.equal(lost.status, 504);
    const shown = await call('GET', 'appointment/', {
      query: { ...query, processId: String(key.processId), authKey: key.authKey },
    });
    expectValid('thinnedProcess.json', shown.body);
    assert.equal(shown.body.status, 'preconfirmed');
  });

  it('reservation-deleted: the first update fails and the process is gone, its time free', async () => {
    const query = { run: `${run}-deleted`, zms: 'reservation-deleted' };
    const key = await reserveIn(query);
    const update = () =>
      call('POST', 'update-appointment/', { query, body: { ...key, ...contactData } });
    expectError(await update(), 'zmsClientCommunicationError', 503);
    expectError(await update(), 'appointmentNotFound', 404);
    expectError(
      await call('GET', 'appointment/', {
        query: { ...query, processId: String(key.processId), authKey: key.authKey },
      }),
      'appointmentNotFound',
      404,
    );
    // The time is free again: the same one can be reserved afresh.
    assert.notEqual((await reserveIn(query)).processId, key.processId);
  });

  it('captcha-v1: an ALTCHA v1 challenge (ZMS before June 2026), solved and verified, gives a token', async () => {
    const query = { run: `${run}-v1`, zms: 'captcha-v1' };
    const { body: challenge } = await call('GET', 'captcha-challenge/', { query });
    assert.deepEqual(Object.keys(challenge).sort(), [
      'algorithm',
      'challenge',
      'maxnumber',
      'salt',
      'signature',
    ]);
    const { number } = await solveChallengeV1(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    ).promise;
    const payload = { ...challenge, number, took: 1 };
    delete payload.maxnumber;
    const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64');
    const wrong = await call('POST', 'captcha-verify/', {
      query,
      body: { payload: encode({ ...payload, number: number + 1 }) },
    });
    assert.equal(wrong.body.meta.success, false);
    const verified = await call('POST', 'captcha-verify/', {
      query,
      body: { payload: encode(payload) },
    });
    assert.deepEqual(verified.body.meta, { success: true });
    assert.equal(typeof verified.body.token, 'string');
  });

  it('captcha-details/ answers an AltchaCaptchaConfig', async () => {
    const { body } = await call('GET', 'captcha-details/');
    expectValid('captcha/altchaCaptcha.json', body);
    assert.equal(body.captchaEnabled, false);
    const required = await call('GET', 'captcha-details/', { query: { zms: 'captcha' } });
    assert.equal(required.body.captchaEnabled, true);
  });

  it('captcha: a real ALTCHA challenge, solved and verified, gives the token the scope asks for', async () => {
    const query = { run, zms: 'captcha' };
    const offices = await call('GET', 'offices-and-services/', { query });
    const rathaus = offices.body.offices.find((office) => office.id === 10001);
    assert.equal(rathaus.scope.captchaActivatedRequired, true);
    expectValid('thinnedScope.json', rathaus.scope);
    const calendarQuery = {
      ...query,
      startDate: '2099-11-01',
      endDate: '2099-11-30',
      officeIds: '10001',
      serviceIds: '1063453',
      serviceCounts: '1',
    };
    expectError(
      await call('GET', 'available-calendar/', { query: calendarQuery }),
      'captchaMissing',
      400,
    );
    expectError(
      await call('GET', 'available-calendar/', {
        query: { ...calendarQuery, captchaToken: 'forged' },
      }),
      'captchaInvalid',
      400,
    );
    // Welper's scope asks for none.
    const welper = await call('GET', 'available-calendar/', {
      query: { ...calendarQuery, officeIds: '10002' },
    });
    assert.equal(welper.status, 200);

    const challenge = await call('GET', 'captcha-challenge/', { query });
    assert.equal(challenge.status, 200);
    expectValid('captcha/createChallengeResponse.json', challenge.body);
    assert.equal(challenge.body.parameters.algorithm, 'SHA-256');
    const solution = await solveChallenge({ challenge: challenge.body, deriveKey });
    const decoded = { challenge: challenge.body, solution };
    expectValid('captcha/altchaVerifyPayload.json', decoded);
    const request = { payload: Buffer.from(JSON.stringify(decoded)).toString('base64url') };
    expectValid('captcha/verifySolutionRequest.json', request);

    // A wrong solution is refused (200, meta.success false, as ZMS's CaptchaService answers).
    const wrong = {
      challenge: challenge.body,
      solution: { ...solution, counter: solution.counter + 1 },
    };
    const refused = await call('POST', 'captcha-verify/', {
      query,
      body: { payload: Buffer.from(JSON.stringify(wrong)).toString('base64') },
    });
    assert.equal(refused.status, 200);
    assert.deepEqual(refused.body.meta, { success: false, error: 'Captcha verification failed' });

    const verified = await call('POST', 'captcha-verify/', { query, body: request });
    assert.equal(verified.status, 200);
    assert.deepEqual(verified.body.meta, { success: true });
    expectValid('captcha/verifySolutionResponse.json', verified.body.data);
    assert.equal(typeof verified.body.token, 'string');
    // The same solution twice: refused.
    const replay = await call('POST', 'captcha-verify/', { query, body: request });
    assert.equal(replay.body.meta.success, false);

    const calendar = await call('GET', 'available-calendar/', {
      query: { ...calendarQuery, captchaToken: verified.body.token },
    });
    assert.equal(calendar.status, 200);
    const timestamp = calendar.body.availableDays[0].offices[0].appointments[0];
    const reserveBody = { officeId: 10001, serviceId: [1063453], serviceCount: [1], timestamp };
    expectError(
      await call('POST', 'reserve-appointment/', { query, body: reserveBody }),
      'captchaMissing',
      400,
    );
    const reserved = await call('POST', 'reserve-appointment/', {
      query,
      body: { ...reserveBody, captchaToken: verified.body.token },
    });
    assert.equal(reserved.status, 200);
    expectValid('thinnedProcess.json', reserved.body);
  });

  it('plays the API’s error objects with their codes and statuses', async () => {
    const reserveBody = { officeId: 10001, serviceId: [1063453], serviceCount: [1], timestamp: 1 };
    expectError(
      await call('POST', 'reserve-appointment/', {
        query: { run, zms: 'rate-limit' },
        body: reserveBody,
      }),
      'rateLimitExceeded',
      429,
    );
    expectError(
      await call('POST', 'reserve-appointment/', { query: { run }, body: reserveBody }),
      'appointmentNotAvailable',
      404,
    );
    expectError(
      await call('GET', 'offices-and-services/', { query: { zms: 'maintenance' } }),
      'serviceUnavailable',
      503,
    );
    expectError(
      await call('POST', 'update-appointment/', {
        query: { run },
        body: { processId: 1, authKey: 'x' },
      }),
      'appointmentNotFound',
      404,
    );
  });
});
