import { expect } from '@open-wc/testing';
import type { FormEntry } from '../../src/form-finder/form-catalog-types.js';
import { FormSearchIndex, highlightRanges } from '../../src/form-finder/german-search.js';
import { normalizeGerman } from '../../src/form-finder/german-text.js';
import { watchCalls } from '../helpers.js';

function form(
  id: string,
  title: string,
  extra: Partial<Omit<FormEntry, 'id' | 'title'>> = {},
): FormEntry {
  return {
    id,
    title,
    department: 'buergerservice',
    url: `https://example.org/formulare/${id}.pdf`,
    format: 'pdf',
    ...extra,
  };
}

const FORMS: FormEntry[] = [
  form('wohngeld', 'Antrag auf Wohngeld', {
    description: 'Mietzuschuss oder Lastenzuschuss beantragen.',
    keywords: ['Mietzuschuss', 'Lastenzuschuss'],
    department: 'soziales',
  }),
  form('muellabfuhr', 'Müllabfuhr: Abfuhrkalender bestellen', { department: 'entsorgung' }),
  form('tonnentausch', 'Muellabfuhr – Tonnentausch', {
    department: 'entsorgung',
    format: 'docx',
  }),
  form('sondernutzung', 'Sondernutzung öffentlicher Straßen', { department: 'tiefbau' }),
  form('hundesteuer-abmeldung', 'Hundesteuer – Abmeldung', { department: 'finanzen' }),
  form('hundeanmeldung', 'Hundeanmeldung', { department: 'finanzen', format: 'odt' }),
  form('gewerbeanmeldung', 'Gewerbeanmeldung', {
    description: 'Beginn eines Gewerbebetriebes anzeigen.',
    keywords: ['Existenzgründung'],
    department: 'wirtschaft',
  }),
  form('personalausweis', 'Antrag auf einen Personalausweis', { keywords: ['Perso'] }),
  form('eheschliessung', 'Anmeldung der Eheschließung', {
    keywords: ['Hochzeit', 'Heirat'],
    department: 'standesamt',
  }),
  form('erstattung', 'Geld zurück: Erstattung von Gebühren', { department: 'finanzen' }),
  form('kita', 'Kita-Platz vormerken', { department: 'jugend' }),
];

const index = new FormSearchIndex(FORMS);
const ids = (query: string, opts?: { department?: string; format?: string }) =>
  index.search(query, opts).map((h) => h.form.id);

describe('normalizeGerman', () => {
  it('folds case, umlauts and their transcriptions to one form', () => {
    expect(normalizeGerman('Müllabfuhr')).to.equal('mullabfuhr');
    expect(normalizeGerman('Muellabfuhr')).to.equal('mullabfuhr');
    expect(normalizeGerman('MÜLLABFUHR')).to.equal('mullabfuhr');
    expect(normalizeGerman('Ärzte Öl Übersicht')).to.equal(
      normalizeGerman('Aerzte Oel Uebersicht'),
    );
  });

  it('folds ß to ss', () => {
    expect(normalizeGerman('Straße')).to.equal('strasse');
    expect(normalizeGerman('STRASSE')).to.equal('strasse');
  });

  it('keeps "ue" after a vowel or q (Steuer, Quelle) and drops other diacritics', () => {
    expect(normalizeGerman('Steuer')).to.equal('steuer');
    expect(normalizeGerman('Quelle')).to.equal('quelle');
    expect(normalizeGerman('Café')).to.equal('cafe');
  });

  it('handles decomposed umlauts (macOS copy and paste)', () => {
    expect(normalizeGerman('Mu\u0308ll')).to.equal('mull');
  });
});

describe('FormSearchIndex: German folding', () => {
  it('"Muellabfuhr" finds "Müllabfuhr"', () => {
    expect(ids('Muellabfuhr')).to.include('muellabfuhr');
  });

  it('"strasse" finds "Straße"', () => {
    expect(ids('strasse')).to.deep.equal(['sondernutzung']);
  });

  it('"Müll" (and "MÜLL") finds "Muellabfuhr"', () => {
    expect(ids('Müll')).to.include('tonnentausch');
    expect(ids('MÜLL')).to.have.members(['muellabfuhr', 'tonnentausch']);
  });

  it('matches as you type ("Mül", "wohng")', () => {
    expect(ids('Mül')).to.have.members(['muellabfuhr', 'tonnentausch']);
    expect(ids('wohng')).to.deep.equal(['wohngeld']);
  });
});

