import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/match/compareNames.js';

const person = (a: string, b: string) => compareNames(a, b, { schema: 'person' });
const org = (a: string, b: string) => compareNames(a, b, { schema: 'organization' });
const relations = (r: ReturnType<typeof compareNames>) => r.explanation.map((s) => s.relation).filter(Boolean);

describe('token alignment', () => {
  it('matches a listed name to itself at score 1', () => {
    expect(person('UTKIN, Dmitriy Valeryevich', 'UTKIN, Dmitriy Valeryevich').score).toBe(1);
  });

  it('is blind to word order ("Utkin Dmitriy Valeryevich" = "UTKIN, Dmitriy Valeryevich")', () => {
    expect(person('Utkin Dmitriy Valeryevich', 'UTKIN, Dmitriy Valeryevich').score).toBe(1);
  });

  it('costs little for a missing patronymic, and says it is a middle name', () => {
    const r = person('Dmitriy Utkin', 'UTKIN, Dmitriy Valeryevich');
    expect(r.match).toBe(true);
    expect(r.score).toBeGreaterThan(0.9);
    expect(r.explanation).toContainEqual(
      expect.objectContaining({
        feature: 'unmatchedCandidate',
        candidate: 'valeryevich',
        note: expect.stringContaining('middle name'),
      }),
    );
  });

  it('costs a lot for a missing family name', () => {
    expect(person('Dmitriy Valeryevich', 'UTKIN, Dmitriy Valeryevich').match).toBe(false);
  });

  it('reads an initial as the given name it starts', () => {
    const r = person('D. Utkin', 'UTKIN, Dmitriy Valeryevich');
    expect(relations(r)).toContain('initial');
    expect(r.score).toBeGreaterThan(0.7);
  });

  it('meets a name written as one word with the same name written as two ("SiemensAG", "Abdulrahman")', () => {
    expect(org('SiemensAG', 'Siemens AG')).toMatchObject({ score: 1, match: true });
    expect(relations(person('Abdulrahman Ali', 'Abd al-Rahman ALI'))).toContain('merged');
    expect(person('Abdulrahman Ali', 'Abd al-Rahman ALI').match).toBe(true);
  });

  it('tolerates a typo in a long name but not in a short one', () => {
    expect(person('Yevgeniy Prigozhim', 'PRIGOZHIN, Yevgeniy Viktorovich').match).toBe(true);
    expect(relations(person('Yevgeniy Prigozhim', 'PRIGOZHIN, Yevgeniy Viktorovich'))).toContain('typo');
    expect(person('Aly Hasan', 'Ali HASAN').score).toBeLessThan(1);
  });

  it('treats romanization variants as spellings of one name, slightly below an exact match', () => {
    const r = person('Evgeny Prigozhin', 'PRIGOZHIN, Yevgeniy');
    expect(relations(r)).toContain('spelling');
    expect(r.score).toBeGreaterThan(0.95);
    expect(r.score).toBeLessThan(1);
  });

  it('reads a Cyrillic name against its Latin listing as a transliteration', () => {
    const r = person('Пригожин Евгений Викторович', 'PRIGOZHIN, Yevgeniy Viktorovich');
    expect(r.match).toBe(true);
    expect(relations(r)).toContain('transliteration');
  });

  it.each([
    ['КОКОШИН Андрій Опанасович', 'KOKOSHIN Andrey Afanasyevich', 'Опанас is the Ukrainian Afanasiy'],
    ['ЩЕРБИНА Віра Георгіївна', 'SHCHERBINA Vera Georgievna', 'Віра is the Ukrainian Vera'],
    ['ТУРІЧІН Гліб Андрійович', 'TURICHIN Gleb Andreevich', 'Гліб is the Ukrainian Gleb'],
    ['БОЛТЕНКО Надія Миколаївна', 'BOLTENKO Nadezhda Nikolaevna', 'Надія is the Ukrainian Nadezhda'],
    ['КОШАРНИЦЬКА Олександра Володимирівна', 'KOSHARNITSKAYA Alexandra Vladimirovna', 'the Ukrainian -ська is -skaya'],
    ['НОВИЦЬКА Христина Юріївна', 'NOVITSKAYA Kristina Yuryevna', 'Христина is Kristina, -ська is -skaya'],
  ])('meets the Ukrainian spelling %s of the listed %s (%s)', (ukrainian, listed) => {
    // Both from the OpenSanctions UA war-sanctions file, which lists them under their Russian names.
    expect(person(ukrainian, listed).match).toBe(true);
  });

  it('meets "Xi Jinping" from 习近平 and "Kim Jong Un" from 김정은', () => {
    expect(person('Xi Jinping', '习近平').match).toBe(true);
    expect(person('Kim Jong Un', '김정은').match).toBe(true);
  });

  it('ignores legal forms: "OAO Belaruskaliy" = "OTKRYTOYE AKTSIONERNOYE OBSHCHESTVO BELARUSKALIY"', () => {
    expect(org('OAO Belaruskaliy', 'OTKRYTOYE AKTSIONERNOYE OBSHCHESTVO BELARUSKALIY').score).toBe(1);
  });

  it('does not match on a shared generic word alone ("Wagner Spray Tech" vs "WAGNER GROUP")', () => {
    const r = compareNames('Wagner Spray Tech', 'WAGNER GROUP');
    expect(r.match).toBe(false);
    expect(r.explanation).toContainEqual(expect.objectContaining({ feature: 'unmatchedQuery', query: 'spray' }));
  });

  it('keeps a person apart from a listed organisation that shares the family name ("Richard Wagner")', () => {
    expect(compareNames('Richard Wagner', "PRIVATE MILITARY COMPANY 'WAGNER'").match).toBe(false);
  });

  it('scores only common words at most 0.7, so they can never alert', () => {
    const r = org('International Trading Group', 'AZU INTERNATIONAL TRADING GROUP');
    expect(r.score).toBeLessThanOrEqual(0.7);
  });
});
