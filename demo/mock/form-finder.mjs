// Mock back end of <form-finder>: the city's form catalogue (GET /api/forms).
//   ?variant=one-invalid   two forms that do not validate among the good ones
//   ?variant=xss           markup in every text and `javascript:` in every URL but the first
//                          form's download (a catalogue without a usable form is refused)
//   ?variant=no-online     no form can be filled in online
// Faults (`?fault=`, `ok-first`, `fail-first`) are played by the shared middleware.
import { sendJson } from './faults.mjs';
import { fixture, XSS } from './mock-data.mjs';

function hostile(data) {
  for (const d of data.departments) {
    d.name = `${d.name} ${XSS}`;
    d.url = 'javascript:window.__xss=1';
    d.email = `x@example.org?bcc=evil@example.org&subject=${XSS}`;
  }
  for (const [index, f] of data.forms.entries()) {
    f.title = `${f.title} ${XSS}`;
    f.description = `${f.description ?? ''} ${XSS}`;
    // The first form stays, so that its texts are shown (and must stay text).
    if (index > 0) f.url = 'javascript:window.__xss=1';
    f.online_url = 'javascript:window.__xss=1';
    f.format = `${f.format}${XSS}`;
  }
  return data;
}

export const formFinderRoutes = [
  {
    name: 'forms',
    method: 'GET',
    path: '/api/forms',
    handler(ctx) {
      const data = fixture('form-finder');
      const variant = ctx.query.variant;
      if (variant === 'one-invalid') {
        data.forms.splice(1, 0, { id: 'ohne-titel', department: 'soziales', url: '/x.pdf' });
        data.forms.splice(3, 0, { ...data.forms[3], id: 'kaputt', size_bytes: '98 KB' });
      } else if (variant === 'xss') {
        hostile(data);
      } else if (variant === 'no-online') {
        for (const f of data.forms) delete f.online_url;
      }
      sendJson(ctx, 200, data);
    },
  },
];
