// The `validate` command: reads a file or URL, checks it with the widgets' checks (passed in as
// `checks`, the bundle dist/cli/payload-check.mjs), checks a URL's HTTP answer the way a
// browser on the city's pages will read it, and prints every problem with its JSON path.
//
// This file runs under Node only; it is plain JavaScript so that it needs no build of its own.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const TYPE_NAMES = {
  de: {
    status: 'Statusmeldungen für <service-status>',
    forms: 'Formularkatalog für <form-finder>',
    defects: 'Einstellungen für <defect-reporter>',
    registry: 'Einstellungen für <registry-booking>',
    slots: 'Termine für <registry-booking>',
  },
  en: {
    status: 'service status for <service-status>',
    forms: 'form catalogue for <form-finder>',
    defects: 'settings for <defect-reporter>',
    registry: 'settings for <registry-booking>',
    slots: 'appointment slots for <registry-booking>',
  },
};

/** The command's own sentences (the payload problems come from the checks bundle). */
const TEXT = {
  de: {
    usage: `Aufruf: civic-widgets validate <Datei oder URL> [Optionen]
        civic-widgets integrity [Datei …]   (Prüfsumme für <script integrity>)

Prüft die JSON-Daten eines Bausteins mit denselben Prüfungen, die die Bausteine verwenden.

  --type status|forms|defects|registry|slots   Art der Daten (sonst erkannt)
  --lang de|en                                 Sprache der Meldungen (Standard: de)
  --origin https://www.stadt.example           Adresse der Seiten, die die Daten laden (prüft CORS)
  --check-links                                jeden Formular-Link abfragen (HEAD)
  --timeout 10000                              Millisekunden je Abfrage
  --concurrency 4                              gleichzeitige Link-Abfragen

Ergebnis: 0 = in Ordnung (Warnungen möglich), 1 = Fehler gefunden, 2 = falscher Aufruf.`,
    checking: (source, type) => `Prüfe ${source} (${type})`,
    statuspage: 'Format: Atlassian Statuspage summary.json (wird umgewandelt gelesen)',
    error: 'FEHLER ',
    warning: 'WARNUNG',
    ok: (warnings) =>
      warnings
        ? `In Ordnung, mit ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}.`
        : 'In Ordnung.',
    failed: (errors, warnings) =>
      `${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}.`,
    unreadable: (source, message) => `${source} kann nicht gelesen werden: ${message}`,
    notJson: (detail) => `Keine gültige JSON-Datei. ${detail}`,
    unknownType:
      'Die Art der Daten ist nicht zu erkennen (keine Felder "services", "forms", "categories", "office" oder "slots"). Geben Sie --type an.',
    badType: (type) => `Unbekannte Art "${type}": status, forms, defects, registry oder slots.`,
    httpStatus: (status) =>
      `Der Server antwortet mit HTTP ${status}: Die Bausteine zeigen den Notfall-Text.`,
    contentType: (type) =>
      `Content-Type ist "${type || '(keiner)'}", erwartet ist application/json (sonst behandeln manche Server und Proxys die Datei falsch).`,
    corsMissing: (origin) =>
      `Kein Access-Control-Allow-Origin für ${origin}: Browser auf diesen Seiten dürfen die Daten nicht lesen, die Bausteine zeigen den Notfall-Text. Bitten Sie Ihr Webserver-Team um "Access-Control-Allow-Origin: ${origin}" (oder "*").`,
    corsOther: (origin, allowed) =>
      `Access-Control-Allow-Origin ist "${allowed}", nicht ${origin}: Browser auf ${origin} dürfen die Daten nicht lesen.`,
    corsOk: (allowed) => `CORS: Access-Control-Allow-Origin: ${allowed}`,
    corsUnknown:
      'Kein Access-Control-Allow-Origin: Nur Seiten auf demselben Server können die Daten lesen. Mit --origin prüfen Sie eine andere Adresse.',
    cacheStatus: (value) =>
      `Cache-Control ist "${value || '(keiner)'}": Statusdaten sollten mit "Cache-Control: no-cache" ausgeliefert werden, damit eine Änderung sofort bei allen ankommt.`,
    cacheNone:
      'Weder Cache-Control noch ETag oder Last-Modified: Browser raten, wie lange sie die Daten aufheben. Empfohlen: "Cache-Control: no-cache" mit ETag.',
    cacheOk: (value) => `Cache-Control: ${value}`,
    deadLink: (url, status) => `Link nicht erreichbar (${status}): ${url}`,
    relativeLinks: (count) =>
      `${count} relative Links nicht geprüft: Geben Sie --origin an, gegen welche Adresse sie gelten.`,
    linksChecked: (count) => `${count} Links geprüft.`,
  },
  en: {
    usage: `Usage: civic-widgets validate <file or URL> [options]
       civic-widgets integrity [file …]   (checksum for <script integrity>)

Checks a widget's JSON with the same checks the widgets use.

  --type status|forms|defects|registry|slots   kind of data (detected when omitted)
  --lang de|en                                 language of the messages (default: de)
  --origin https://www.city.example            origin of the pages that load the data (checks CORS)
  --check-links                                request every form link (HEAD)
  --timeout 10000                              milliseconds per request
  --concurrency 4                              link requests at once

Exit code: 0 = fine (warnings possible), 1 = errors found, 2 = wrong command line.`,
    checking: (source, type) => `Checking ${source} (${type})`,
    statuspage: 'Format: Atlassian Statuspage summary.json (read through the adapter)',
    error: 'ERROR  ',
    warning: 'WARNING',
    ok: (warnings) =>
      warnings ? `Fine, with ${warnings} warning${warnings === 1 ? '' : 's'}.` : 'Fine.',
    failed: (errors, warnings) =>
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    unreadable: (source, message) => `Cannot read ${source}: ${message}`,
    notJson: (detail) => `Not valid JSON. ${detail}`,
    unknownType:
      'Cannot tell the kind of data (no "services", "forms", "categories", "office" or "slots" field). Pass --type.',
    badType: (type) => `Unknown type "${type}": status, forms, defects, registry or slots.`,
    httpStatus: (status) => `The server answers HTTP ${status}: the widgets show their fallback.`,
    contentType: (type) =>
      `Content-Type is "${type || '(none)'}", expected application/json (some servers and proxies mishandle the file otherwise).`,
    corsMissing: (origin) =>
      `No Access-Control-Allow-Origin for ${origin}: browsers on those pages may not read the data, the widgets show their fallback. Ask your web server team for "Access-Control-Allow-Origin: ${origin}" (or "*").`,
    corsOther: (origin, allowed) =>
      `Access-Control-Allow-Origin is "${allowed}", not ${origin}: browsers on ${origin} may not read the data.`,
    corsOk: (allowed) => `CORS: Access-Control-Allow-Origin: ${allowed}`,
    corsUnknown:
      'No Access-Control-Allow-Origin: only pages on the same server can read the data. Check another origin with --origin.',
    cacheStatus: (value) =>
      `Cache-Control is "${value || '(none)'}": serve status data with "Cache-Control: no-cache" so that a change reaches everyone at once.`,
    cacheNone:
      'Neither Cache-Control nor ETag or Last-Modified: browsers guess how long to keep the data. Recommended: "Cache-Control: no-cache" with an ETag.',
    cacheOk: (value) => `Cache-Control: ${value}`,
    deadLink: (url, status) => `Link not reachable (${status}): ${url}`,
    relativeLinks: (count) => `${count} relative links not checked: pass --origin to resolve them.`,
    linksChecked: (count) => `${count} links checked.`,
  },
};