describe('FormSearchIndex: compounds', () => {
  it('"hund" finds "Hundesteuer" and "Hundeanmeldung"', () => {
    expect(ids('hund')).to.have.members(['hundesteuer-abmeldung', 'hundeanmeldung']);
  });

  it('"anmeldung" finds "Hundeanmeldung" and "Gewerbeanmeldung"', () => {
    expect(ids('anmeldung')).to.include.members(['hundeanmeldung', 'gewerbeanmeldung']);
  });

  it('"steuer" and "abfuhr" find the end of a compound', () => {
    expect(ids('steuer')).to.deep.equal(['hundesteuer-abmeldung']);
    expect(ids('abfuhr')).to.include('muellabfuhr');
  });

  it('finds a part starting with "e" after one ending in a, o or u ("Kitaeinschreibung")', () => {
    // Folded, "ae", "oe" and "ue" are umlauts: "kitainschreibung", "fotoinwilligung", "kanurlaubnis".
    const compounds = new FormSearchIndex([
      form('kita', 'Kitaeinschreibung'),
      form('musikschule', 'Einschreibung Musikschule'),
      form('foto', 'Fotoeinwilligung für Schulen'),
      form('kanu', 'Kanuerlaubnis'),
      form('bau', 'Baugenehmigung'),
    ]);
    const found = (query: string) => compounds.search(query).map((hit) => hit.form.id);
    expect(found('Einschreibung')).to.have.members(['musikschule', 'kita']);
    expect(found('Einwilligung')).to.deep.equal(['foto']);
    expect(found('Erlaubnis')).to.deep.equal(['kanu']);
    expect(found('Einwilligungen')).to.deep.equal(['foto']);
    const marked = (text: string, query: string) =>
      highlightRanges(text, [query])
        .filter((piece) => piece.match)
        .map((piece) => piece.text);
    expect(marked('Kitaeinschreibung', 'einschreibung')).to.deep.equal(['einschreibung']);
    expect(marked('Kanuerlaubnis', 'Erlaubnis')).to.deep.equal(['erlaubnis']);
  });

  it('short pieces (< 4 letters) only match at the start of a word', () => {
    expect(ids('uhr')).to.deep.equal([]);
  });

  it('finds hyphenated compounds written as one word', () => {
    expect(ids('Kitaplatz')).to.deep.equal(['kita']);
    expect(ids('platz')).to.deep.equal(['kita']);
  });
});

describe('FormSearchIndex: typos', () => {
  // One swapped, replaced, missing or extra letter, in words of five letters or more only.
  const cases: [query: string, found: string[], why: string][] = [
    ['wohngled', ['wohngeld'], 'two letters swapped'],
    ['wohngelt', ['wohngeld'], 'one letter replaced'],
    ['wohngld', ['wohngeld'], 'one letter missing'],
    ['Personalausweiss', ['personalausweis'], 'one letter too many'],
    // "Geld" is one letter away from both, but four letters are too short for a typo.
    ['gelt', [], 'no typo allowed in a word of four letters'],
    ['gedl', [], 'no typo allowed in a word of four letters'],
    ['wohnglet', [], 'two typos are one too many'],
  ];
  for (const [query, found, why] of cases) {
    it(`"${query}" finds ${found.length ? `"${found.join('", "')}"` : 'nothing'}: ${why}`, () => {
      expect(ids(query)).to.deep.equal(found);
    });
  }
});

