// Deterministic generator of a realistic German form catalogue (default 10,000 forms) and a
// labelled query set for the <form-finder> search benchmark.
//
// The catalogue has two layers:
//  - CORE: 89 hand-written forms as a German city publishes them (titles, descriptions,
//    synonyms), about 13 words per form like the example in the issue. The labelled queries
//    point at these.
//  - generated forms: variants of core forms (Merkblatt, translations, …) and many forms built
//    from administrative compound nouns ("Hunde" + "genehmigung", "Straßen" + "erlaubnis", …)
//    with the usual title patterns. They share vocabulary with the core forms on purpose
//    (Antrag, Anmeldung, Steuer, Zuschuss, Hund, Müll, …) so that they act as distractors.
//    Their descriptions are as short as the hand-written ones.
//
// Plain ES module without dependencies: imported by the browser benchmark and by Node.

/** Small, fast, seedable PRNG (mulberry32). */
export function createRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEPARTMENTS = [
  ['buergerservice', 'Bürgerbüro', 'Mo–Fr 8–12 Uhr, Do 14–18 Uhr'],
  ['standesamt', 'Standesamt', 'Mo–Fr 8–12 Uhr'],
  ['ordnung', 'Fachbereich Ordnung und Sicherheit', 'Mo–Fr 8–12 Uhr'],
  ['soziales', 'Fachbereich Soziales und Wohnen', 'Mo–Fr 8–12 Uhr'],
  ['jugend', 'Fachbereich Jugend, Familie und Schule', 'Mo–Do 8–16 Uhr, Fr 8–12 Uhr'],
  ['finanzen', 'Fachbereich Finanzen und Steuern', 'Mo–Fr 8–12 Uhr'],
  ['bauen', 'Fachbereich Stadtplanung und Bauordnung', 'Di und Do 8–12 Uhr'],
  ['umwelt', 'Fachbereich Umwelt und Grünflächen', 'Mo–Fr 8–12 Uhr'],
  ['tiefbau', 'Fachbereich Tiefbau und Verkehr', 'Mo–Fr 8–12 Uhr'],
  ['entsorgung', 'Stadtbetriebe – Abfallwirtschaft', 'Mo–Fr 7–15 Uhr'],
  ['kultur', 'Fachbereich Kultur, Sport und Freizeit', 'Mo–Fr 9–12 Uhr'],
  ['wirtschaft', 'Wirtschaftsförderung und Gewerbe', 'Mo–Fr 8–12 Uhr'],
  ['personal', 'Personal und Organisation', 'Mo–Fr 9–12 Uhr'],
].map(([id, name, hours], i) => ({
  id,
  name,
  email: `${id}@example.org`,
  phone: `+49 2324 204 ${1000 + i * 10}`,
  hours,
  url: `https://example.org/${id}`,
}));