export const usage = (lang = 'de') => TEXT[lang].usage;

const isUrl = (source) => /^https?:\/\//i.test(source);

/** Status data must reach open pages within one refresh: revalidated, or kept a minute at most. */
function statusCacheAcceptable(cacheControl) {
  const directives = cacheControl.toLowerCase();
  if (/no-cache|no-store/.test(directives)) return true;
  const maxAge = /max-age=(\d+)/.exec(directives);
  return maxAge !== null && Number(maxAge[1]) <= 60;
}

/** The HTTP answer as a browser on `origin` reads it: status, type, CORS, caching. */
function httpFindings(response, { origin, type }, text) {
  const findings = [];
  const add = (severity, message) => findings.push({ severity, message });
  if (!response.ok) add('error', text.httpStatus(response.status));
  const contentType = response.headers.get('content-type') ?? '';
  if (!/json/i.test(contentType)) add('warning', text.contentType(contentType));
  const allowed = response.headers.get('access-control-allow-origin');
  if (origin) {
    if (!allowed) add('error', text.corsMissing(origin));
    else if (allowed !== '*' && allowed !== origin) add('error', text.corsOther(origin, allowed));
    else add('info', text.corsOk(allowed));
  } else if (!allowed) {
    add('info', text.corsUnknown);
  } else {
    add('info', text.corsOk(allowed));
  }
  const cacheControl = response.headers.get('cache-control') ?? '';
  const validator = response.headers.has('etag') || response.headers.has('last-modified');
  if (type === 'status' && !statusCacheAcceptable(cacheControl))
    add('warning', text.cacheStatus(cacheControl));
  else if (!cacheControl && !validator) add('warning', text.cacheNone);
  else if (cacheControl) add('info', text.cacheOk(cacheControl));
  return findings;
}

