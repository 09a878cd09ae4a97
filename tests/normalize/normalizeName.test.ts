import { describe, expect, it } from 'vitest';
import { legalFormWord } from '../../src/normalize/legalFormWords.js';
import { normalizeName } from '../../src/normalize/normalizeName.js';
import { forgetNormalizedWords } from '../../src/normalize/wordFacts.js';

const roles = (text: string, kind: 'person' | 'organization' | 'any' = 'any') =>
  normalizeName(text, { kind }).tokens.map((t) => `${t.key}:${t.role}`);
const legalForm = (text: string) =>
  normalizeName(text, { kind: 'organization' })
    .tokens.filter((t) => t.role === 'legalForm')
    .map((t) => t.key);

describe('legal forms across languages', () => {
  it.each([
    [
      'llc',
      [
        'Romashka LLC',
        'Romashka Limited Liability Company',
        'OOO Romashka',
        'ООО Ромашка',
        'Obshchestvo s Ogranichennoy Otvetstvennostyu Romashka',
        'Romashka L.L.C.',
        'TOV Romashka',
      ],
    ],
    [
      'jsc',
      [
        'JSC Almaz',
        'AO Almaz',
        'Almaz Joint-Stock Company',
        'PAO Almaz',
        'PJSC Almaz',
        'Aktsionernoe Obshchestvo Almaz',
        'OAO Almaz',
        'ZAO Almaz',
      ],
    ],
    ['ltd', ['Dexias Ltd', 'Dexias Limited', 'Dexias Ltd. Şti.', 'Dexias Limited Şirketi']],
    ['as', ['Anadolu A.Ş.', 'Anadolu Anonim Şirketi', 'Anadolu AS']],
    ['gmbh', ['Müller GmbH', 'Müller G.m.b.H.', 'Müller Gesellschaft mit beschränkter Haftung']],
    ['sa', ['Acme S.A.', 'Acme SA', 'Acme Sociedad Anónima', 'Acme Société Anonyme', 'Acme, C.A.']],
    ['co ltd', ['Zhongcheng Co., Ltd.', 'Zhongcheng Company Limited', 'Zhongcheng Co Ltd']],
    ['fze', ['Gulf Star FZE', 'Gulf Star F.Z.E.', 'Gulf Star Free Zone Establishment']],
  ])('reads every spelling of %s as one legal form', (form, names) => {
    for (const name of names) expect(legalForm(name), name).toEqual([form]);
  });

  it('reads a two-letter form only at the edge of a name ("AS" inside a name stays a word)', () => {
    expect(roles('Bank AS Holding', 'organization')).toContain('as:name');
    expect(legalForm('Anadolu AS')).toEqual(['as']);
  });

  it('reads an abbreviated legal form only as written, never through spelling rules', () => {
    // AAS (a Norwegian family name) spells to the key of AS, DMC to that of DMCC, CKG (an aircraft registration's
    // second part) to that of KG; none of them is a legal form.
    expect(roles('Martin Aas', 'organization')).toEqual(['martin:name', 'as:name']);
    expect(roles('DMC Global Inc.', 'organization')).toEqual(['dmc:name', 'global:generic', 'inc:legalForm']);
    expect(roles('UR-CKG', 'organization')).toEqual(['ur:name', 'kg:name']);
    expect(legalForm('Gulf Star DMCC')).toEqual(['fze']);
    expect(legalForm('ООО Ромашка')).toEqual(['llc']);
  });

  it('reads ŞTİ as a legal form only where it closes a name: STI HIGHLANDER, a listed tanker, is a name', () => {
    expect(legalForm('Dexias Şti.')).toEqual(['ltd']);
    expect(legalForm('AZU INTERNATIONAL LTD STI')).toEqual(['ltd']);
    expect(roles('STI Highlander', 'organization')).toEqual(['sti:name', 'highlander:name']);
  });

  it('looks for no legal form in a person name', () => {
    expect(roles('Ao Ling', 'person')).toEqual(['ao:name', 'ling:name']);
  });

  it('reads a legal-form word with one slip (a letter swapped, dropped, added or replaced) as the legal form', () => {
    expect(legalForm('Acme Limited Liabiliyt Compnay')).toEqual(['llc']);
    expect(legalForm('Acme Limted')).toEqual(['ltd']);
    expect(legalForm('Acme Limitned')).toEqual(['ltd']);
    expect(legalForm('Anadolu Ticaret Sirkti')).toEqual(['co']);
    expect(legalForm('Acme Corporaton')).toEqual(legalForm('Acme Corporation'));
  });

  it('reads a slip that spelling rules carry two letters off the word as written (LIITED, LIABILIY)', () => {
    // LIITED has the key "lited" (a double letter is one), LIMITED "limited"; LIABILIY "liabili", LIABILITY
    // "liabiliti": as written, each is one letter from the legal-form word.
    expect(legalFormWord('lited', 'liited')).toBe('limited');
    expect(legalFormWord('liabili', 'liabiliy')).toBe('liabiliti');
    expect(legalForm('Pitersnab Liited Liability Company')).toEqual(['llc']);
    expect(legalForm('Obschchestvo s Ogranichennoi Otvetstvennostyu Grend Si')).toEqual(['llc']);
  });

  it('reads the legal forms that close a name by the reading that leaves no word of theirs a name word', () => {
    // COMPANY LIMITED is a legal form, and so is LIMITED LIABILITY COMPANY: read longest first, the name kept
    // LIABILITY as a word of its own, which the listed name with the same legal forms written otherwise lacks.
    expect(roles('National Iranian Tanker Company Limited Liability Company', 'organization')).toEqual([
      'national:generic',
      'iranian:name',
      'shipping:generic',
      'co:legalForm',
      'llc:legalForm',
    ]);
    // A form of two letters may stand where the closing legal form begins, as at the end of the name.
    expect(roles('Dafeng Asia Co Limited Liability Company', 'organization')).toEqual([
      'dafeng:name',
      'asia:name',
      'co:legalForm',
      'llc:legalForm',
    ]);
    // Read otherwise, PRIVATE would be left a name word: PRIVATE LIMITED and COMPANY stay.
    expect(legalForm('Samane Gostar Private Limited Company')).toEqual(['pte ltd', 'co']);
  });

  it('reads no slip in a word of four letters, nor one that changes the first letter', () => {
    expect(legalFormWord('ltdd')).toBeUndefined();
    expect(legalFormWord('xompani')).toBeUndefined();
    expect(legalFormWord('liabiliti')).toBeUndefined(); // the word itself, not a slip of it
  });
});

