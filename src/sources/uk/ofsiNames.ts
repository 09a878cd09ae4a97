import type { EntitySchemaName } from '../../model/entity.js';
import { makeName, type Name, type NameKind } from '../../model/name.js';
import type { RecordNote } from '../xml/recordNotes.js';
import type { OfsiRow } from './ofsiRow.js';
import {
  OFSI_ALIAS_QUALITY_WEAK,
  OFSI_ALIAS_TYPES,
  OFSI_SCRIPT_LANGUAGES,
  OFSI_SCRIPT_TYPES,
} from './ofsiValues.data.js';

const KIND_ORDER: Record<NameKind, number> = { primary: 0, alias: 1, formerName: 2, weakAlias: 3 };
const key = (text: string) => text.trim().toLowerCase();

function rowKind(row: OfsiRow, notes: RecordNote[], full: string): NameKind {
  let kind = OFSI_ALIAS_TYPES[key(row.aliasType)];
  if (!kind) {
    kind = 'alias';
    notes.push({
      severity: 'warning',
      code: 'UNKNOWN_ALIAS_TYPE',
      field: 'names',
      message: `name "${full}" (line ${row.line}): Alias Type "${row.aliasType}" is unknown; loaded as an alias`,
    });
  }
  const weak = OFSI_ALIAS_QUALITY_WEAK[key(row.aliasQuality)];
  if (weak === undefined) {
    notes.push({
      severity: 'warning',
      code: 'UNKNOWN_ALIAS_QUALITY',
      field: 'names',
      message: `name "${full}" (line ${row.line}): Alias Quality "${row.aliasQuality}" is unknown; not treated as weak`,
    });
  }
  // Only an alias can be weak: a low-quality primary or former name keeps its kind.
  return weak && kind === 'alias' ? 'weakAlias' : kind;
}

function rowName(row: OfsiRow, person: boolean, notes: RecordNote[]): Name | undefined {
  const full = [...row.givenNames, row.name6].join(' ');
  if (full.trim() === '') return undefined;
  const kind = rowKind(row, notes, full);
  if (!person) return makeName(full, kind, row.title ? { title: row.title } : undefined);
  const [first, ...middle] = row.givenNames;
  return makeName(full, kind, { title: row.title, first, middle: middle.join(' '), last: row.name6 });
}

function nonLatinName(row: OfsiRow, notes: RecordNote[]): Name | undefined {
  if (row.nonLatinName === '') return undefined;
  const name = makeName(row.nonLatinName, 'alias');
  const script = OFSI_SCRIPT_TYPES[key(row.scriptType)];
  if (script) name.script = script;
  else if (row.scriptType !== '') {
    notes.push({
      severity: 'warning',
      code: 'UNKNOWN_SCRIPT_TYPE',
      field: 'names',
      message: `name "${name.full}": Non-Latin Script Type "${row.scriptType}" is unknown; script ${name.script} taken from its letters`,
    });
  }
  if (row.scriptLanguage !== '') name.lang = OFSI_SCRIPT_LANGUAGES[key(row.scriptLanguage)] ?? row.scriptLanguage;
  return name;
}

/**
 * The names of one designation, folded from its rows: the "Primary name" row first, then aliases, former names and
 * weak (low-quality) aliases, each name once, with every non-Latin-script name as an alias with its script and
 * language. A designation with no primary row has its first name promoted (with a NO_PRIMARY_NAME warning); a second,
 * different primary name is kept as an alias (with a MULTIPLE_PRIMARY_NAMES note): the list allows one.
 */
export function ofsiNames(rows: readonly OfsiRow[], schema: EntitySchemaName, notes: RecordNote[]): Name[] {
  const person = schema === 'Person';
  const candidates: Name[] = [];
  for (const row of rows) {
    const name = rowName(row, person, notes);
    if (name) candidates.push(name);
    const script = nonLatinName(row, notes);
    if (script) candidates.push(script);
  }
  // Rows repeat the same name once per address or date of birth; keep each text once, in its strongest kind.
  const sorted = candidates
    .map((name, index) => ({ name, index }))
    .sort((a, b) => KIND_ORDER[a.name.kind] - KIND_ORDER[b.name.kind] || a.index - b.index)
    .map(({ name }) => name);
  const seen = new Set<string>();
  const names: Name[] = [];
  for (const name of sorted) {
    const text = name.full.toUpperCase();
    if (seen.has(text)) continue;
    seen.add(text);
    names.push(name);
  }
  const primaries = names.filter((n) => n.kind === 'primary');
  for (const extra of primaries.slice(1)) {
    extra.kind = 'alias';
    notes.push({
      severity: 'info',
      code: 'MULTIPLE_PRIMARY_NAMES',
      message: `"${extra.full}" is a second primary name of the designation; kept as an alias`,
    });
  }
  const first = names[0];
  if (first && primaries.length === 0) {
    const promoted = names.find((n) => n.kind === 'alias') ?? first;
    promoted.kind = 'primary';
    names.splice(names.indexOf(promoted), 1);
    names.unshift(promoted);
    notes.push({
      severity: 'warning',
      code: 'NO_PRIMARY_NAME',
      field: 'names',
      message: `the designation has no "Primary name" row; "${promoted.full}" is used as its primary name`,
    });
  }
  return names;
}