describe('FormSearchIndex: several words', () => {
  it('requires all words (AND), in any order', () => {
    expect(ids('hund abmeldung')).to.deep.equal(['hundesteuer-abmeldung']);
    expect(ids('abmeldung hund')).to.deep.equal(['hundesteuer-abmeldung']);
    expect(ids('hund wohngeld')).to.deep.equal([]);
  });

  it('ignores function words and reads verbs as nouns ("Hund abmelden")', () => {
    expect(ids('Antrag für Wohngeld')).to.deep.equal(['wohngeld']);
    expect(ids('Hund abmelden')).to.deep.equal(['hundesteuer-abmeldung']);
  });
});

describe('FormSearchIndex: keywords', () => {
  it('finds a form by a keyword that is not in title or description', () => {
    expect(ids('Hochzeit')).to.deep.equal(['eheschliessung']);
    expect(ids('heirat')).to.deep.equal(['eheschliessung']);
  });

  it('finds a keyword with a typo', () => {
    expect(ids('Existenzgrundung')).to.deep.equal(['gewerbeanmeldung']);
    expect(ids('Existenzgründnug')).to.deep.equal(['gewerbeanmeldung']);
  });
});

describe('FormSearchIndex: ranking', () => {
  const ranking = new FormSearchIndex([
    form('in-description', 'Antrag auf Zuschuss', {
      description: 'Förderung für ein Lastenrad im Stadtgebiet',
    }),
    form('in-keywords', 'Antrag auf Förderung', { keywords: ['Lastenrad', 'Fahrrad'] }),
    form('in-title', 'Lastenrad – Förderantrag', { description: 'Förderung im Stadtgebiet' }),
  ]);

  it('ranks title over keywords over description', () => {
    expect(ranking.search('lastenrad').map((h) => h.form.id)).to.deep.equal([
      'in-title',
      'in-keywords',
      'in-description',
    ]);
  });

  const matchKinds = new FormSearchIndex([
    // A typo match in every field still ranks behind a single exact or prefix match.
    form('fuzzy', 'Parkauswies beantragen', {
      keywords: ['Parkauswies'],
      description: 'Parkauswies für Anwohner',
    }),
    form('prefix', 'Parkausweisverlängerung'),
    form('exact', 'Parkausweis für Handwerker'),
  ]);

  it('ranks exact over prefix over typo', () => {
    expect(matchKinds.search('parkausweis').map((h) => h.form.id)).to.deep.equal([
      'exact',
      'prefix',
      'fuzzy',
    ]);
  });

  it('ranks a whole word over a compound part', () => {
    expect(ids('anmeldung')[0]).to.equal('eheschliessung');
  });
});

describe('FormSearchIndex: empty query and filters', () => {
  const alpha = new FormSearchIndex([
    form('z', 'Zulassung eines Fahrzeugs'),
    form('ue', 'Übersicht der Gebühren'),
    form('ae', 'Änderung der Bankverbindung'),
    form('ab', 'Abmeldung'),
    form('an', 'Antrag auf Zuschuss'),
  ]);

  it('returns all forms alphabetically with German collation', () => {
    expect(alpha.search('').map((h) => h.form.id)).to.deep.equal(['ab', 'ae', 'an', 'ue', 'z']);
    expect(alpha.search('   ').map((h) => h.form.id)).to.deep.equal(['ab', 'ae', 'an', 'ue', 'z']);
  });

  it('filters by department and format', () => {
    expect(ids('hund', { department: 'finanzen', format: 'odt' })).to.deep.equal([
      'hundeanmeldung',
    ]);
    // German collation: "ü" sorts as "u", so "Muellabfuhr" comes before "Müllabfuhr".
    expect(ids('', { department: 'entsorgung' })).to.deep.equal(['tonnentausch', 'muellabfuhr']);
    expect(ids('muell', { format: 'DOCX' })).to.deep.equal(['tonnentausch']);
  });

  it('limits the number of hits', () => {
    expect(index.search('', { limit: 3 })).to.have.length(3);
    expect(index.search('antrag', { limit: 1 })).to.have.length(1);
  });

  it('skips duplicate ids', () => {
    const dup = new FormSearchIndex([form('a', 'Wohngeld'), form('a', 'Hundesteuer')]);
    expect(dup.size).to.equal(1);
    expect(dup.search('hundesteuer')).to.deep.equal([]);
  });

  it('tells apart words the index hashes alike', () => {
    // "Aa" and "BB" hash alike (31 · 65 + 97 = 31 · 66 + 66), so do "AaAa", "BBBB" and "AaBB".
    const same = new FormSearchIndex([
      form('a', 'AaAa Kita-Platz'),
      form('b', 'BBBB-Kita'),
      form('c', 'AaBB kitaplatz'),
    ]);
    const ids = (query: string) => same.search(query).map((h) => h.form.id);
    expect(ids('aaaa')).to.deep.equal(['a']);
    expect(ids('bbbb')).to.deep.equal(['b']);
    expect(ids('aabb')).to.deep.equal(['c']);
    expect(ids('kitaplatz')).to.have.members(['a', 'c']);
    expect(ids('bbbbkita')).to.deep.equal(['b']);
  });
});

