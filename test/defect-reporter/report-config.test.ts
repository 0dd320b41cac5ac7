import { expect } from '@open-wc/testing';
import {
  filterCategories,
  groupCategories,
  inBounds,
} from '../../src/defect-reporter/report-config.js';
import type { Category } from '../../src/defect-reporter/report-config.js';

const categories: Category[] = [
  { id: 'a', name: 'Straßenschaden', group: 'Straßen', keywords: ['Schlagloch'] },
  { id: 'b', name: 'Laterne defekt', group: 'Licht' },
  { id: 'c', name: 'Grünfläche', group: 'Straßen', description: 'Rasen, Büsche' },
];

describe('report-config', () => {
  it('checks bounds in either corner order', () => {
    const bounds: [[number, number], [number, number]] = [
      [51.35, 7.1],
      [51.44, 7.26],
    ];
    expect(inBounds(51.4, 7.18, bounds)).to.equal(true);
    expect(inBounds(51.4, 7.18, [bounds[1], bounds[0]])).to.equal(true);
    expect(inBounds(52.52, 13.4, bounds)).to.equal(false);
    expect(inBounds(52.52, 13.4)).to.equal(true);
  });

  it('filters by every typed word in name, group, description and keywords, without umlauts or ß', () => {
    expect(filterCategories(categories, 'strasse').map((c) => c.id)).to.deep.equal(['a', 'c']);
    expect(filterCategories(categories, 'schlagloch').map((c) => c.id)).to.deep.equal(['a']);
    expect(filterCategories(categories, 'grunflache busche').map((c) => c.id)).to.deep.equal(['c']);
    expect(filterCategories(categories, '  ')).to.have.length(3);
    expect(groupCategories(categories).map(([g, list]) => [g, list.length])).to.deep.equal([
      ['Straßen', 2],
      ['Licht', 1],
    ]);
  });
});
