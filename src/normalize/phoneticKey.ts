const code = (letter: string) => letter.charCodeAt(0);

// Letters merged into one sound (c/k, z/s, d/t, every vowel an "a"); any other letter is its own sound.
const SOUND_OF = new Uint8Array(128);
for (let c = code('a'); c <= code('z'); c++) SOUND_OF[c] = c;
for (const [letter, sound] of Object.entries({ c: 'k', z: 's', d: 't', e: 'a', i: 'a', o: 'a', u: 'a' })) {
  SOUND_OF[code(letter)] = code(sound);
}

// Two letters written for one sound, by their first letter (the second is always H): SH and CH are one sound
// (X), ZH is J, TH is T, GH is G.
const DIGRAPH_SOUND = new Uint8Array(128);
for (const [first, sound] of Object.entries({ s: 'x', c: 'x', z: 'j', t: 't', g: 'g' })) {
  DIGRAPH_SOUND[code(first)] = code(sound);
}
const H = code('h');

/**
 * A sound-alike key for a comparison key (already romanized, see romanizeKey): digraphs read as one sound (SH
 * and CH as X, ZH as J, TH as T, GH as G), similar consonants merged (c/k, z/s, d/t), every vowel run reduced to
 * one "a", repeated sounds collapsed, anything but a–z dropped. Two words with one key sound alike (SHAMIL /
 * CHAMIL, HOSEYNI / HUSAINI); the scorer gives such pairs a partial similarity, never a full one. One pass over
 * the word: it runs for every word of every list name when an index is built.
 *
 * @example
 * phoneticKey('husaini') === phoneticKey('hoseini'); // true
 */
export function phoneticKey(key: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128 || SOUND_OF[c] === 0) continue;
    // The next letter, the characters dropped between them skipped (the digraph is read on the letters alone).
    let j = i + 1;
    while (j < key.length && (key.charCodeAt(j) >= 128 || SOUND_OF[key.charCodeAt(j)] === 0)) j++;
    let sound = SOUND_OF[c]!;
    if (DIGRAPH_SOUND[c] !== 0 && j < key.length && key.charCodeAt(j) === H) {
      sound = DIGRAPH_SOUND[c]!;
      i = j;
    }
    if (sound === last) continue;
    out += String.fromCharCode(sound);
    last = sound;
  }
  return out;
}