// [id, department, title, description, keywords]
const CORE = [
  // Soziales und Wohnen
  [
    'wohngeld',
    'soziales',
    'Antrag auf Wohngeld',
    'Mietzuschuss oder Lastenzuschuss beantragen.',
    ['Mietzuschuss', 'Lastenzuschuss', 'Wohngeldantrag'],
  ],
  [
    'wohngeld-weiterleistung',
    'soziales',
    'Wohngeld – Weiterleistungsantrag',
    'Wohngeld nach Ablauf des Bewilligungszeitraums weiter beziehen.',
    ['Folgeantrag Wohngeld'],
  ],
  [
    'wohnberechtigungsschein',
    'soziales',
    'Antrag auf einen Wohnberechtigungsschein (WBS)',
    'Berechtigung für eine öffentlich geförderte Wohnung nachweisen.',
    ['WBS', 'Sozialwohnung', 'geförderter Wohnraum'],
  ],
  [
    'pflegewohngeld',
    'soziales',
    'Antrag auf Pflegewohngeld',
    'Zuschuss zu den Investitionskosten einer vollstationären Pflegeeinrichtung.',
    ['Pflegeheim', 'Investitionskosten'],
  ],
  [
    'grundsicherung',
    'soziales',
    'Antrag auf Grundsicherung im Alter und bei Erwerbsminderung',
    'Leistungen für Menschen mit geringer Rente oder dauerhafter Erwerbsminderung.',
    ['Sozialhilfe', 'Rente', 'Altersarmut'],
  ],
  [
    'mietschulden',
    'soziales',
    'Antrag auf Übernahme von Mietschulden',
    'Hilfe bei drohendem Wohnungsverlust durch Mietrückstände.',
    ['Mietrückstand', 'Räumungsklage', 'Wohnungsverlust'],
  ],
  [
    'sozialpass',
    'soziales',
    'Antrag auf den Sozialpass',
    'Ermäßigungen für Bäder, Bibliothek und Volkshochschule bei geringem Einkommen.',
    ['Stadtpass', 'Familienpass', 'Ermäßigung'],
  ],
  // Bürgerbüro
  [
    'anmeldung-wohnung',
    'buergerservice',
    'Anmeldung einer Wohnung (Meldeschein)',
    'Nach einem Umzug den neuen Wohnsitz innerhalb von zwei Wochen anmelden.',
    ['Wohnsitz anmelden', 'Umzug', 'Zuzug', 'Ummeldung'],
  ],
  [
    'wohnungsgeberbestaetigung',
    'buergerservice',
    'Wohnungsgeberbestätigung',
    'Bestätigung des Vermieters über den Einzug für die Anmeldung.',
    ['Vermieterbescheinigung', 'Einzugsbestätigung'],
  ],
  [
    'meldebescheinigung',
    'buergerservice',
    'Antrag auf eine Meldebescheinigung',
    'Bescheinigung über die im Melderegister gespeicherten Daten.',
    ['Aufenthaltsbescheinigung', 'Wohnsitzbescheinigung'],
  ],
  [
    'abmeldung-ausland',
    'buergerservice',
    'Abmeldung bei Wegzug ins Ausland',
    'Den Wohnsitz abmelden, wenn Sie Deutschland verlassen.',
    ['Auswanderung', 'Wegzug'],
  ],
  [
    'fuehrungszeugnis',
    'buergerservice',
    'Antrag auf ein Führungszeugnis',
    'Auszug aus dem Bundeszentralregister für private oder behördliche Zwecke.',
    ['polizeiliches Führungszeugnis', 'erweitertes Führungszeugnis', 'Leumundszeugnis'],
  ],
  [
    'personalausweis',
    'buergerservice',
    'Antrag auf einen Personalausweis',
    'Neuen Ausweis mit Online-Ausweisfunktion beantragen.',
    ['Ausweis', 'Perso', 'eID'],
  ],
  [
    'reisepass',
    'buergerservice',
    'Antrag auf einen Reisepass',
    'Reisepass für Reisen außerhalb der EU beantragen.',
    ['Pass', 'Kinderreisepass', 'Expressreisepass'],
  ],
  [
    'vollmacht-ausweis',
    'buergerservice',
    'Vollmacht zur Abholung von Ausweisdokumenten',
    'Eine andere Person darf Ihren Ausweis oder Pass abholen.',
    ['Abholvollmacht', 'Abholung Personalausweis'],
  ],
  [
    'verlust-ausweis',
    'buergerservice',
    'Verlustanzeige für Personalausweis oder Reisepass',
    'Den Verlust oder Diebstahl eines Ausweisdokuments melden.',
    ['verloren', 'gestohlen', 'Diebstahl'],
  ],
  [
    'briefwahl',
    'buergerservice',
    'Antrag auf Briefwahlunterlagen',
    'Wahlschein und Briefwahlunterlagen für die nächste Wahl anfordern.',
    ['Wahlschein', 'Briefwahl'],
  ],
  [
    'wahlhelfer',
    'buergerservice',
    'Bewerbung als Wahlhelferin oder Wahlhelfer',
    'Im Wahlvorstand am Wahlsonntag mitarbeiten.',
    ['Wahlvorstand', 'Ehrenamt', 'Wahlhelfer'],
  ],
  [
    'auskunftssperre',
    'buergerservice',
    'Antrag auf Auskunftssperre im Melderegister',
    'Ihre Adresse für Auskünfte an Dritte sperren lassen.',
    ['Übermittlungssperre', 'Datenschutz'],
  ],
  [
    'fundsache',
    'buergerservice',
    'Fundsache melden oder abholen',
    'Etwas gefunden oder verloren? Das Fundbüro hilft.',
    ['Fundbüro', 'verloren', 'gefunden'],
  ],
  // Standesamt
  [
    'geburtsurkunde',
    'standesamt',
    'Antrag auf eine Geburtsurkunde',
    'Urkunde aus dem Geburtenregister bestellen.',
    ['Abstammungsurkunde', 'Geburtsregister'],
  ],
  [
    'sterbeurkunde',
    'standesamt',
    'Antrag auf eine Sterbeurkunde',
    'Urkunde aus dem Sterberegister für Nachlass und Versicherungen.',
    ['Todesfall', 'Sterbefall'],
  ],
  [
    'eheschliessung',
    'standesamt',
    'Anmeldung der Eheschließung',
    'Die Trauung beim Standesamt anmelden.',
    ['Heirat', 'Hochzeit', 'Trauung'],
  ],
  [
    'namensaenderung',
    'standesamt',
    'Erklärung zur Namensänderung nach der Eheschließung',
    'Ehenamen oder Begleitnamen bestimmen.',
    ['Ehename', 'Nachname', 'Namenserklärung'],
  ],
  [
    'kirchenaustritt',
    'standesamt',
    'Erklärung des Kirchenaustritts',
    'Austritt aus einer Religionsgemeinschaft erklären.',
    ['Austritt Kirche', 'Kirchensteuer'],
  ],
  [
    'vaterschaft',
    'standesamt',
    'Vaterschaftsanerkennung',
    'Die Vaterschaft vor der Geburt oder danach anerkennen.',
    ['Vaterschaft', 'Sorgeerklärung'],
  ],
  // Jugend, Familie, Schule
  [
    'kita-anmeldung',
    'jugend',
    'Anmeldung für einen Kita-Platz',
    'Betreuungsplatz in einer Kindertageseinrichtung vormerken lassen.',
    ['Kindertagesstätte', 'Kindergarten', 'Krippe', 'Betreuungsplatz'],
  ],
  [
    'elternbeitrag',
    'jugend',
    'Erklärung zum Elterneinkommen (Elternbeiträge Kita)',
    'Grundlage für die Festsetzung der Elternbeiträge.',
    ['Kitagebühren', 'Elternbeitrag', 'Einkommenserklärung'],
  ],
  [
    'kindertagespflege',
    'jugend',
    'Antrag auf Förderung in der Kindertagespflege',
    'Betreuung durch eine Tagespflegeperson fördern lassen.',
    ['Tagesmutter', 'Tagesvater'],
  ],
  [
    'bildung-teilhabe',
    'jugend',
    'Antrag auf Leistungen für Bildung und Teilhabe',
    'Zuschüsse zu Klassenfahrten, Schulbedarf, Mittagessen und Nachhilfe.',
    ['BuT', 'Klassenfahrt', 'Schulbedarf', 'Nachhilfe'],
  ],
  [
    'schuelerfahrkosten',
    'jugend',
    'Antrag auf Übernahme der Schülerfahrkosten',
    'Kosten für den Schulweg mit Bus und Bahn erstattet bekommen.',
    ['Schülerticket', 'Schulweg', 'Fahrkarte'],
  ],
  [
    'schulanmeldung',
    'jugend',
    'Anmeldung zur Grundschule',
    'Ihr Kind für das kommende Schuljahr an einer Grundschule anmelden.',
    ['Einschulung', 'Schulanmeldung'],
  ],
  [
    'ogs',
    'jugend',
    'Anmeldung zur Offenen Ganztagsschule (OGS)',
    'Nachmittagsbetreuung an Grundschulen.',
    ['Ganztag', 'Nachmittagsbetreuung'],
  ],
  // Finanzen und Steuern
  [
    'hundesteuer-anmeldung',
    'finanzen',
    'Anmeldung eines Hundes zur Hundesteuer',
    'Jeder Hund muss innerhalb von zwei Wochen angemeldet werden.',
    ['Hundeanmeldung', 'Hundemarke'],
  ],
  [
    'hundesteuer-abmeldung',
    'finanzen',
    'Abmeldung eines Hundes von der Hundesteuer',
    'Bei Abgabe oder Tod des Hundes die Steuerpflicht beenden.',
    ['Hundeabmeldung'],
  ],
  [
    'hundesteuer-befreiung',
    'finanzen',
    'Antrag auf Befreiung oder Ermäßigung der Hundesteuer',
    'Steuervergünstigung für Assistenzhunde und Blindenführhunde.',
    ['Assistenzhund', 'Blindenführhund'],
  ],
  [
    'grundsteuer',
    'finanzen',
    'Antrag auf Erlass der Grundsteuer',
    'Teilweiser Erlass bei wesentlicher Ertragsminderung.',
    ['Grundsteuererlass', 'Ertragsminderung'],
  ],
  [
    'zweitwohnungssteuer',
    'finanzen',
    'Erklärung zur Zweitwohnungssteuer',
    'Steuererklärung für eine Nebenwohnung im Stadtgebiet.',
    ['Nebenwohnung', 'Zweitwohnsitz'],
  ],
  [
    'vergnuegungssteuer',
    'finanzen',
    'Anmeldung zur Vergnügungssteuer',
    'Steuer auf Spielgeräte und Tanzveranstaltungen.',
    ['Spielgeräte', 'Spielautomaten'],
  ],
  [
    'sepa',
    'finanzen',
    'SEPA-Lastschriftmandat für städtische Abgaben',
    'Steuern und Gebühren bequem abbuchen lassen.',
    ['Einzugsermächtigung', 'Abbuchung', 'Lastschrift'],
  ],
  [
    'stundung',
    'finanzen',
    'Antrag auf Stundung oder Ratenzahlung',
    'Zahlungsaufschub für Steuern und Gebühren beantragen.',
    ['Ratenzahlung', 'Zahlungsaufschub'],
  ],
  // Ordnung
  [
    'gefaehrlicher-hund',
    'ordnung',
    'Erlaubnis zum Halten eines gefährlichen Hundes',
    'Erlaubnis nach dem Landeshundegesetz mit Sachkundenachweis.',
    ['Listenhund', 'Kampfhund', 'Sachkundenachweis'],
  ],
  [
    'fischereischein',
    'ordnung',
    'Antrag auf einen Fischereischein',
    'Nach bestandener Fischerprüfung den Fischereischein erhalten.',
    ['Angelschein', 'Angeln', 'Fischerprüfung'],
  ],
  [
    'feuerwerk',
    'ordnung',
    'Ausnahmegenehmigung für das Abbrennen von Feuerwerk',
    'Feuerwerk außerhalb von Silvester genehmigen lassen.',
    ['Pyrotechnik', 'Silvester', 'Böller'],
  ],
  [
    'osterfeuer',
    'ordnung',
    'Anzeige eines Brauchtumsfeuers (Osterfeuer)',
    'Brauchtumsfeuer mindestens zwei Wochen vorher anzeigen.',
    ['Osterfeuer', 'Martinsfeuer', 'Lagerfeuer'],
  ],
  [
    'veranstaltung',
    'ordnung',
    'Anzeige einer Veranstaltung im Freien',
    'Straßenfeste, Konzerte und andere Veranstaltungen anmelden.',
    ['Straßenfest', 'Stadtfest', 'Festival'],
  ],
  [
    'plakatierung',
    'ordnung',
    'Antrag auf Plakatierungserlaubnis',
    'Plakate im öffentlichen Straßenraum aufhängen.',
    ['Plakate', 'Wahlplakate', 'Werbung'],
  ],
  [
    'laermschutz',
    'ordnung',
    'Ausnahmegenehmigung vom Lärmschutz (Nachtarbeit)',
    'Lärmintensive Arbeiten während der Nachtruhe.',
    ['Lärm', 'Ruhestörung', 'Nachtruhe'],
  ],
  // Bauen
  [
    'baugenehmigung',
    'bauen',
    'Bauantrag (Antrag auf Baugenehmigung)',
    'Genehmigung für Neubau, Umbau oder Nutzungsänderung.',
    ['Bauvorhaben', 'Bauvorlage', 'Baugesuch'],
  ],
  [
    'bauvoranfrage',
    'bauen',
    'Antrag auf Vorbescheid (Bauvoranfrage)',
    'Einzelne Fragen eines Bauvorhabens vorab klären.',
    ['Vorbescheid', 'Voranfrage'],
  ],
  [
    'abbruch',
    'bauen',
    'Anzeige des Abbruchs einer baulichen Anlage',
    'Abbruch von Gebäuden rechtzeitig anzeigen.',
    ['Abriss', 'Rückbau'],
  ],
  [
    'hausnummer',
    'bauen',
    'Antrag auf Zuteilung einer Hausnummer',
    'Hausnummer für einen Neubau vergeben lassen.',
    ['Hausnummernvergabe', 'Adresse'],
  ],
  [
    'denkmal',
    'bauen',
    'Antrag auf denkmalrechtliche Erlaubnis',
    'Veränderungen an einem Baudenkmal genehmigen lassen.',
    ['Denkmalschutz', 'Baudenkmal'],
  ],
  // Umwelt
  [
    'baumfaellung',
    'umwelt',
    'Antrag auf Fällgenehmigung nach der Baumschutzsatzung',
    'Geschützte Bäume dürfen nur mit Genehmigung gefällt werden.',
    ['Baumfällung', 'Baum fällen', 'Baumschutz'],
  ],
  [
    'grabstelle',
    'umwelt',
    'Antrag auf Nutzungsrecht an einer Grabstätte',
    'Grabstätte auf einem städtischen Friedhof erwerben oder verlängern.',
    ['Grab', 'Friedhof', 'Beerdigung', 'Bestattung', 'Urnengrab'],
  ],
  [
    'grabmal',
    'umwelt',
    'Antrag auf Genehmigung eines Grabmals',
    'Aufstellung eines Grabsteins genehmigen lassen.',
    ['Grabstein'],
  ],
  [
    'kanalanschluss',
    'umwelt',
    'Antrag auf Anschluss an die öffentliche Kanalisation',
    'Grundstücksentwässerung an den Kanal anschließen.',
    ['Kanalanschluss', 'Abwasser', 'Hausanschluss'],
  ],
  [
    'niederschlagswasser',
    'umwelt',
    'Erklärung zur Niederschlagswassergebühr',
    'Versiegelte Flächen für die Abwassergebühr angeben.',
    ['Regenwasser', 'versiegelte Fläche', 'Abwassergebühr'],
  ],
  // Tiefbau und Verkehr
  [
    'sondernutzung',
    'tiefbau',
    'Antrag auf Sondernutzungserlaubnis für öffentliche Straßen',
    'Container, Gerüste oder Baustelleneinrichtungen auf Gehweg und Straße.',
    ['Straßennutzung', 'Gehweg', 'Container', 'Gerüst'],
  ],
  [
    'strassensperrung',
    'tiefbau',
    'Antrag auf verkehrsrechtliche Anordnung (Straßensperrung)',
    'Sperrung oder Beschilderung für Arbeiten im Straßenraum.',
    ['Absperrung', 'Verkehrszeichen', 'Vollsperrung'],
  ],
  [
    'halteverbot-umzug',
    'tiefbau',
    'Einrichtung einer Halteverbotszone für Umzüge',
    'Parkfläche vor dem Haus für den Umzugswagen freihalten.',
    ['Umzugshalteverbot', 'Parkverbot', 'Umzug'],
  ],
  [
    'bewohnerparkausweis',
    'tiefbau',
    'Antrag auf einen Bewohnerparkausweis',
    'Parken im Bewohnerparkgebiet in der Nähe der Wohnung.',
    ['Anwohnerparken', 'Parkausweis', 'Parkplakette'],
  ],
  [
    'behindertenparkausweis',
    'tiefbau',
    'Parkausweis für Menschen mit Schwerbehinderung',
    'Parkerleichterungen für schwerbehinderte Menschen.',
    ['Behindertenparkplatz', 'blauer Parkausweis'],
  ],
  [
    'bordsteinabsenkung',
    'tiefbau',
    'Antrag auf Bordsteinabsenkung',
    'Grundstückszufahrt über den Gehweg herstellen lassen.',
    ['Grundstückszufahrt', 'Einfahrt', 'Bordstein'],
  ],
  [
    'strassenbeleuchtung',
    'tiefbau',
    'Defekte Straßenbeleuchtung melden',
    'Ausgefallene oder beschädigte Laternen melden.',
    ['Laterne', 'Straßenlaterne'],
  ],
  [
    'strassenschaden',
    'tiefbau',
    'Straßenschaden melden',
    'Schlaglöcher und Schäden an Gehwegen melden.',
    ['Schlagloch', 'Gehwegschaden'],
  ],
  // Abfall
  [
    'sperrmuell',
    'entsorgung',
    'Sperrmüllabholung anmelden',
    'Abholung von Möbeln und sperrigen Gegenständen vereinbaren.',
    ['Sperrmüll', 'Möbel', 'Entrümpelung'],
  ],
  [
    'muellbehaelter',
    'entsorgung',
    'Änderung der Müllbehälter (Restmüll, Biotonne, Papiertonne)',
    'Größe oder Anzahl der Abfallbehälter ändern.',
    ['Mülltonne', 'Restmülltonne', 'Tonnentausch'],
  ],
  [
    'muellabfuhr',
    'entsorgung',
    'Müllabfuhr: Abfuhrkalender bestellen',
    'Abholtermine für Restmüll, Bioabfall und Papier.',
    ['Abfallkalender', 'Abfuhrtermine', 'Abholtermine'],
  ],
  [
    'elektroschrott',
    'entsorgung',
    'Abholung von Elektroaltgeräten',
    'Große Elektrogeräte wie Kühlschrank oder Waschmaschine abholen lassen.',
    ['Elektroschrott', 'Kühlschrank', 'Waschmaschine'],
  ],
  [
    'gruenschnitt',
    'entsorgung',
    'Grünschnitt-Container bestellen',
    'Container für Gartenabfälle und Strauchschnitt.',
    ['Gartenabfälle', 'Laub', 'Strauchschnitt'],
  ],
  // Kultur, Sport, Freizeit
  [
    'sporthalle',
    'kultur',
    'Antrag auf Nutzung städtischer Sporthallen',
    'Hallenzeiten für Vereine und Gruppen beantragen.',
    ['Turnhalle', 'Hallenzeiten', 'Sportplatz'],
  ],
  [
    'sportfoerderung',
    'kultur',
    'Antrag auf Zuschuss für Sportvereine',
    'Förderung von Übungsleitern und Vereinsveranstaltungen.',
    ['Vereinsförderung', 'Sportförderung'],
  ],
  [
    'kulturfoerderung',
    'kultur',
    'Antrag auf Projektförderung Kultur',
    'Zuschuss für Kunst- und Kulturprojekte in der Stadt.',
    ['Kulturförderung', 'Kunst'],
  ],
  [
    'bibliothek',
    'kultur',
    'Anmeldung in der Stadtbibliothek',
    'Bibliotheksausweis für Ausleihe und Onleihe.',
    ['Bibliotheksausweis', 'Leserausweis', 'Bücherei'],
  ],
  [
    'musikschule',
    'kultur',
    'Anmeldung zur Musikschule',
    'Instrumental- und Gesangsunterricht für Kinder und Erwachsene.',
    ['Instrumentalunterricht', 'Gesangsunterricht'],
  ],
  [
    'vhs',
    'kultur',
    'Anmeldung zu einem VHS-Kurs',
    'Kurse der Volkshochschule buchen.',
    ['Volkshochschule', 'Sprachkurs'],
  ],
  // Wirtschaft und Gewerbe
  [
    'gewerbeanmeldung',
    'wirtschaft',
    'Gewerbeanmeldung',
    'Beginn eines Gewerbebetriebes nach § 14 Gewerbeordnung anzeigen.',
    ['Gewerbe anmelden', 'Existenzgründung', 'Gewerbeschein'],
  ],
  [
    'gewerbeabmeldung',
    'wirtschaft',
    'Gewerbeabmeldung',
    'Aufgabe eines Gewerbebetriebes anzeigen.',
    ['Gewerbe abmelden', 'Betriebsaufgabe'],
  ],
  [
    'gewerbeummeldung',
    'wirtschaft',
    'Gewerbeummeldung',
    'Verlegung oder Änderung eines Gewerbebetriebes anzeigen.',
    ['Gewerbe ummelden', 'Betriebsverlegung'],
  ],
  [
    'gaststaettenerlaubnis',
    'wirtschaft',
    'Antrag auf Gaststättenerlaubnis',
    'Erlaubnis für den Ausschank alkoholischer Getränke.',
    ['Schankerlaubnis', 'Konzession', 'Kneipe'],
  ],
  [
    'gestattung',
    'wirtschaft',
    'Antrag auf vorübergehende Gestattung eines Gaststättenbetriebs',
    'Ausschank bei Festen und Veranstaltungen.',
    ['Ausschank', 'Schankgenehmigung'],
  ],
  [
    'marktstand',
    'wirtschaft',
    'Bewerbung für einen Standplatz auf dem Wochenmarkt',
    'Als Händlerin oder Händler auf dem Wochenmarkt verkaufen.',
    ['Marktstand', 'Markthändler', 'Beschicker'],
  ],
  [
    'taxi',
    'wirtschaft',
    'Antrag auf Taxikonzession',
    'Genehmigung für den Verkehr mit Taxen.',
    ['Taxi', 'Mietwagen', 'Personenbeförderung'],
  ],
  [
    'reisegewerbe',
    'wirtschaft',
    'Antrag auf eine Reisegewerbekarte',
    'Waren oder Leistungen ohne feste Niederlassung anbieten.',
    ['Schausteller', 'Haustürgeschäft'],
  ],
  [
    'aussengastronomie',
    'wirtschaft',
    'Antrag auf Außengastronomie',
    'Tische und Stühle vor dem Lokal aufstellen.',
    ['Terrasse', 'Biergarten', 'Freisitz'],
  ],
  // Verwaltung
  [
    'ausbildung',
    'personal',
    'Bewerbungsbogen für eine Ausbildung bei der Stadtverwaltung',
    'Ausbildungsplätze und duale Studiengänge.',
    ['Ausbildung', 'Praktikum', 'Stellenangebot'],
  ],
  [
    'anregung-beschwerde',
    'personal',
    'Anregungen und Beschwerden an den Rat',
    'Anregungen und Beschwerden nach der Gemeindeordnung.',
    ['Bürgerantrag', 'Petition', 'Beschwerde'],
  ],
  [
    'informationsfreiheit',
    'personal',
    'Antrag nach dem Informationsfreiheitsgesetz',
    'Zugang zu amtlichen Informationen der Stadt.',
    ['IFG', 'Akteneinsicht'],
  ],
];

