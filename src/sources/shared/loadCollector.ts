import { ListLoadError } from '../../errors.js';
import { type Entity, type EntityInput, EntitySchema, type SourceRef } from '../../model/entity.js';
import type { ListFormat, LoadIssue, LoadMeta, LoadResult } from '../../model/loadResult.js';
import { ownStrings } from './ownStrings.js';

/** Where a record sits in its file, for issues: the file, the 1-based line, and the record's own id. */
export interface RecordLocation {
  file: string;
  line?: number;
  record?: string;
}

function issueAt(
  where: RecordLocation,
  severity: LoadIssue['severity'],
  code: string,
  message: string,
  field?: string,
): LoadIssue {
  const issue: LoadIssue = { severity, code, message, file: where.file };
  if (where.line !== undefined) issue.line = where.line;
  if (where.record !== undefined) issue.record = where.record;
  if (field !== undefined) issue.field = field;
  // Issues are kept with the list: they must not keep its file's text alive (see ownStrings).
  return ownStrings(issue);
}

/**
 * Gathers a loader's entities and issues and keeps the books: every record read is either added as an
 * entity or rejected with an `error` issue, and {@link LoadCollector.result} refuses to return a result whose
 * books do not balance. Every loader goes through it, so no loader can drop a record silently.
 */
export class LoadCollector {
  readonly entities: Entity[] = [];
  readonly issues: LoadIssue[] = [];
  private records = 0;
  private rejected = 0;
  private readonly seenIds = new Map<string, number>();

  constructor(
    readonly format: ListFormat,
    readonly source: SourceRef,
    readonly files: string[],
  ) {}

  /** Validates a candidate entity against the model and adds it, or rejects the record naming the bad field. */
  add(candidate: EntityInput, where: RecordLocation): Entity | undefined {
    this.records++;
    const parsed = EntitySchema.safeParse(candidate);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const field = first ? first.path.join('.') : undefined;
      this.rejected++;
      this.issues.push(
        issueAt(
          { ...where, record: where.record ?? candidate.sourceId },
          'error',
          'INVALID_RECORD',
          `record not loaded: ${field ? `${field}: ` : ''}${first?.message ?? 'invalid'}`,
          field,
        ),
      );
      return undefined;
    }
    // The list lives as long as the app screens against it; the file it was read from must not (see ownStrings).
    const entity = ownStrings(parsed.data);
    const seen = this.seenIds.get(entity.id);
    if (seen !== undefined) {
      // Two records with one id would collapse in every index; keep both, distinguishable, and say so.
      const n = seen + 1;
      this.seenIds.set(entity.id, n);
      this.issues.push(
        issueAt(
          where,
          'warning',
          'DUPLICATE_ID',
          `id ${entity.id} occurs more than once; this copy is ${entity.id}~${n}`,
        ),
      );
      entity.id = `${entity.id}~${n}`;
    } else {
      this.seenIds.set(entity.id, 1);
    }
    this.entities.push(entity);
    return entity;
  }

  /** Counts a record as read and not loaded, with the reason. */
  reject(where: RecordLocation, code: string, message: string, field?: string): void {
    this.records++;
    this.rejected++;
    this.issues.push(issueAt(where, 'error', code, message, field));
  }

  /** Notes that a loaded record lost or changed a field (e.g. an unknown country kept as text). */
  warn(where: RecordLocation, code: string, message: string, field?: string): void {
    this.issues.push(issueAt(where, 'warning', code, message, field));
  }

  /** Notes a known quirk of the file that was handled (e.g. the OFAC CSV end-of-file byte). */
  info(where: RecordLocation, code: string, message: string): void {
    this.issues.push(issueAt(where, 'info', code, message));
  }

  /**
   * Closes the books. Throws `E_LIST_EMPTY` when the file yielded no records at all, and `E_LIST_TRUNCATED`
   * when the file's own stated count differs from what was read.
   */
  result(extra: Partial<Pick<LoadMeta, 'rows' | 'declaredCount' | 'contentHash'>> = {}): LoadResult {
    const file = this.files.join(', ');
    if (this.records !== this.entities.length + this.rejected) {
      throw new Error(
        `internal: ${file}: ${this.records} records but ${this.entities.length} loaded + ${this.rejected} rejected`,
      );
    }
    if (this.records === 0) {
      throw new ListLoadError(
        'E_LIST_EMPTY',
        file,
        `no records found in this ${this.format} file; check that the file is complete and is really ${this.format}.`,
      );
    }
    if (extra.declaredCount !== undefined && extra.declaredCount !== this.records) {
      throw new ListLoadError(
        'E_LIST_TRUNCATED',
        file,
        `the file states ${extra.declaredCount} records but ${this.records} were found; it is truncated or corrupt. Download it again.`,
      );
    }
    const meta: LoadMeta = {
      format: this.format,
      source: this.source,
      files: this.files,
      records: this.records,
      entities: this.entities.length,
      rejected: this.rejected,
    };
    if (extra.rows !== undefined) meta.rows = extra.rows;
    if (extra.declaredCount !== undefined) meta.declaredCount = extra.declaredCount;
    if (extra.contentHash !== undefined) meta.contentHash = extra.contentHash;
    return { entities: this.entities, issues: this.issues, meta };
  }
}