describe('FormSearchIndex.build', () => {
  const many = Array.from({ length: 1000 }, (_, i) =>
    form(`f${i}`, i % 2 ? `Antrag auf Wohngeld ${i}` : `Anmeldung Hundesteuer ${i}`),
  );

  it('yields to the main thread between slices of a large catalogue', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const sliced = await FormSearchIndex.build(many);
    // A build in one go would resolve before any timer of the page could run.
    expect(timerRan).to.equal(true);
    expect(sliced.size).to.equal(1000);
  });

  it('reads no form before the task of its slice, ids included', async () => {
    // Issue 14 §3: registering 10,000 ids at once was one task of ~40 ms at 4× CPU.
    const read = new Set<string>();
    let timerRan = false;
    const watched = many.map((entry) => ({
      ...entry,
      get id() {
        if (!timerRan) read.add(entry.id);
        return entry.id;
      },
    }));
    setTimeout(() => (timerRan = true), 0);
    const sliced = await FormSearchIndex.build(watched);
    expect(read.size).to.equal(0);
    expect(sliced.size).to.equal(1000);
  });

  it('ends a slice once it has run for its time budget, however few forms that was', async () => {
    // Issue 14 §3: a fixed 125 forms a slice took ~20 ms at 4× CPU on one machine and up to
    // 124 ms on another. Here each form takes 2 ms to read, a step of them more than the 8 ms
    // budget: each slice holds one step, and the page's timers run between the slices.
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick);
    };
    setTimeout(tick);
    const tickOfRead = new Map<string, number>();
    const slow = many.slice(0, 100).map((entry) => ({
      ...entry,
      get id() {
        const until = performance.now() + 2;
        while (performance.now() < until) {
          // A form that is slow to read, as on a slow phone.
        }
        if (!tickOfRead.has(entry.id)) tickOfRead.set(entry.id, ticks);
        return entry.id;
      },
    }));
    try {
      const index = await FormSearchIndex.build(slow, 8);
      expect(index.size).to.equal(100);
    } finally {
      ticking = false;
    }
    // 100 forms, 10 a step: 10 slices, each in a task of its own between the page's timers.
    expect(new Set(tickOfRead.values()).size).to.equal(10);
  });

  it('searches before it resolves: the first keystroke finds compiled code', async () => {
    // Issue 14 §3: the first letter a citizen typed paid for compiling the search (~100 ms to
    // the paint at 4× CPU, later letters ~60).
    const searches = watchCalls(FormSearchIndex.prototype, 'search');
    try {
      await FormSearchIndex.build(many);
    } finally {
      searches.restore();
    }
    // "Anmeldung Hundesteuer 0" comes first: its longest word.
    expect(searches.calls.map(([query]) => query)).to.deep.equal(['Hundesteuer']);
  });

  it('finds what the index built in one go finds', async () => {
    // A budget of 0 ms: every slice holds one step of forms, so many slices meet here.
    const sliced = await FormSearchIndex.build([...many, form('f1', 'Doppelte Kennung')], 0);
    const whole = new FormSearchIndex(many);
    const found = (index: FormSearchIndex, query: string) =>
      index.search(query).map(({ form, score, terms }) => ({ form, score, terms }));
    for (const query of ['wohngeld', 'hundesteuer 998', 'antrag', 'kennung']) {
      expect(found(sliced, query)).to.deep.equal(found(whole, query));
    }
  });
});

