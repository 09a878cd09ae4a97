import { z } from 'zod';

/**
 * How a list presents a name. `weakAlias` is OFAC's "weak a.k.a." / the EU's "low quality alias":
 * too broad to identify anyone alone, so screening uses it only to corroborate other evidence.
 */
export const NameKindSchema = z.enum(['primary', 'alias', 'weakAlias', 'formerName']);

/** See {@link NameKindSchema}. */
export type NameKind = z.infer<typeof NameKindSchema>;

/** The parts of a person's name when the list gives them separately. */
export const NamePartsSchema = z.object({
  title: z.string().optional(),
  first: z.string().optional(),
  middle: z.string().optional(),
  patronymic: z.string().optional(),
  last: z.string().optional(),
});

/** See {@link NamePartsSchema}. */
export type NameParts = z.infer<typeof NamePartsSchema>;

/**
 * One name of a listed party: the full text as published, its kind, and when known its parts, its script
 * (ISO 15924: `Latn`, `Cyrl`, `Arab`, …) and language.
 */
export const NameSchema = z.object({
  full: z.string().trim().min(1, 'a name cannot be empty'),
  kind: NameKindSchema,
  parts: NamePartsSchema.optional(),
  script: z
    .string()
    .regex(/^[A-Z][a-z]{3}$/, 'expected an ISO 15924 code such as "Cyrl"')
    .optional(),
  lang: z.string().optional(),
});

/** See {@link NameSchema}. */
export type Name = z.infer<typeof NameSchema>;

const SCRIPT_RANGES: Array<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/u, 'Cyrl'],
  [/\p{Script=Arabic}/u, 'Arab'],
  [/\p{Script=Han}/u, 'Hani'],
  [/\p{Script=Hangul}/u, 'Hang'],
  [/\p{Script=Hebrew}/u, 'Hebr'],
  [/\p{Script=Greek}/u, 'Grek'],
  [/\p{Script=Armenian}/u, 'Armn'],
  [/\p{Script=Georgian}/u, 'Geor'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Devanagari}/u, 'Deva'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Jpan'],
  [/\p{Script=Ethiopic}/u, 'Ethi'],
  [/\p{Script=Myanmar}/u, 'Mymr'],
];

/**
 * The ISO 15924 script a name is written in, judged from its letters (`Latn` when none of the others).
 * Lists rarely say, so loaders call this to fill {@link Name.script}.
 */
export function detectScript(text: string): string {
  for (const [pattern, script] of SCRIPT_RANGES) if (pattern.test(text)) return script;
  return 'Latn';
}

/** Builds a {@link Name}, filling `script` from the text and dropping empty parts. */
export function makeName(full: string, kind: NameKind, parts?: NameParts): Name {
  const text = full.replace(/\s+/g, ' ').trim();
  const name: Name = { full: text, kind, script: detectScript(text) };
  if (parts) {
    const kept = Object.fromEntries(
      Object.entries(parts).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
      ),
    );
    if (Object.keys(kept).length > 0) name.parts = kept as NameParts;
  }
  return name;
}
