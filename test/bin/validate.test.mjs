// `civic-widgets validate`, run as a city's CI runs it: the real bin as a child process, against
// the demo's fixtures, broken copies of them, and a local HTTP server on 127.0.0.1 that answers
// with and without CORS.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/civic-widgets.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../../demo/mock/fixtures/', import.meta.url).pathname;

/** Runs the bin; resolves with its exit code and output (never rejects on exit code 1). */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, out: stdout + stderr });
    });
  });
}

const fixture = async (name) => JSON.parse(await readFile(join(FIXTURES, `${name}.json`), 'utf8'));

let dir;
async function writeJson(name, data) {
  const file = join(dir, name);
  await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civic-validate-'));
  // The bin runs the bundle of the checks: built from the current source, not an old build.
  const { buildCli } = await import('../../scripts/build-editor.mjs');
  await buildCli();
});

describe('civic-widgets validate: every contract of the demo passes', () => {
  for (const [name, type] of [
    ['service-status', 'status'],
    ['statuspage-summary', 'status'],
    ['form-finder', 'forms'],
    ['defect-reporter', 'defects'],
    ['registry-booking', 'registry'],
  ]) {
    it(`${name}.json is detected as ${type} and exits 0`, async () => {
      const result = await run('validate', join(FIXTURES, `${name}.json`), '--lang', 'en');
      assert.equal(result.code, 0, result.out);
      assert.match(result.out, /^Fine\.?/m);
    });
  }

  it('slots pass with --type slots', async () => {
    const file = await writeJson('slots.json', {
      slots: [
        {
          id: 's1',
          start: '2026-12-01T09:00:00+01:00',
          end: '2026-12-01T09:30:00+01:00',
          available: true,
        },
      ],
    });
    const result = await run('validate', file, '--type', 'slots');
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /Termine für <registry-booking>/);
  });
});