export const CORE_FORM_IDS = CORE.map((c) => c[0]);

// First parts of administrative compound nouns ("Hunde" + "genehmigung"), per department.
const MODIFIERS = {
  soziales: [
    'Wohn',
    'Miet',
    'Pflege',
    'Senioren',
    'Sozial',
    'Unterkunfts',
    'Heizkosten',
    'Betreuungs',
    'Schuldner',
    'Integrations',
  ],
  jugend: [
    'Kita',
    'Eltern',
    'Schul',
    'Jugend',
    'Familien',
    'Ferien',
    'Kinder',
    'Lern',
    'Spielplatz',
    'Schulweg',
  ],
  finanzen: [
    'Grundbesitz',
    'Gewerbesteuer',
    'Kassen',
    'Zahlungs',
    'Vollstreckungs',
    'Steuer',
    'Abgaben',
    'Forderungs',
  ],
  ordnung: [
    'Hunde',
    'Tier',
    'Lärm',
    'Feuer',
    'Veranstaltungs',
    'Jagd',
    'Fisch',
    'Fund',
    'Bestattungs',
    'Parkraum',
    'Waffen',
  ],
  bauen: [
    'Bau',
    'Abbruch',
    'Nutzungsänderungs',
    'Denkmal',
    'Garagen',
    'Werbeanlagen',
    'Stellplatz',
    'Grundstücks',
    'Vermessungs',
  ],
  umwelt: [
    'Baum',
    'Garten',
    'Friedhofs',
    'Grab',
    'Natur',
    'Energie',
    'Solar',
    'Dachbegrünungs',
    'Regenwasser',
    'Klima',
  ],
  tiefbau: [
    'Straßen',
    'Gehweg',
    'Radweg',
    'Verkehrs',
    'Kanal',
    'Brücken',
    'Beleuchtungs',
    'Zufahrts',
  ],
  entsorgung: ['Müll', 'Abfall', 'Biotonnen', 'Papiertonnen', 'Wertstoff', 'Container', 'Kompost'],
  kultur: [
    'Sport',
    'Kultur',
    'Museums',
    'Bibliotheks',
    'Musikschul',
    'Theater',
    'Vereins',
    'Hallen',
    'Bäder',
  ],
  wirtschaft: [
    'Gewerbe',
    'Markt',
    'Gaststätten',
    'Spielhallen',
    'Sondernutzungs',
    'Werbe',
    'Ladenöffnungs',
    'Messe',
  ],
  buergerservice: ['Melde', 'Ausweis', 'Wahl', 'Beglaubigungs', 'Bürger', 'Daten'],
  standesamt: ['Geburts', 'Ehe', 'Sterbe', 'Namens', 'Lebenspartnerschafts', 'Urkunden'],
  personal: ['Personal', 'Dienst', 'Reisekosten', 'Fortbildungs'],
};

