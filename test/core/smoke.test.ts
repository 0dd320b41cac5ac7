import { expect } from '@open-wc/testing';

describe('mock back end', () => {
  it('serves the service-status fixture over real HTTP', async () => {
    const res = await fetch('/api/service-status');
    expect(res.status).to.equal(200);
    const body = await res.json();
    expect(body.services[0].id).to.equal('serviceportal');
  });
  it('plays a 500 fault', async () => {
    const res = await fetch('/api/service-status?fault=500');
    expect(res.status).to.equal(500);
  });
});
