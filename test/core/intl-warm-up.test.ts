import { expect, waitUntil } from '@open-wc/testing';
import { warmUpIntl } from '../../src/core/intl-warm-up.js';

describe('warmUpIntl', () => {
  // First in this file: the one-time steps run at the page's first call only.
  it('runs its one-time steps where Intl.Segmenter is missing (Firefox before 125)', async () => {
    const { Segmenter } = Intl;
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.message);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    Reflect.deleteProperty(Intl, 'Segmenter');
    try {
      let formatted = false;
      warmUpIntl(() => (formatted = true));
      await waitUntil(() => formatted, 'the format after the one-time steps never ran');
      expect(errors).to.deep.equal([]);
    } finally {
      Object.assign(Intl, { Segmenter });
      window.removeEventListener('error', onError);
    }
  });

  it('builds each format later, in a task of its own, in the order given', async () => {
    const ran: string[] = [];
    // A microtask queued by the first runs before the second only if that is a later task.
    warmUpIntl(
      () => {
        ran.push('date');
        queueMicrotask(() => ran.push('end of the date task'));
      },
      () => ran.push('count'),
    );
    expect(ran, 'nothing while the widget renders').to.deep.equal([]);
    await waitUntil(() => ran.includes('count'), 'the formats were never built');
    expect(ran).to.deep.equal(['date', 'end of the date task', 'count']);
  });
});