describe('generic organisation words', () => {
  it('marks GROUP, INTERNATIONAL and TICARET as generic and the distinctive word as the name', () => {
    expect(roles('AZU INTERNATIONAL BILGI TEKNOLOJILERI VE DIS TICARET LIMITED SIRKETI', 'organization')).toEqual([
      'azu:name',
      'international:generic',
      'information:generic',
      'technology:generic',
      've:stopWord',
      'foreign trade:generic',
      'ltd:legalForm',
    ]);
  });

  it('reads ЧВК, CHVK, PMC and PRIVATE MILITARY COMPANY as one term', () => {
    for (const name of ['ЧВК Вагнер', 'CHVK Vagner', 'PMC Wagner', "PRIVATE MILITARY COMPANY 'WAGNER'"]) {
      expect(roles(name, 'organization'), name).toEqual(['pmc:generic', 'vagner:name']);
    }
  });

  it('reads a stop word written last as a name: it joins nothing', () => {
    // The Korean family name An, after a given name written Ji-a: A joins, AN is the name.
    expect(roles('Ji-a An', 'organization')).toEqual(['ji:name', 'a:stopWord', 'an:name']);
    expect(roles('Bank of the North', 'organization')).toEqual([
      'bank:generic',
      'of:stopWord',
      'the:stopWord',
      'north:name',
    ]);
  });

  it('keeps a name made only of generic words searchable (its words become the name)', () => {
    expect(roles('GENERAL TRADING LLC', 'organization')).toEqual(['general:name', 'trading:name', 'llc:legalForm']);
  });
});

