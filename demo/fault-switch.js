// The demo's fault switch: sets, per mock endpoint, how the server answers (ok, slow, hang,
// 500, …) so anyone can watch the widgets fall back. Built with DOM calls (the page runs under
// a strict Content-Security-Policy with Trusted Types).
const LABELS = {
  ok: 'ok',
  slow: 'langsam (2,5 s)',
  hang: 'hängt (Timeout)',
  500: 'Fehler 500',
  404: 'Fehler 404',
  'invalid-json': 'kaputtes JSON',
  'wrong-shape': 'falsche Struktur',
};

async function load(container) {
  const res = await fetch('/api/_faults');
  const { modes, routes } = await res.json();
  const rows = container.querySelector('.rows');
  rows.replaceChildren();
  for (const route of routes) {
    const label = document.createElement('label');
    label.append(`${route.name}: `);
    const select = document.createElement('select');
    for (const mode of modes) {
      const option = new Option(LABELS[mode] ?? mode, mode, false, mode === route.mode);
      select.append(option);
    }
    select.addEventListener('change', async () => {
      await fetch(
        `/api/_faults?name=${encodeURIComponent(route.name)}&mode=${encodeURIComponent(select.value)}`,
        { method: 'POST' },
      );
    });
    label.append(select);
    rows.append(label);
  }
}

const container = document.querySelector('.fault-switch');
if (container) {
  load(container);
  container.querySelector('.reload')?.addEventListener('click', () => location.reload());
  container.querySelector('.clear')?.addEventListener('click', () => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('civic-widgets:')) localStorage.removeItem(key);
    }
    location.reload();
  });
}