// Heads of the compounds: [head, description phrase].
const HEADS = [
  ['genehmigung', 'Genehmigung beantragen'],
  ['erlaubnis', 'Erlaubnis beantragen'],
  ['zuschuss', 'Zuschuss beantragen'],
  ['förderung', 'Förderung beantragen'],
  ['beitrag', 'Beitrag festsetzen lassen'],
  ['gebühren', 'Gebühren berechnen lassen'],
  ['bescheinigung', 'Bescheinigung ausstellen lassen'],
  ['anmeldung', 'Anmeldung vornehmen'],
  ['abmeldung', 'Abmeldung vornehmen'],
  ['nachweis', 'Nachweis einreichen'],
  ['erklärung', 'Erklärung abgeben'],
  ['auskunft', 'Auskunft erhalten'],
  ['kostenerstattung', 'Kosten erstattet bekommen'],
  ['vollmacht', 'Vollmacht erteilen'],
  ['ausweis', 'Ausweis beantragen'],
  ['befreiung', 'Befreiung beantragen'],
  ['ermäßigung', 'Ermäßigung beantragen'],
  ['zulassung', 'Zulassung beantragen'],
  ['anzeige', 'Anzeige erstatten'],
  ['vertrag', 'Vertrag abschließen'],
  ['bescheid', 'Bescheid anfordern'],
  ['kontrolle', 'Kontrolle vereinbaren'],
];