/** HEAD every link (GET when a server refuses HEAD), `concurrency` at a time, each with a timeout. */
async function deadLinks(urls, { concurrency, timeout }) {
  const dead = [];
  const queue = [...urls];
  const probe = async (url) => {
    for (const method of ['HEAD', 'GET']) {
      try {
        const response = await fetch(url, {
          method,
          redirect: 'follow',
          signal: AbortSignal.timeout(timeout),
        });
        await response.body?.cancel();
        if (method === 'HEAD' && (response.status === 405 || response.status === 501)) continue;
        if (response.status >= 400) dead.push({ url, status: `HTTP ${response.status}` });
      } catch (error) {
        dead.push({
          url,
          status: error.name === 'TimeoutError' ? 'timeout' : (error.cause?.code ?? error.message),
        });
      }
      return;
    }
  };
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) await probe(url);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return dead;
}

function formLinks(payload) {
  const links = [];
  for (const form of Array.isArray(payload?.forms) ? payload.forms : []) {
    for (const key of ['url', 'online_url']) {
      if (typeof form?.[key] === 'string' && form[key].trim()) links.push(form[key].trim());
    }
  }
  return [...new Set(links)];
}

/**
 * Runs the command; returns the exit code. `print` receives each output line (console.log by
 * default; the tests collect them).
 */
export async function validate(argv, checks, print = console.log) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        type: { type: 'string' },
        lang: { type: 'string', default: 'de' },
        origin: { type: 'string' },
        'check-links': { type: 'boolean', default: false },
        timeout: { type: 'string', default: '10000' },
        concurrency: { type: 'string', default: '4' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    print(error.message);
    print(usage());
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : 'de';
  const text = TEXT[lang];
  if (values.help || positionals.length !== 1) {
    print(text.usage);
    return values.help ? 0 : 2;
  }
  if (values.type && !checks.PAYLOAD_TYPES.includes(values.type)) {
    print(text.badType(values.type));
    return 2;
  }
  const source = positionals[0];
  const origin = values.origin?.replace(/\/$/, '');
  const timeout = Number(values.timeout) || 10000;

  let body;
  let response;
  try {
    if (isUrl(source)) {
      response = await fetch(source, {
        headers: { accept: 'application/json', ...(origin ? { origin } : {}) },
        signal: AbortSignal.timeout(timeout),
      });
      body = await response.text();
    } else {
      body = await readFile(source, 'utf8');
    }
  } catch (error) {
    print(text.unreadable(source, error.cause?.code ?? error.message));
    return 1;
  }

  let raw;
  try {
    raw = checks.parseJsonText(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    // A server's error page (HTML) is no file that is broken: the answer is what is wrong.
    if (response && !response.ok) {
      print(`${text.error}  HTTP: ${text.httpStatus(response.status)}`);
      return 1;
    }
    // The checks' JsonTextError carries the place and the slip; Node's own message has neither
    // in German (nor, before Node 22, the line).
    print(`${text.error}  ${text.notJson(checks.jsonSyntaxText(error.problem, lang))}`);
    return 1;
  }
  const type = values.type ?? checks.detectPayloadType(raw);
  if (!type) {
    print(`${text.error}  ${text.unknownType}`);
    return 1;
  }
  print(text.checking(source, TYPE_NAMES[lang][type]));

  // safeUrl (src/core/safe-url.ts) resolves links against the page: here, the checked URL.
  globalThis.document ??= { baseURI: isUrl(source) ? source : (origin ?? 'https://localhost/') };
  const report = await checks.checkPayload(raw, type);
  if (report.statuspage) print(text.statuspage);

  const lines = report.problems.map((problem) => ({
    severity: problem.severity,
    message: `${problem.path || '(JSON)'}: ${checks.problemText(problem, lang)}`,
  }));
  if (response) {
    for (const finding of httpFindings(response, { origin, type }, text)) {
      lines.push({ severity: finding.severity, message: `HTTP: ${finding.message}` });
    }
  }
  if (values['check-links'] && type === 'forms') {
    const base = isUrl(source) ? source : origin;
    const links = formLinks(raw);
    const relative = links.filter((link) => !isUrl(link));
    const absolute = links.filter(isUrl);
    const resolved = base
      ? [...absolute, ...relative.map((link) => new URL(link, base).href)]
      : absolute;
    if (!base && relative.length)
      lines.push({ severity: 'warning', message: text.relativeLinks(relative.length) });
    const dead = await deadLinks(resolved, {
      concurrency: Number(values.concurrency) || 4,
      timeout,
    });
    for (const link of dead)
      lines.push({ severity: 'error', message: text.deadLink(link.url, link.status) });
    lines.push({ severity: 'info', message: text.linksChecked(resolved.length) });
  }

  for (const line of lines) {
    const mark =
      line.severity === 'error'
        ? text.error
        : line.severity === 'warning'
          ? text.warning
          : '       ';
    print(`${mark}  ${line.message}`);
  }
  const errors = lines.filter((line) => line.severity === 'error').length;
  const warnings = lines.filter((line) => line.severity === 'warning').length;
  print(errors ? text.failed(errors, warnings) : text.ok(warnings));
  return errors ? 1 : 0;
}