describe('civic-widgets validate: problems with their JSON path', () => {
  it('names a missing status in German with the service name, and exits 1', async () => {
    const data = await fixture('service-status');
    delete data.services[1].status;
    const result = await run('validate', await writeJson('status.json', data));
    assert.equal(result.code, 1);
    assert.match(result.out, /FEHLER +services\[1\]\.status: Status fehlt bei „Mängelmelder“/);
    assert.match(result.out, /^1 Fehler, 0 Warnungen\.$/m);
  });

  it('says the same in English with --lang en', async () => {
    const data = await fixture('service-status');
    delete data.services[1].status;
    const result = await run('validate', await writeJson('status.json', data), '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.out, /ERROR +services\[1\]\.status: Status is missing in "Mängelmelder"/);
  });

  it('lists every bad field of one entry, not only the first', async () => {
    const data = await fixture('form-finder');
    data.forms[0] = { id: 'x', description: 5 };
    const result = await run('validate', await writeJson('forms.json', data), '--lang', 'en');
    assert.equal(result.code, 1);
    for (const path of [
      'forms[0].title',
      'forms[0].description',
      'forms[0].department',
      'forms[0].url',
    ]) {
      assert.ok(result.out.includes(`${path}:`), `${path} in\n${result.out}`);
    }
  });

  it('warns about what the widget leaves out silently, and still exits 0', async () => {
    const data = await fixture('form-finder');
    data.forms[0].departmnet = 'typo';
    data.forms[1].department = 'gibt-es-nicht';
    const result = await run('validate', await writeJson('forms.json', data));
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /WARNUNG +forms\[0\]\.departmnet: Unbekanntes Feld „departmnet“/);
    assert.match(result.out, /forms\[1\]\.department: Fachbereich „gibt-es-nicht“/);
  });

  it('reports a form link that is not http(s) as an error', async () => {
    const data = await fixture('form-finder');
    data.forms[0].url = 'javascript:alert(1)';
    const result = await run('validate', await writeJson('forms.json', data));
    assert.equal(result.code, 1);
    assert.match(result.out, /forms\[0\]\.url: Link \(URL\) bei „.*“ ist keine gültige Adresse/);
  });

  // A browser reads www.stadt.example/x as a path under the page: the citizen gets nowhere.
  for (const [name, file, change, path] of [
    [
      'a form link',
      'form-finder',
      (data) => (data.forms[0].url = 'www.stadt.example/wohngeld.pdf'),
      'forms[0].url',
    ],
    [
      'an online form',
      'form-finder',
      (data) => (data.forms[0].online_url = 'portal.stadt.example/wohngeld'),
      'forms[0].online_url',
    ],
    [
      'a department’s website',
      'form-finder',
      (data) => (data.departments[0].url = 'www.stadt.example/soziales'),
      'departments[0].url',
    ],
    [
      'the defect reporter’s submit_url',
      'defect-reporter',
      (data) => (data.submit_url = 'www.stadt.example/api/reports'),
      'submit_url',
    ],
    [
      'the defect reporter’s privacy_url',
      'defect-reporter',
      (data) => (data.privacy_url = 'www.stadt.example/datenschutz'),
      'privacy_url',
    ],
    [
      'the registry office’s website',
      'registry-booking',
      (data) => (data.office.url = 'www.stadt.example/standesamt'),
      'office.url',
    ],
  ]) {
    it(`fails on ${name} without https:// or /`, async () => {
      const data = await fixture(file);
      change(data);
      const result = await run('validate', await writeJson(`${file}.json`, data));
      assert.equal(result.code, 1, result.out);
      const escaped = path.replace(/[[\].]/g, '\\$&');
      assert.match(
        result.out,
        new RegExp(
          `FEHLER +${escaped}: .* ist keine gültige Adresse \\(„[^“]+“\\): Ein Link beginnt mit https:// oder / \\(für Seiten dieser Website\\)\\. Bitte mit https:// beginnen: „https://`,
        ),
      );
      assert.match(result.out, /^1 Fehler, 0 Warnungen\.$/m);
    });
  }

  // A letter O for a 0 dials another number; a comma in an e-mail address reaches no one.
  for (const [name, file, change, path, message] of [
    [
      'the registry office’s phone',
      'registry-booking',
      (data) => (data.office.phone = '(O2324) 16-O'),
      'office.phone',
      'Telefon bei „[^“]+“ ist keine gültige Telefonnummer \\(„\\(O2324\\) 16-O“\\)',
    ],
    [
      'the registry office’s e-mail',
      'registry-booking',
      (data) => (data.office.email = 'standesamt@stadt,de'),
      'office.email',
      'E-Mail bei „[^“]+“ ist keine gültige E-Mail-Adresse \\(„standesamt@stadt,de“\\)',
    ],
    [
      'a department’s phone',
      'form-finder',
      (data) => (data.departments[0].phone = '02324 l6-0'),
      'departments[0].phone',
      'Telefon bei „[^“]+“ ist keine gültige Telefonnummer',
    ],
    [
      'a department’s e-mail',
      'form-finder',
      (data) => (data.departments[0].email = 'soziales@stadt de'),
      'departments[0].email',
      'E-Mail bei „[^“]+“ ist keine gültige E-Mail-Adresse',
    ],
  ]) {
    it(`fails on a typo in ${name}`, async () => {
      const data = await fixture(file);
      change(data);
      const result = await run('validate', await writeJson(`${file}.json`, data));
      assert.equal(result.code, 1, result.out);
      const escaped = path.replace(/[[\].]/g, '\\$&');
      assert.match(result.out, new RegExp(`FEHLER +${escaped}: ${message}`));
      assert.match(result.out, /^1 Fehler, 0 Warnungen\.$/m);
    });
  }

  // The widget refuses a catalogue without a usable form (it keeps the last good one): the
  // editor must hear it as an error, once for the list.
  for (const [what, change] of [
    ['with no form', (data) => (data.forms = [])],
    ['whose every form lacks its title', (data) => data.forms.forEach((form) => delete form.title)],
  ]) {
    it(`reports a catalogue ${what} as an error of the list`, async () => {
      const data = await fixture('form-finder');
      change(data);
      const result = await run('validate', await writeJson('forms.json', data));
      assert.equal(result.code, 1, result.out);
      assert.match(
        result.out,
        /FEHLER +forms: Die Liste der Formulare enthält kein gültiges Formular: .*zuletzt bekannten Stand/,
      );
      const english = await run('validate', await writeJson('forms.json', data), '--lang', 'en');
      assert.match(english.out, /ERROR +forms: The form list holds no valid form/);
    });
  }

  it('fails on a second form with an id already used (the search finds only the first)', async () => {
    const data = await fixture('form-finder');
    data.forms.push({ ...data.forms[1], id: data.forms[0].id, title: 'Zweites Formular' });
    const result = await run('validate', await writeJson('forms.json', data));
    assert.equal(result.code, 1, result.out);
    assert.match(
      result.out,
      new RegExp(
        `FEHLER +forms\\[${data.forms.length - 1}\\]\\.id: Die Kennung „${data.forms[0].id}“ bei „Zweites Formular“ gehört schon einem Formular davor: Die Suche findet nur das erste`,
      ),
    );
  });

  it('fails on a service listed twice (citizens would see it twice, once in operation)', async () => {
    const data = await fixture('service-status');
    const portal = data.services.find((service) => service.status === 'major_outage');
    data.services.push({ id: portal.id, name: portal.name, status: 'operational' });
    const result = await run('validate', await writeJson('status.json', data));
    assert.equal(result.code, 1, result.out);
    assert.match(
      result.out,
      new RegExp(
        `FEHLER +services\\[${data.services.length - 1}\\]\\.id: Die Kennung „${portal.id}“ bei „${portal.name}“ gehört schon einem Dienst davor: .*Bitte führen Sie jeden Dienst nur einmal auf`,
      ),
    );
    assert.match(result.out, /^1 Fehler, 0 Warnungen\.$/m);
  });

  it('fails on a defect category or a registry service listed twice (choosing it sends the first)', async () => {
    for (const [widget, key] of [
      ['defect-reporter', 'categories'],
      ['registry-booking', 'services'],
    ]) {
      const data = await fixture(widget);
      data[key].push({ ...data[key][1], id: data[key][0].id });
      const result = await run('validate', await writeJson(`${widget}.json`, data));
      assert.equal(result.code, 1, result.out);
      assert.match(
        result.out,
        new RegExp(
          `FEHLER +${key}\\[${data[key].length - 1}\\]\\.id: Die Kennung „${data[key][0].id}“ bei „[^“]+“ gehört schon einem Eintrag davor: Wer diesen Eintrag wählt, sendet den davor`,
        ),
        result.out,
      );
    }
  });

  it('passes on the widget’s own refusal (a defect config without categories)', async () => {
    const data = await fixture('defect-reporter');
    data.categories = [];
    const result = await run('validate', await writeJson('defects.json', data), '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.out, /The widget refuses the data \(no categories\)/);
  });

  it('checks the envelope of the registry config (office missing → fallback)', async () => {
    const data = await fixture('registry-booking');
    delete data.office;
    const result = await run(
      'validate',
      await writeJson('registry.json', data),
      '--type',
      'registry',
    );
    assert.equal(result.code, 1);
    assert.match(result.out, /office: Amt fehlt\. Der Baustein zeigt stattdessen den Notfall-Text/);
  });

  it('leaves out slots without a UTC offset', async () => {
    const file = await writeJson('slots.json', {
      slots: [{ id: 's1', start: '2026-12-01T09:00:00', end: '2026-12-01T09:30:00+01:00' }],
    });
    const result = await run('validate', file, '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.out, /slots\[0\]\.start: Start in "s1" has no UTC offset/);
  });

  it('reads a file with a BOM and null as absent', async () => {
    const data = await fixture('service-status');
    data.services[0].message = null;
    const result = await run(
      'validate',
      await writeJson('bom.json', `\uFEFF${JSON.stringify(data)}`),
    );
    assert.equal(result.code, 0, result.out);
  });

  it('exits 1 on a file that is not JSON, and 2 on a wrong command line', async () => {
    const broken = await run('validate', await writeJson('broken.json', '{"services": ['));
    assert.equal(broken.code, 1);
    assert.match(broken.out, /Keine gültige JSON-Datei\. Die Datei endet mitten in den Daten/);
    assert.equal((await run('validate')).code, 2);
    assert.equal((await run('validate', 'x.json', '--type', 'weather')).code, 2);
    assert.equal((await run('validate', join(dir, 'missing.json'))).code, 1);
  });

  // Node's own message is English, and without a line before Node 22.
  it('says where a file is not JSON, and why, in German', async () => {
    const data = await fixture('service-status');
    const pretty = JSON.stringify(data, null, 2);
    const lines = pretty.split('\n');
    // A comma after the last service, as an editor leaves it after deleting the one below.
    const lastService = lines.findIndex((line) => line === '  ],') - 1;
    lines[lastService] += ',';
    const trailing = await run('validate', await writeJson('trailing.json', lines.join('\n')));
    assert.equal(trailing.code, 1);
    assert.equal(
      trailing.out.trim(),
      `FEHLER   Keine gültige JSON-Datei. Zeile ${lastService + 1}, Spalte ${lines[lastService].length}: ein Komma vor „]“. Nach dem letzten Eintrag einer Liste [ … ] oder eines Objekts { … } steht kein Komma: Bitte löschen Sie es.`,
    );
    // A status pasted from a word processor.
    const quoted = pretty.replace('"status": "major_outage"', '"status": „major_outage“');
    const quoteLine = quoted.split('\n').findIndex((line) => line.includes('„'));
    const typographic = await run('validate', await writeJson('quotes.json', quoted));
    assert.equal(typographic.code, 1);
    assert.match(
      typographic.out,
      new RegExp(
        `^FEHLER {3}Keine gültige JSON-Datei\\. Zeile ${quoteLine + 1}, Spalte ${quoted.split('\n')[quoteLine].indexOf('„') + 1}: ein typografisches Anführungszeichen \\(„\\), wie Word oder ein anderes Textprogramm es setzt\\. JSON braucht gerade Anführungszeichen \\("\\)`,
      ),
    );
    assert.doesNotMatch(trailing.out + typographic.out, /Unexpected|Expected|position|token/);
  });

  // A date as written in German, or without its time zone: a known field, not an unknown one.
  for (const [where, file, change, path, said] of [
    [
      'the status file’s date written in German',
      'service-status',
      (data) => (data.updated_at = '01.12.2026 09:15'),
      'updated_at',
      'Stand ist ungültig („01.12.2026 09:15“) und wird nicht angezeigt. Erwartet ist ein Zeitpunkt mit Zeitzone in der Form JJJJ-MM-TTThh:mm:ss+01:00, z.\u00a0B. 2026-12-01T09:15:00+01:00 (im Sommer +02:00, z.\u00a0B. 2026-06-01T09:15:00+02:00). Gemeint ist wohl „2026-12-01T09:15:00+01:00“.',
    ],
    [
      'the status file’s date without its time zone',
      'service-status',
      (data) => (data.updated_at = '2026-07-01T09:15:00'),
      'updated_at',
      'Stand ist ungültig („2026-07-01T09:15:00“) und wird nicht angezeigt. Es fehlt die Zeitzone, für deutsche Zeit: „2026-07-01T09:15:00+02:00“.',
    ],
    [
      'a form’s date written in German',
      'form-finder',
      (data) => (data.forms[0].updated_at = '15.01.2026'),
      'forms[0].updated_at',
      'Stand bei „Antrag auf Wohngeld“ ist ungültig („15.01.2026“) und wird nicht angezeigt. Erwartet ist ein Datum in der Form JJJJ-MM-TT, z.\u00a0B. 2026-01-15. Gemeint ist wohl „2026-01-15“.',
    ],
  ]) {
    it(`says ${where} is an invalid date, with its form`, async () => {
      const data = await fixture(file);
      change(data);
      const result = await run('validate', await writeJson(`${file}.json`, data));
      assert.equal(result.code, 0, result.out);
      const warnings = result.out.split('\n').filter((line) => line.startsWith('WARNUNG'));
      assert.deepEqual(warnings, [`WARNUNG  ${path}: ${said}`]);
    });
  }

  it('exits 1 when the kind of data cannot be told', async () => {
    const result = await run(
      'validate',
      await writeJson('other.json', { hello: 'world' }),
      '--lang',
      'en',
    );
    assert.equal(result.code, 1);
    assert.match(result.out, /Pass --type/);
  });
});

describe('civic-widgets validate: one message per mistake, in the editor’s words', () => {
  /** The lines of `out` that report a problem (FEHLER, WARNUNG, ERROR, WARNING). */
  const problemLines = (out) =>
    out.split('\n').filter((line) => /^(FEHLER|WARNUNG|ERROR|WARNING) /.test(line));

  it('says a slot time without its offset once, with the time as meant', async () => {
    const file = await writeJson('slots.json', {
      slots: [{ id: 's1', start: '2026-12-01T09:00:00', end: '2026-12-01T09:30:00+01:00' }],
    });
    const result = await run('validate', file, '--lang', 'en');
    assert.equal(result.code, 1);
    assert.deepEqual(problemLines(result.out), [
      'ERROR    slots[0].start: Start in "s1" has no UTC offset ("2026-12-01T09:00:00"). Please write it with one; in German time: "2026-12-01T09:00:00+01:00". The entry is left out.',
    ]);
    assert.match(result.out, /^1 error, 0 warnings\.$/m);
  });

  it('says an update time without its offset once, in German', async () => {
    const data = await fixture('service-status');
    data.incidents[0].updates[0].at = '2026-07-01T07:30:00';
    const result = await run('validate', await writeJson('status.json', data));
    assert.equal(result.code, 1);
    assert.deepEqual(problemLines(result.out), [
      `FEHLER   incidents[0].updates[0].at: Zeitpunkt bei „${data.incidents[0].title}“ hat keine Zeitzone („2026-07-01T07:30:00“). Bitte mit Zeitzone schreiben, für deutsche Zeit: „2026-07-01T07:30:00+02:00“. Der Eintrag wird nicht angezeigt.`,
    ]);
  });

  it('names the form of a date-time in German, without the check’s English', async () => {
    const file = await writeJson('slots.json', {
      slots: [{ id: 's1', start: '01.12.2026 09:00', end: '2026-12-01T09:30:00+01:00' }],
    });
    const result = await run('validate', file);
    assert.deepEqual(problemLines(result.out), [
      'FEHLER   slots[0].start: Beginn bei „s1“ ist ungültig (gefunden: „01.12.2026 09:00“). Erwartet ist ein Zeitpunkt mit Zeitzone in der Form JJJJ-MM-TTThh:mm:ss+01:00, z.\u00a0B. 2026-12-01T09:15:00+01:00 (im Sommer +02:00, z.\u00a0B. 2026-06-01T09:15:00+02:00). Gemeint ist wohl „2026-12-01T09:00:00+01:00“. Der Eintrag wird nicht angezeigt.',
    ]);
    assert.doesNotMatch(result.out, /expected|date-time|offset/);
  });

  it('says a number written in quotes once, with what is allowed', async () => {
    const data = await fixture('defect-reporter');
    data.max_photos = '3';
    const result = await run('validate', await writeJson('defects.json', data));
    assert.equal(result.code, 1);
    assert.deepEqual(problemLines(result.out), [
      'FEHLER   max_photos: Höchstzahl der Fotos (max_photos) ist ungültig (gefunden: „3“). Erlaubt ist eine Zahl von 0 bis 10, ohne Anführungszeichen. Der Baustein zeigt stattdessen den Notfall-Text mit Ihren Kontaktdaten.',
    ]);
  });

  it('lists each bad field of an entry once, with the value found in the file', async () => {
    const data = await fixture('registry-booking');
    data.services[0] = { id: 'x', name: 'Trauung', mode: 'Buchung', duration_minutes: '30' };
    const result = await run('validate', await writeJson('registry.json', data), '--lang', 'en');
    assert.deepEqual(problemLines(result.out), [
      'ERROR    services[0].mode: Mode in "Trauung" is invalid (found "Buchung"). Allowed: "booking", "reservation", "unavailable". The entry is left out.',
      'ERROR    services[0].duration_minutes: duration_minutes in "Trauung" is invalid (found "30"). Expected: a number. The entry is left out.',
    ]);
  });
});

describe('civic-widgets validate: a URL on a local server', () => {
  let server;
  let base;
  const requests = [];
  before(async () => {
    const status = await readFile(join(FIXTURES, 'service-status.json'));
    const forms = await fixture('form-finder');
    forms.forms[0].url = '/files/ok.pdf';
    forms.forms[1].url = '/files/gone.pdf';
    server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      if (request.url === '/cors/service-status.json') {
        response.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'access-control-allow-origin': 'https://www.stadt.example',
          'cache-control': 'no-cache',
          etag: '"1"',
        });
        response.end(status);
      } else if (request.url === '/plain/service-status.json') {
        response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'max-age=3600' });
        response.end(status);
      } else if (request.url === '/forms.json') {
        response.writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'max-age=300',
        });
        response.end(JSON.stringify({ ...forms, forms: forms.forms.slice(0, 3) }));
      } else if (request.url === '/files/ok.pdf' || request.url.startsWith('/formulare')) {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.end();
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  /** Validates the answer at `path` of the local server for pages of www.stadt.example. */
  const validateForCityOrigin = (path) =>
    run('validate', `${base}${path}`, '--origin', 'https://www.stadt.example');

  it('accepts an answer with CORS for the origin and no-cache', async () => {
    const result = await validateForCityOrigin('/cors/service-status.json');
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /CORS: Access-Control-Allow-Origin: https:\/\/www\.stadt\.example/);
    assert.match(result.out, /Cache-Control: no-cache/);
  });

  it('fails without CORS for the origin, and warns about the type and the caching', async () => {
    const result = await validateForCityOrigin('/plain/service-status.json');
    assert.equal(result.code, 1);
    assert.match(
      result.out,
      /FEHLER +HTTP: Kein Access-Control-Allow-Origin für https:\/\/www\.stadt\.example/,
    );
    assert.match(result.out, /WARNUNG +HTTP: Content-Type ist "text\/plain"/);
    assert.match(
      result.out,
      /WARNUNG +HTTP: Cache-Control ist "max-age=3600": Statusdaten sollten mit "Cache-Control: no-cache"/,
    );
  });

  it('fails on an HTTP error', async () => {
    const result = await run('validate', `${base}/nothing.json`, '--lang', 'en');
    assert.equal(result.code, 1);
    assert.match(result.out, /Not valid JSON|HTTP 404/);
  });

  it('--check-links reports a dead form link, resolved against the URL', async () => {
    const result = await run(
      'validate',
      `${base}/forms.json`,
      '--check-links',
      '--lang',
      'en',
      '--timeout',
      '3000',
    );
    assert.equal(result.code, 1, result.out);
    assert.match(
      result.out,
      new RegExp(`Link not reachable \\(HTTP 404\\): ${base}/files/gone\\.pdf`),
    );
    assert.doesNotMatch(result.out, /ok\.pdf/);
    assert.ok(requests.includes('HEAD /files/ok.pdf'), requests.join('\n'));
  });
});

describe('civic-widgets integrity', () => {
  it('prints the sha384 Subresource Integrity value of a file', async () => {
    const file = await writeJson('script.js', 'console.log(1);\n');
    const result = await run('integrity', file);
    assert.equal(result.code, 0);
    // openssl dgst -sha384 -binary script.js | openssl base64 -A
    assert.equal(
      result.out.trim(),
      `sha384-${(await import('node:crypto')).createHash('sha384').update('console.log(1);\n').digest('base64')}  ${file}`,
    );
    assert.match(result.out, /^sha384-[A-Za-z0-9+/]{64} /);
  });

  it('prints both files a page may load from a CDN by default, each named', async () => {
    const result = await run('integrity');
    assert.equal(result.code, 0);
    const lines = result.out.trim().split('\n');
    assert.deepEqual(
      lines.map((line) => line.split('/').at(-1)),
      ['civic-widgets.js', 'civic-widgets.bundle.js'],
    );
    for (const line of lines) assert.match(line, /^sha384-[A-Za-z0-9+/]{64} {2}\/.*\/dist\//);
  });
});