const TITLE_PATTERNS = [
  (o) => `Antrag auf ${o}`,
  (o) => `${o} – Erstantrag`,
  (o) => `${o} – Folgeantrag`,
  (o) => `${o} – Änderungsmitteilung`,
  (o) => `${o} – Verlängerung`,
  (o) => `Widerspruch: ${o}`,
  (o) => `${o} – Erklärung zu den Einkommensverhältnissen`,
  (o) => `${o} – Vollmacht für Bevollmächtigte`,
  (o) => `${o} – Merkblatt`,
  (o) => `${o} für Vereine`,
  (o) => `${o} für Unternehmen`,
  (o) => `${o} für Privatpersonen`,
  (o) => `${o} (Leichte Sprache)`,
  (o) => `${o} – Checkliste der Unterlagen`,
];

const DISTRICTS = [
  'Welper',
  'Blankenstein',
  'Holthausen',
  'Niederwenigern',
  'Bredenscheid',
  'Elfringhausen',
  'Winz-Baak',
  'Niederbonsfeld',
  'Oberstüter',
  'Innenstadt',
  'Südstadt',
  'Nordstadt',
];

const AUDIENCES = [
  'Privatpersonen',
  'Vereine',
  'Unternehmen',
  'Eigentümerinnen und Eigentümer',
  'Mieterinnen und Mieter',
  'Eltern',
  'Seniorinnen und Senioren',
  'Gewerbetreibende',
  'Bauherren',
  'Studierende',
];

