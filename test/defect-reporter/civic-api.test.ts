import { expect } from '@open-wc/testing';
import { parseDefectConfig } from '../../src/defect-reporter/civic-api.js';

const base = {
  categories: [
    { id: 'a', name: 'Straßenschaden', group: 'Straßen', keywords: ['Schlagloch'] },
    { id: 'b', name: 'Laterne defekt', group: 'Licht' },
    { id: 'c', name: 'Grünfläche', group: 'Straßen', description: 'Rasen, Büsche' },
  ],
  submit_url: '/api/reports',
};

describe('civic-api', () => {
  it('fills in the defaults of the contract', () => {
    const c = parseDefectConfig(base);
    expect(c.submitUrl).to.equal(new URL('/api/reports', document.baseURI).href);
    expect(c).to.include({ maxPhotos: 3, maxPhotoBytes: 8_000_000, locationRequired: true });
    expect(c.map).to.equal(undefined);
    expect(c.privacyUrl).to.equal(undefined);
  });

  it('refuses a submit_url that is not http(s), no categories, and malformed coordinates', () => {
    expect(() => parseDefectConfig({ ...base, submit_url: 'javascript:alert(1)' })).to.throw();
    expect(() => parseDefectConfig({ ...base, categories: [{ id: 1 }] })).to.throw();
    expect(() =>
      parseDefectConfig({
        ...base,
        location: {
          bounds: [
            [51.35, 7.1, 3],
            [51.44, 7.26],
          ],
        },
      }),
    ).to.throw();
    expect(() =>
      parseDefectConfig({ ...base, map: { tiles: 'https://t/{z}.png', center: [1] } }),
    ).to.throw();
  });

  it('keeps an http(s) tile template with its placeholders; refuses the config for another (issue 11 §7)', () => {
    const tiles = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(parseDefectConfig({ ...base, map: { tiles } }).map?.tiles).to.equal(tiles);
    expect(() => parseDefectConfig({ ...base, map: { tiles: 'javascript:x' } })).to.throw(
      TypeError,
      'map.tiles: URL (http, https) expected',
    );
  });

  it('agrees with the documented contract (docs/schemas) on good and bad configs', async () => {
    const { configContract } =
      await import('../../src/defect-reporter/defect-reporter-contract.js');
    const demo = await (await fetch('/api/defects/config?variant=map')).json();
    expect(configContract.safeParse(demo).success).to.equal(true);
    expect(() => parseDefectConfig(demo)).not.to.throw();
    for (const bad of [
      {
        ...base,
        location: {
          bounds: [
            [51.35, 7.1, 3],
            [51.44, 7.26],
          ],
        },
      },
      { ...base, map: { tiles: 'https://t/{z}.png', center: [1] } },
      { ...base, submit_url: 42 },
      { ...base, submit_url: 'javascript:alert(1)' },
      { ...base, privacy_url: 'mailto:datenschutz@example.org' },
      { ...base, max_photos: 12 },
      { categories: base.categories },
    ]) {
      expect(configContract.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
      expect(() => parseDefectConfig(bad), JSON.stringify(bad)).to.throw();
    }
  });
});