describe('FormSearchIndex.prepareForTyping', () => {
  type Options = { department?: string; format?: string; limit?: number };
  const found = (index: FormSearchIndex, query: string, opts: Options) =>
    index.search(query, opts).map(({ form, score, terms }) => ({ id: form.id, score, terms }));
  const engineOf = (index: FormSearchIndex) => (index as unknown as { catalog: object }).catalog;
  const asked: [string, Options][] = [
    ['A', {}],
    ['h', { department: 'finanzen' }],
    ['Ä', {}],
    ['m', { format: 'docx' }],
    ['a', { limit: 1 }],
  ];

  it('ranks every one-letter query ahead: the letter typed then ranks nothing', async () => {
    // Issue 14 §3: a first letter finds thousands of forms in a large catalogue, and ranking
    // them was the slowest keystroke.
    const prepared = new FormSearchIndex(FORMS);
    await prepared.prepareForTyping();
    const searches = watchCalls(engineOf(prepared) as { search: () => void }, 'search');
    const typed = asked.map(([query, opts]) => found(prepared, query, opts));
    searches.restore();
    expect(searches.calls).to.have.length(0);
    // The same hits, scores and words to mark as a letter ranked when typed.
    const fresh = new FormSearchIndex(FORMS);
    expect(typed).to.deep.equal(asked.map(([query, opts]) => found(fresh, query, opts)));
    expect(typed[0].map((hit) => hit.id)).to.include.members(['wohngeld', 'personalausweis']);
    expect(typed[1].map((hit) => hit.id)).to.deep.equal([
      'hundeanmeldung',
      'hundesteuer-abmeldung',
    ]);
    expect(typed[0][0].terms).to.deep.equal(['a']);
  });

  it('ranks letters in idle tasks, as many as fit in a slice, and stops once not wanted', async () => {
    const index = new FormSearchIndex(FORMS);
    const searches = watchCalls(engineOf(index) as { search: () => void }, 'search');
    let wanted = 3;
    try {
      // A slice of 0 ms: a letter per task.
      const preparing = index.prepareForTyping(() => wanted-- > 0, 0);
      // Nothing in the caller's task.
      expect(searches.calls).to.have.length(0);
      await preparing;
      expect(searches.calls).to.have.length(3);
    } finally {
      searches.restore();
    }
  });

  it('ranks as many letters in one idle task as its slice allows', async () => {
    const index = new FormSearchIndex(FORMS);
    const searches = watchCalls(engineOf(index) as { search: () => void }, 'search');
    try {
      const preparing = index.prepareForTyping(() => true, Infinity);
      expect(searches.calls).to.have.length(0);
      // One idle task: every letter a–z ranked in it.
      await new Promise((resolve) => requestIdleCallback(resolve));
      expect(searches.calls).to.have.length(26);
      await preparing;
    } finally {
      searches.restore();
    }
  });

  it('searches for the nearest forms once ahead, after the letters and only while wanted', async () => {
    // Issue 14 §3: the first query without a hit compiled the loose search on its keystroke.
    const index = new FormSearchIndex(FORMS);
    const suggestions = watchCalls(index as unknown as { suggest: () => void }, 'suggest');
    const searches = watchCalls(engineOf(index) as { search: () => void }, 'search');
    try {
      let letters = 0;
      await index.prepareForTyping(() => {
        letters = searches.calls.length;
        return true;
      }, Infinity);
      expect(suggestions.calls).to.have.length(1);
      expect(letters, 'the letters first').to.equal(26);
      const [query] = suggestions.calls[0] as [string];
      expect(index.search(query), 'a query without a hit').to.have.length(0);
    } finally {
      suggestions.restore();
      searches.restore();
    }
    const unwanted = new FormSearchIndex(FORMS);
    const none = watchCalls(unwanted as unknown as { suggest: () => void }, 'suggest');
    try {
      let asked = 0;
      // Wanted for the 26 letters, no more (the element left the page meanwhile).
      await unwanted.prepareForTyping(() => ++asked <= 26, Infinity);
      expect(none.calls).to.have.length(0);
    } finally {
      none.restore();
    }
  });
});