const SENTENCES = [
  'Bitte legen Sie alle erforderlichen Nachweise in Kopie bei.',
  'Das Formular kann unterschrieben per Post oder E-Mail eingereicht werden.',
  'Die Bearbeitung dauert in der Regel zwei bis vier Wochen.',
  'Für die Bearbeitung wird eine Verwaltungsgebühr erhoben.',
  'Unvollständige Anträge können nicht bearbeitet werden.',
  'Eine persönliche Vorsprache ist nach Terminvereinbarung möglich.',
  'Fristen ergeben sich aus der jeweiligen Satzung der Stadt.',
  'Bei Fragen hilft Ihnen der zuständige Fachbereich gern weiter.',
  'Der Antrag muss vor Beginn der Maßnahme gestellt werden.',
  'Änderungen sind unverzüglich mitzuteilen.',
];

const VARIANTS = [
  (t) => `${t} – Merkblatt`,
  (t) => `${t} – Ausfüllhilfe`,
  (t) => `${t} (englische Fassung)`,
  (t) => `${t} (türkische Fassung)`,
  (t) => `${t} (ukrainische Fassung)`,
  (t) => `${t} (Leichte Sprache)`,
];

const FORMATS = ['pdf', 'pdf', 'pdf', 'pdf', 'pdf', 'pdf', 'docx', 'odt', 'xlsx'];