describe('persons', () => {
  it('puts "LAST, First Middle" in reading order', () => {
    expect(normalizeName('UTKIN, Dmitriy Valeryevich', { kind: 'person' }).tokens.map((t) => t.text)).toEqual([
      'dmitriy',
      'valeryevich',
      'utkin',
    ]);
  });

  it('drops titles at the start of a name', () => {
    const tokens = normalizeName('Sheikh Dr. Ahmad Ali', { kind: 'person' }).tokens;
    expect(tokens.map((t) => `${t.text}:${t.role}`)).toEqual([
      'sheikh:honorific',
      'dr:honorific',
      'ahmad:name',
      'ali:name',
    ]);
  });

  it('keeps a title that is the whole name', () => {
    expect(roles('General', 'person')).toEqual(['general:name']);
  });

  it('reads the Arabic article and kinship words as joining words', () => {
    expect(roles('Usama bin Muhammad bin Awad BIN LADIN', 'person').filter((r) => r.endsWith(':stopWord'))).toEqual([
      'bin:stopWord',
      'bin:stopWord',
      'bin:stopWord',
    ]);
    expect(roles('Ayman AL-ZAWAHIRI', 'person')).toEqual(['aiman:name', 'al:stopWord', 'zavahiri:name']);
  });

  it('reads "Abd al-Rahman", "Abdul Rahman" and "Abdel Rahman" with one first element', () => {
    const first = (text: string) => normalizeName(text, { kind: 'person' }).tokens[0]?.key;
    expect(first('Abd al-Rahman')).toBe(first('Abdul Rahman'));
    expect(first('Abdel Rahman')).toBe(first('Abdul Rahman'));
  });
});

describe('the whole pipeline', () => {
  it('gives a Cyrillic name, a Latin spelling and a homoglyph-laced spelling the same keys', () => {
    const keys = (text: string) => normalizeName(text).tokens.map((t) => t.key);
    expect(keys('ЧВК Вагнер')).toEqual(keys('CHVK VAGNER'));
    expect(keys('W\u0410GNER GR\u041eUP')).toEqual(keys('Wagner Group'));
    expect(keys('Wag\u200bner Gr\u00adoup')).toEqual(keys('Wagner Group'));
  });

  it('records the script of the original, and Latin for homoglyph evasion', () => {
    expect(normalizeName('ЧВК Вагнер').script).toBe('Cyrl');
    expect(normalizeName('W\u0410GNER').script).toBe('Latn');
  });

  it('gives an ASCII rendering for display and look-up', () => {
    expect(normalizeName('Гру́ппа Ва́гнера').ascii).toBe('Gruppa Vagnera');
  });

  it('reads a name in Arabic script with the same tables as its romanization (titles, stop words, legal forms)', () => {
    // The ʿayn is written as lists write it: عمر is OMAR, not the title MR; علاء ALAA, not the stop word LA; عسل
    // ASAL, not the legal form SL. Reading the tables by script instead made the romanization read otherwise.
    for (const name of ['عمر محمود عثمان', 'علاء آل عواض', 'عسل عباسی']) {
      const roles = normalizeName(name, { kind: 'any' })
        .tokens.filter((t) => t.text !== 'al')
        .map((t) => t.role);
      expect(new Set(roles), name).toEqual(new Set(['name']));
    }
    // Beside an emoji (romanized :new_moon_with_face:), WITH is a stop word, as it is in the ASCII form.
    for (const name of ['عمر محمود عثمان', 'علاء آل عواض', 'عسل عباسی', 'ﭐ🌚']) {
      const once = normalizeName(name, { kind: 'any' });
      expect(normalizeName(once.ascii, { kind: 'any' }).tokens, name).toEqual(once.tokens);
    }
  });

  it('returns no tokens for a name with no letters or digits', () => {
    expect(normalizeName(' -- . ').tokens).toEqual([]);
  });

  it('normalizes a name the same after the remembered words are forgotten (a batch run forgets them)', () => {
    const names = ['OOO Vagner Group', 'Limitet Şirketi AZU INTERNATIONAL', 'ABD AL-RAHMAN, Yevgeniy', 'Compnay Ltd'];
    const before = names.map((n) => normalizeName(n, { kind: 'any' }));
    forgetNormalizedWords();
    expect(names.map((n) => normalizeName(n, { kind: 'any' }))).toStrictEqual(before);
  });
});