describe('FormSearchIndex.suggest', () => {
  it('finds forms matching some of the words when search finds nothing', () => {
    expect(ids('wohngeld xylophon')).to.deep.equal([]);
    expect(index.suggest('wohngeld xylophon').map((h) => h.form.id)[0]).to.equal('wohngeld');
  });

  it('ranks forms matching more of the words first', () => {
    const ranked = index.suggest('hund abmeldung xylophon').map((h) => h.form.id);
    expect(ranked[0]).to.equal('hundesteuer-abmeldung');
    expect(ranked).to.include('hundeanmeldung');
  });

  it('allows more typos', () => {
    expect(ids('wohngelddd')).to.deep.equal([]);
    expect(index.suggest('wohngelddd').map((h) => h.form.id)).to.deep.equal(['wohngeld']);
    expect(index.suggest('steuar').map((h) => h.form.id)).to.include('hundesteuer-abmeldung');
  });

  it('finds the words a word typed halfway with a typo begins', () => {
    // "anml": the citizen's "Anmeldung" cut short with a typo; no whole word is one edit away.
    expect(ids('anml')).to.deep.equal([]);
    expect(index.suggest('anml').map((h) => h.form.id)).to.include('eheschliessung');
    expect(index.suggest('ehe anml').map((h) => h.form.id)[0]).to.equal('eheschliessung');
  });

  it('splits an unknown compound into known parts', () => {
    expect(ids('Hundeanmeldeformular')).to.deep.equal([]);
    expect(index.suggest('Hundeanmeldeformular').map((h) => h.form.id)[0]).to.equal(
      'hundeanmeldung',
    );
    expect(index.suggest('Gewerbeformular').map((h) => h.form.id)[0]).to.equal('gewerbeanmeldung');
  });

  it('respects the limit', () => {
    expect(index.suggest('antrag anmeldung', 2)).to.have.length(2);
  });
});

describe('highlightRanges', () => {
  it('marks the original spelling for a folded term', () => {
    expect(highlightRanges('Müllabfuhr', ['muell'])).to.deep.equal([
      { text: 'Müll', match: true },
      { text: 'abfuhr', match: false },
    ]);
    expect(highlightRanges('Sondernutzung öffentlicher Straßen', ['strasse'])).to.deep.equal([
      { text: 'Sondernutzung öffentlicher ', match: false },
      { text: 'Straße', match: true },
      { text: 'n', match: false },
    ]);
  });

  it('marks compound parts and several terms', () => {
    expect(highlightRanges('Antrag auf Hundeanmeldung', ['anmeldung', 'antrag'])).to.deep.equal([
      { text: 'Antrag', match: true },
      { text: ' auf Hunde', match: false },
      { text: 'anmeldung', match: true },
    ]);
  });

  it('marks short terms only at the start of a word', () => {
    expect(highlightRanges('Müllabfuhr', ['uhr'])).to.deep.equal([
      { text: 'Müllabfuhr', match: false },
    ]);
    expect(highlightRanges('Uhrzeit', ['uhr'])).to.deep.equal([
      { text: 'Uhr', match: true },
      { text: 'zeit', match: false },
    ]);
  });

  it('marks what a search hit matched', () => {
    const [hit] = index.search('muell kalender');
    expect(hit.form.id).to.equal('muellabfuhr');
    const marked = highlightRanges(hit.form.title, hit.terms)
      .filter((p) => p.match)
      .map((p) => p.text);
    expect(marked).to.deep.equal(['Müll', 'kalender']);
  });

  it('marks the corrected word of a typo match', () => {
    const [hit] = index.search('wohngled');
    const marked = highlightRanges(hit.form.title, hit.terms).filter((p) => p.match);
    expect(marked.map((p) => p.text)).to.deep.equal(['Wohngeld']);
  });
});
