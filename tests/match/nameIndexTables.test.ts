import { beforeAll, describe, expect, it } from 'vitest';
import { fromShared, toShared } from '../../src/batch/worker/sharedData.js';
import type { NameIndexParts } from '../../src/match/buildNameIndex.js';
import { createScreener, engineOf } from '../../src/match/createScreener.js';
import { NameIndex } from '../../src/match/nameIndex.js';
import { ScreeningEngine } from '../../src/match/screeningEngine.js';
import { TextTable, type TextTableParts } from '../../src/match/textTable.js';
import { isFuzzyKey } from '../../src/match/tokenMatch.js';
import type { Entity } from '../../src/model/entity.js';
import { consonantSkeleton } from '../../src/normalize/consonantSkeleton.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

/** Every array among the parts that is not a typed array (a JS array on some heap), with its path. */
function plainArrays(value: unknown, path = 'parts'): Array<[string, unknown[]]> {
  if (Array.isArray(value)) return [[path, value]];
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => plainArrays(v, `${path}.${k}`));
}

/** Every typed array among the parts, with its path. */
function typedArrays(value: unknown, path = 'parts'): Array<[string, ArrayBufferView]> {
  if (ArrayBuffer.isView(value)) return [[path, value]];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => typedArrays(v, `${path}.${k}`));
}

/** The index a batch worker thread builds: from the parts laid out in shared memory and posted to it. */
function workerIndex(index: NameIndex): NameIndex {
  const posted = structuredClone(toShared({ index: index.share() }));
  return new NameIndex(fromShared<{ index: NameIndexParts }>(posted).index);
}

/** `name` with one letter of its longest word left out: a typo the index must find through its word tables. */
function withTypo(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const at = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, at) + w.slice(at + 1) : w)).join(' ');
}

let entities: Entity[];
let original: ScreeningEngine;
let worker: NameIndex;
beforeAll(async () => {
  entities = (await loadDefaultList()).entities;
  original = engineOf(createScreener(entities))!;
  worker = workerIndex(original.index);
});

describe('the word tables of an index shared with worker threads', () => {
  it('are typed arrays in shared memory: no array of strings besides the script codes', () => {
    const parts = original.index.share();
    expect(plainArrays(parts).map(([path]) => path)).toEqual(['parts.scripts']);
    expect(parts.scripts.length).toBeLessThan(20);
    for (const table of [parts.keys, parts.texts, parts.stems, parts.sounds, parts.forms]) {
      expect(typedArrays(table).length).toBeGreaterThan(0);
    }
    for (const [path, array] of typedArrays(parts)) expect(array.buffer, path).toBeInstanceOf(SharedArrayBuffer);
  });

  it('are laid out only for sharing: an index screened in its own thread keeps the builder’s strings', () => {
    expect(Array.isArray(original.index.parts.keys)).toBe(true);
    expect(Array.isArray(original.index.parts.forms.forms)).toBe(true);
  });

  it('reach a worker thread still in shared memory, with only the script codes parsed on its heap', () => {
    expect(plainArrays(worker.parts).map(([path]) => path)).toEqual(['parts.scripts']);
    for (const [path, array] of typedArrays(worker.parts)) {
      expect(array.buffer, path).toBeInstanceOf(SharedArrayBuffer);
    }
  });

  it('give every key, word and form back by id, and find each by its text', () => {
    const keyCount = new TextTable(worker.parts.keys as TextTableParts).size;
    expect(keyCount).toBeGreaterThan(100);
    for (let id = 0; id < keyCount; id++) {
      const key = worker.keyOf(id);
      expect(worker.keyIdOf(key), key).toBe(id);
      expect(worker.joinedKeyId(key.slice(0, 2), key.slice(2)), key).toBe(id);
    }
    const wordCount = new TextTable(worker.parts.texts as TextTableParts).size;
    for (let id = 0; id < wordCount; id++) expect(worker.textIdOf(worker.wordOf(id))).toBe(id);
    // A form is a key, or a word as a list writes it, and stands for at least one key.
    expect(worker.forms.formCount).toBeGreaterThan(100);
    for (let f = 0; f < worker.forms.formCount; f++) {
      const form = worker.forms.formOf(f);
      const keys: string[] = [];
      for (let k = worker.forms.keyStart(f); k < worker.forms.keyStart(f + 1); k++) {
        keys.push(worker.keyOf(worker.forms.keyAt(k)));
      }
      expect(keys.length, form).toBeGreaterThan(0);
      expect(keys.includes(form) || worker.textIdOf(form) !== undefined, form).toBe(true);
    }
  });

  it('group every listed word under its consonant skeleton, each once and in key order', () => {
    const keyCount = new TextTable(worker.parts.keys as TextTableParts).size;
    let words = 0;
    for (let id = 0; id < keyCount; id++) {
      const key = worker.keyOf(id);
      const group = [...(worker.keysWithSkeleton(consonantSkeleton(key)) ?? [])];
      // Numbers and codes are not words: no name in Arabic script reads as one.
      expect(
        group.filter((k) => k === id),
        key,
      ).toHaveLength(isFuzzyKey(key) ? 1 : 0);
      expect(group, key).toEqual([...group].sort((a, b) => a - b));
      if (isFuzzyKey(key)) words++;
    }
    expect(words).toBeGreaterThan(100);
    expect(worker.keysWithSkeleton('qqqqq')).toBeUndefined();
  });

  it('answer "none" for words, keys and stems no list carries', () => {
    for (const word of ['zzyzx', 'wagnerr', 'prigozhi', '']) {
      expect(worker.keyIdOf(word), word).toBeUndefined();
      expect(worker.textIdOf(word), word).toBeUndefined();
      expect(worker.stemIdOf(word), word).toBeUndefined();
    }
    expect(worker.soundList('ZZZZZ')).toBe(-1);
  });

  it('screen every listed name, and a typo of it, as the index built in the calling thread does', () => {
    const engine = new ScreeningEngine(worker, original.entities, original.options);
    const queries = entities.flatMap((e) => e.names.flatMap((n) => [n.full, withTypo(n.full)]));
    queries.push('Yevgeny Prigozin', 'UTKIN Dmitriy Petrovich', 'AZU INTER NATIONAL LTD STI', 'Lukashenko Aliaksandr');
    let found = 0;
    for (const name of queries) {
      const theirs = original.screen({ name }).hits.map((h) => [h.entityIndex, h.score, h.match, h.explain()]);
      const ours = engine.screen({ name }).hits.map((h) => [h.entityIndex, h.score, h.match, h.explain()]);
      expect(ours, name).toEqual(theirs);
      if (ours.length > 0) found++;
    }
    // The comparison means something only if the queries find parties, typos included.
    expect(found).toBeGreaterThan(queries.length * 0.9);
    const prigozhin = entities.findIndex((e) => e.names.some((n) => n.full.startsWith('PRIGOZHIN')));
    expect(engine.screen({ name: 'Yevgeny Prigozin' }).hits[0]?.entityIndex).toBe(prigozhin);
  });
});
