import type { z } from 'zod';
import { ListLoadError } from '../errors.js';
import { type EntityInput, EntitySchema, type SourceRef } from '../model/entity.js';
import { detectScript } from '../model/name.js';
import { WatchlistFileSchema } from '../model/watchlist.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import { decodeListText } from './shared/listInput.js';
import { LoadCollector, type RecordLocation } from './shared/loadCollector.js';
import { isJsonObject, parseJsonText } from './shared/parseJsonText.js';

const FORMAT_NAME = 'sanctions-screen watchlist JSON';
const FORMAT_TAG = WatchlistFileSchema.shape.format.value;
const NAMESPACED = /^[a-z0-9][a-z0-9._-]*:.+$/;
const ENTITY_FIELDS = new Set(Object.keys(EntitySchema.shape));

/** "entities[2].names: an entity needs at least one name; …" from a zod error, first three problems. */
function describeIssues(prefix: string, error: z.ZodError): { message: string; field?: string } {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
    return `${path.replace(/^\./, '')}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  const first = error.issues[0]?.path.map(String).join('.');
  return { message: parts.join('; ') + more, ...(first ? { field: first } : {}) };
}

/** The file's header (format tag, list, description), checked before any entity is read. */
function readHeader(file: string, document: unknown): { list: SourceRef; entities: unknown[] } {
  if (!isJsonObject(document)) {
    const found = Array.isArray(document) ? 'an array' : typeof document;
    throw new ListLoadError(
      'E_FORMAT',
      file,
      `not a ${FORMAT_NAME} file: expected an object with "format", "list" and "entities", found ${found}.`,
    );
  }
  if (document.format !== FORMAT_TAG) {
    const found = document.format === undefined ? 'no "format" field' : `"format": ${JSON.stringify(document.format)}`;
    throw new ListLoadError(
      'E_FORMAT',
      file,
      `not a ${FORMAT_NAME} file: found ${found}; expected "format": "${FORMAT_TAG}".`,
    );
  }
  const header = WatchlistFileSchema.omit({ entities: true }).safeParse(document);
  if (!header.success) {
    throw new ListLoadError(
      'E_FORMAT',
      file,
      `not a valid ${FORMAT_NAME} file: ${describeIssues('', header.error).message}.`,
    );
  }
  if (!Array.isArray(document.entities)) {
    throw new ListLoadError(
      'E_FORMAT',
      file,
      `not a valid ${FORMAT_NAME} file: "entities" must be an array of entities.`,
    );
  }
  return { list: header.data.list, entities: document.entities };
}

/**
 * Completes one entity of the file: the file's list as its source when it has none, `<list>:<sourceId>` as its
 * id when it has none or one without a namespace (a missing `sourceId` is taken from a namespaced id), and the
 * script of each name that does not state one.
 */
function completeEntity(raw: Record<string, unknown>, list: SourceRef): { candidate: EntityInput; notes: string[] } {
  const notes: string[] = [];
  const id = typeof raw.id === 'string' ? raw.id.trim() : undefined;
  let sourceId = typeof raw.sourceId === 'string' ? raw.sourceId.trim() : undefined;
  if (!sourceId && id && NAMESPACED.test(id)) sourceId = id.slice(id.indexOf(':') + 1);
  let fullId = id;
  if (!id || !NAMESPACED.test(id)) {
    fullId = sourceId ? `${list.list}:${sourceId}` : undefined;
    if (id && fullId && id !== sourceId)
      notes.push(`id "${id}" has no namespace; the entity is ${fullId} (from its sourceId)`);
  }
  // Lists rarely say a name's script; fill it as the list loaders do, so screening treats both alike.
  const names = Array.isArray(raw.names)
    ? raw.names.map((n) =>
        isJsonObject(n) && typeof n.full === 'string' && n.script === undefined
          ? { ...n, script: detectScript(n.full) }
          : n,
      )
    : raw.names;
  const candidate = {
    ...raw,
    names,
    ...(fullId ? { id: fullId } : {}),
    ...(sourceId ? { sourceId } : {}),
    source: raw.source ?? list,
  } as EntityInput;
  return { candidate, notes };
}

/**
 * Loader for the project's own list format (`sanctions-screen/watchlist@1`, see {@link WatchlistFileSchema}): a
 * team's watchlist or the embedded default list. Each entity is checked on its own, so one bad entity is
 * rejected (naming its index and field) without losing the others; fields the model does not know are reported.
 */
export const watchlistJsonLoader: ListLoader = {
  format: 'watchlist-json',
  description: 'sanctions-screen watchlist JSON (format "sanctions-screen/watchlist@1")',
  sniff(head) {
    return head.trimStart().startsWith('{') && head.includes(`"${FORMAT_TAG}"`);
  },
  async parse(input, options: LoadOptions = {}) {
    const { file } = input;
    const header = readHeader(file, parseJsonText(file, decodeListText(input).text, FORMAT_NAME));
    const list: SourceRef = { ...header.list, ...options.source };
    const collector = new LoadCollector('watchlist-json', list, [file]);
    header.entities.forEach((raw, index) => {
      const where: RecordLocation = { file, record: `entities[${index}]` };
      if (!isJsonObject(raw)) {
        collector.reject(where, 'INVALID_RECORD', `entities[${index}] is not an object; not loaded`);
        return;
      }
      const { candidate, notes } = completeEntity(raw, list);
      const checked = EntitySchema.safeParse(candidate);
      if (!checked.success) {
        const { message, field } = describeIssues(`entities[${index}]`, checked.error);
        collector.reject(where, 'INVALID_RECORD', `entity not loaded: ${message}`, field);
        return;
      }
      if (!collector.add(candidate, where)) return;
      for (const note of notes) collector.warn(where, 'ID_WITHOUT_NAMESPACE', note, 'id');
      for (const key of Object.keys(raw).filter((k) => !ENTITY_FIELDS.has(k))) {
        collector.warn(where, 'UNKNOWN_FIELD', `entities[${index}].${key} is not an entity field; ignored`, key);
      }
    });
    return collector.result();
  },
};
