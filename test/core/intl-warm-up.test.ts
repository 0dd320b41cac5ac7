import { expect, waitUntil } from '@open-wc/testing';
import { warmUpIntl } from '../../src/core/intl-warm-up.js';

describe('warmUpIntl', () => {
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
