import { describe, expect, it } from 'vitest';
import { SpellingForms, SpellingFormsBuilder } from '../../src/match/spellingForms.js';

/** A forms table over a few listed words (each its own key id, "yevgeniy" also standing for key 9, "evgeni"). */
function formsOf(words: string[]): SpellingForms {
  const builder = new SpellingFormsBuilder();
  for (const [id, word] of words.entries()) builder.add(word, id);
  builder.add('yevgeniy', 9);
  return new SpellingForms(builder.build(() => true));
}

const listed = ['prigozhin', 'utkin', 'wagner', 'yevgeniy', 'hossein'];

/** The forms a look-up of `probe` finds, as text. */
function neighboursOf(forms: SpellingForms, probe: string): string[] {
  const count = forms.neighbours(probe);
  return Array.from(forms.found.subarray(0, count), (id) => forms.formOf(id)).sort();
}

describe('the neighbourhood of a word among the listed forms', () => {
  const forms = formsOf(listed);

  it('holds the listed forms one slip away: a letter dropped, added, changed or swapped', () => {
    expect(neighboursOf(forms, 'prigozin')).toEqual(['prigozhin']);
    expect(neighboursOf(forms, 'wagnner')).toEqual(['wagner']);
    expect(neighboursOf(forms, 'vagner')).toEqual(['wagner']);
    expect(neighboursOf(forms, 'hossien')).toEqual(['hossein']);
  });

  it('holds nothing for a word no listed form is near, nor for a word too short to carry a typo', () => {
    expect(neighboursOf(forms, 'richard')).toEqual([]);
    expect(neighboursOf(forms, 'utkn')).toEqual([]);
  });

  it('names each form once, however many deletions lead to it', () => {
    // "wagner" reaches "wagner" by its own hash and by each shared deletion.
    expect(neighboursOf(forms, 'wagner')).toEqual(['wagner']);
  });

  it('gives every key a form stands for', () => {
    const count = forms.neighbours('yevgeniy');
    const id = forms.found[0]!;
    expect(count).toBe(1);
    const keys = [];
    for (let k = forms.keyStart(id); k < forms.keyStart(id + 1); k++) keys.push(forms.keyAt(k));
    expect(keys).toEqual([3, 9]);
  });

  it('still names each form once after four billion look-ups (the marks of the last look-up start again)', () => {
    const worn = formsOf(listed);
    (worn as unknown as { round: number }).round = 0xffffffff - 1;
    for (let i = 0; i < 3; i++) expect(neighboursOf(worn, 'wagnner')).toEqual(['wagner']);
  });
});
