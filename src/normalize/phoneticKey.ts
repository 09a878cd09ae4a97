const DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/sh|ch/g, 'x'],
  [/zh/g, 'j'],
  [/th/g, 't'],
  [/gh/g, 'g'],
];

const SOUNDS: Readonly<Record<string, string>> = { c: 'k', z: 's', d: 't', e: 'a', i: 'a', o: 'a', u: 'a' };

/**
 * A sound-alike key for a comparison key (already romanized, see romanizeKey): similar consonants merged (c/k,
 * z/s, d/t), every vowel run reduced to one "a", repeated sounds collapsed, digits dropped. Two words with one
 * key sound alike (SHAMIL / CHAMIL, HOSEYNI / HUSAINI); the scorer gives such pairs a partial similarity, never a
 * full one.
 *
 * @example
 * phoneticKey('husaini') === phoneticKey('hoseini'); // true
 */
export function phoneticKey(key: string): string {
  let s = key.replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  let out = '';
  let last = '';
  for (const ch of s) {
    const sound = SOUNDS[ch] ?? ch;
    if (sound === last) continue;
    out += sound;
    last = sound;
  }
  return out;
}