function slug(text) {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}

function date(rng) {
  const y = 2016 + Math.floor(rng() * 10);
  const m = 1 + Math.floor(rng() * 12);
  const d = 1 + Math.floor(rng() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function finish(rng, form) {
  const format = form.format ?? pick(rng, FORMATS);
  const out = {
    ...form,
    url: `https://example.org/formulare/${form.id}.${format}`,
    format,
    size_bytes: 30_000 + Math.floor(rng() * 1_500_000),
    updated_at: date(rng),
  };
  if (rng() < 0.25) {
    out.online_url = `https://portal.example.org/${form.id}`;
    out.service = 'serviceportal';
  }
  return out;
}

/**
 * Builds the catalogue. Same `seed` and `size`, same catalogue (byte for byte).
 * @param {{ size?: number, seed?: number }} [options]
 * @returns {{ departments: typeof DEPARTMENTS, forms: Array<Record<string, unknown>> }}
 */
export function generateFormCatalog({ size = 10_000, seed = 20_240_611 } = {}) {
  const rng = createRng(seed);
  const forms = [];
  const titles = new Set();
  const ids = new Set();
  const add = (form) => {
    if (titles.has(form.title) || forms.length >= size) return false;
    let id = form.id;
    for (let n = 2; ids.has(id); n++) id = `${form.id}-${n}`;
    titles.add(form.title);
    ids.add(id);
    forms.push(finish(rng, { ...form, id }));
    return true;
  };

  for (const [id, department, title, description, keywords] of CORE) {
    add({ id, department, title, description, keywords, format: 'pdf' });
  }
  // Variants of core forms: 0–3 per form, as real catalogues have them.
  for (const [id, department, title, description, keywords] of CORE) {
    const n = Math.floor(rng() * 4);
    const used = new Set();
    for (let i = 0; i < n; i++) {
      const v = Math.floor(rng() * VARIANTS.length);
      if (used.has(v)) continue;
      used.add(v);
      const vt = VARIANTS[v](title);
      add({
        id: `${id}-${slug(vt.slice(title.length))}`,
        department,
        title: vt,
        description,
        keywords,
      });
    }
  }
  // Generated forms from compound nouns. A compound that names a core form ("Melde" +
  // "bescheinigung") is skipped: the core form is the catalogue's form for that subject.
  const coreWords = new Set(
    CORE.flatMap(([, , title, , keywords]) =>
      [title, ...keywords].flatMap((t) => t.toLowerCase().split(/[^\p{L}]+/u)),
    ),
  );
  const departments = Object.keys(MODIFIERS);
  let guard = 0;
  while (forms.length < size && guard++ < size * 50) {
    const department = pick(rng, departments);
    const modifier = pick(rng, MODIFIERS[department]);
    const [head, phrase] = pick(rng, HEADS);
    const object = modifier + head;
    if (coreWords.has(object.toLowerCase())) continue;
    let title = pick(rng, TITLE_PATTERNS)(object);
    if (rng() < 0.35) title += ` – Ortsteil ${pick(rng, DISTRICTS)}`;
    const audience = pick(rng, AUDIENCES);
    // One short sentence like the hand-written forms (≈ 6 words), sometimes a second one.
    const description = `${object}: ${phrase} für ${audience}.${
      rng() < 0.25 ? ` ${pick(rng, SENTENCES)}` : ''
    }`;
    const keywords = [];
    if (rng() < 0.6) keywords.push(`${modifier.replace(/(s|n|en)$/, '')} ${head}`);
    if (rng() < 0.4) keywords.push(audience);
    add({ id: slug(title), department, title, description, keywords });
  }
  return { departments: DEPARTMENTS, forms };
}

/**
 * Labelled queries: what citizens type, and the form they are looking for.
 * `kind` groups them in the report. Written before the first benchmark run, not tuned since.
 */
export const FORM_SEARCH_QUERIES = [
  // plain words from the title
  { query: 'wohngeld', expected: 'wohngeld', kind: 'title' },
  { query: 'Gewerbeanmeldung', expected: 'gewerbeanmeldung', kind: 'title' },
  { query: 'führungszeugnis', expected: 'fuehrungszeugnis', kind: 'title' },
  { query: 'reisepass', expected: 'reisepass', kind: 'title' },
  { query: 'Meldebescheinigung', expected: 'meldebescheinigung', kind: 'title' },
  { query: 'Wohnberechtigungsschein', expected: 'wohnberechtigungsschein', kind: 'title' },
  { query: 'Pflegewohngeld', expected: 'pflegewohngeld', kind: 'title' },
  { query: 'briefwahl', expected: 'briefwahl', kind: 'title' },
  // umlaut and ß spellings
  { query: 'fuehrungszeugnis', expected: 'fuehrungszeugnis', kind: 'umlaut' },
  { query: 'Fuhrungszeugnis', expected: 'fuehrungszeugnis', kind: 'umlaut' },
  { query: 'sperrmuell', expected: 'sperrmuell', kind: 'umlaut' },
  { query: 'Eheschliessung', expected: 'eheschliessung', kind: 'umlaut' },
  { query: 'gaststaettenerlaubnis', expected: 'gaststaettenerlaubnis', kind: 'umlaut' },
  { query: 'strassensperrung', expected: 'strassensperrung', kind: 'umlaut' },
  { query: 'Vergnuegungssteuer', expected: 'vergnuegungssteuer', kind: 'umlaut' },
  // parts of compounds
  { query: 'abfuhrkalender', expected: 'muellabfuhr', kind: 'compound' },
  { query: 'zeugnis polizeilich', expected: 'fuehrungszeugnis', kind: 'compound' },
  { query: 'berechtigungsschein', expected: 'wohnberechtigungsschein', kind: 'compound' },
  { query: 'halteverbot umzug', expected: 'halteverbot-umzug', kind: 'compound' },
  { query: 'parkausweis bewohner', expected: 'bewohnerparkausweis', kind: 'compound' },
  { query: 'zweitwohnung steuer', expected: 'zweitwohnungssteuer', kind: 'compound' },
  { query: 'urkunde geburt', expected: 'geburtsurkunde', kind: 'compound' },
  // one typo
  { query: 'wohngled', expected: 'wohngeld', kind: 'typo' },
  { query: 'gewerbeanmedlung', expected: 'gewerbeanmeldung', kind: 'typo' },
  { query: 'personalausweiss', expected: 'personalausweis', kind: 'typo' },
  { query: 'fischereischien', expected: 'fischereischein', kind: 'typo' },
  { query: 'Sperrmüllabhohlung', expected: 'sperrmuell', kind: 'typo' },
  { query: 'kirchenaustrit', expected: 'kirchenaustritt', kind: 'typo' },
  // several words, any order
  { query: 'hund abmelden', expected: 'hundesteuer-abmeldung', kind: 'multi' },
  { query: 'steuer hund anmelden', expected: 'hundesteuer-anmeldung', kind: 'multi' },
  { query: 'kita platz anmeldung', expected: 'kita-anmeldung', kind: 'multi' },
  { query: 'nutzungsrecht grab', expected: 'grabstelle', kind: 'multi' },
  { query: 'baum fällen', expected: 'baumfaellung', kind: 'multi' },
  { query: 'ausweis verloren', expected: 'verlust-ausweis', kind: 'multi' },
  { query: 'grundsteuer erlass', expected: 'grundsteuer', kind: 'multi' },
  { query: 'gewerbe abmelden', expected: 'gewerbeabmeldung', kind: 'multi' },
  // synonyms (keywords)
  { query: 'Mietzuschuss', expected: 'wohngeld', kind: 'keyword' },
  { query: 'Hochzeit', expected: 'eheschliessung', kind: 'keyword' },
  { query: 'Angelschein', expected: 'fischereischein', kind: 'keyword' },
  { query: 'Tagesmutter', expected: 'kindertagespflege', kind: 'keyword' },
  { query: 'Schankerlaubnis', expected: 'gaststaettenerlaubnis', kind: 'keyword' },
  { query: 'Listenhund', expected: 'gefaehrlicher-hund', kind: 'keyword' },
  { query: 'Abriss', expected: 'abbruch', kind: 'keyword' },
  { query: 'Einschulung', expected: 'schulanmeldung', kind: 'keyword' },
  { query: 'Schlagloch', expected: 'strassenschaden', kind: 'keyword' },
  { query: 'Tonnentausch', expected: 'muellbehaelter', kind: 'keyword' },
  // words from the description only
  { query: 'Bewilligungszeitraum', expected: 'wohngeld-weiterleistung', kind: 'description' },
  { query: 'Onleihe', expected: 'bibliothek', kind: 'description' },
  { query: 'Kühlschrank abholen', expected: 'elektroschrott', kind: 'description' },
];
