import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { UserRelationshipInput } from '../graph/userRelationship.js';

/**
 * Reads a text file a command was given, naming the file in the error: `E_FILE_NOT_FOUND` when it does not exist,
 * `E_INPUT` when it cannot be read.
 */
export async function readTextFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'E_FILE_NOT_FOUND' : 'E_INPUT';
    throw new InputError(file, `cannot read the ${what} (${(error as Error).message})`, { code });
  }
}

/**
 * Reads `--relationships <file.json>`: a JSON array of relationships the user knows (`{ from, type, to, share? }`,
 * see `UserRelationshipSchema`). Each one is validated when the graph is built, which names the first invalid one.
 *
 * @throws InputError naming the file when it is not JSON or not an array.
 */
export async function readRelationshipsFile(file: string): Promise<UserRelationshipInput[]> {
  const text = await readTextFile(file, 'relationships file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(file, `not valid JSON (${(error as Error).message}); fix the relationships file and retry`);
  }
  if (!Array.isArray(parsed)) {
    throw new InputError(
      file,
      'expected a JSON array of relationships, e.g. [{ "from": { "name": "My Vendor Ltd" }, "type": "ownedBy", "to": { "id": "ofac-sdn:42033", "name": "AZU" }, "share": 60 }]',
    );
  }
  return parsed as UserRelationshipInput[];
}
