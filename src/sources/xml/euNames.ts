import { makeName, type Name, type NameParts } from '../../model/name.js';
import { childNodes, type XmlNode } from '../shared/xmlRecords.js';
import { EU_ALIAS_QUALITY } from './euList.data.js';
import type { RecordNote } from './recordNotes.js';

/** What the nameAlias elements of a sanctionEntity say: names, and the gender, functions and titles they carry. */
export interface EuNames {
  names: Name[];
  gender?: 'male' | 'female';
  /** `function` attributes ("Former President", "Head of …"). */
  functions: string[];
  /** nameAlias remarks other than the quality grading, as "name: remark". */
  remarks: string[];
}

const GENDERS: Readonly<Record<string, 'male' | 'female'>> = { M: 'male', F: 'female' };
const attr = (node: XmlNode, name: string) => (node.attrs[name] ?? '').replace(/\s+/g, ' ').trim();

function quality(remark: string): boolean | undefined {
  return EU_ALIAS_QUALITY.find(([pattern]) => pattern.test(remark))?.[1];
}

/**
 * Reads the nameAlias elements of a sanctionEntity: `wholeName` (or first, middle and last names joined), the
 * `nameLanguage` as `lang`, the script detected. An alias with `strong="false"` or a "low quality alias" remark
 * is a weak alias; the first strong alias is the primary name (the first alias when none is strong, noted).
 */
export function euNames(entity: XmlNode, notes: RecordNote[]): EuNames {
  const result: EuNames = { names: [], functions: [], remarks: [] };
  let primaryAt = -1;
  for (const alias of childNodes(entity, 'nameAlias')) {
    const parts: NameParts = {
      first: attr(alias, 'firstName'),
      middle: attr(alias, 'middleName'),
      last: attr(alias, 'lastName'),
      title: attr(alias, 'title'),
    };
    const whole = attr(alias, 'wholeName') || [parts.first, parts.middle, parts.last].filter((p) => p).join(' ');
    const remark = childNodes(alias, 'remark')
      .map((r) => r.text)
      .filter((t) => t !== '')
      .join('; ');
    const graded = remark ? quality(remark) : undefined;
    const weak = attr(alias, 'strong') === 'false' || graded === true;
    if (remark && graded === undefined) result.remarks.push(`${whole || 'name'}: ${remark}`);
    const gender = GENDERS[attr(alias, 'gender').toUpperCase()];
    if (gender && !result.gender) result.gender = gender;
    const role = attr(alias, 'function');
    if (role && !result.functions.includes(role)) result.functions.push(role);
    if (whole === '') {
      notes.push({
        severity: 'warning',
        code: 'EMPTY_NAME',
        field: 'names',
        message: `a nameAlias${attr(alias, 'logicalId') ? ` (logicalId ${attr(alias, 'logicalId')})` : ''} has no name; skipped`,
      });
      continue;
    }
    if (result.names.some((n) => n.full.toUpperCase() === whole.replace(/\s+/g, ' ').toUpperCase())) continue;
    const name = makeName(whole, weak ? 'weakAlias' : 'alias', parts);
    const lang = attr(alias, 'nameLanguage').toLowerCase();
    if (lang) name.lang = lang;
    if (!weak && primaryAt === -1) {
      name.kind = 'primary';
      primaryAt = result.names.length;
    }
    result.names.push(name);
  }
  if (primaryAt > 0) result.names.unshift(...result.names.splice(primaryAt, 1));
  const first = result.names[0];
  if (primaryAt === -1 && first) {
    notes.push({
      severity: 'info',
      code: 'NO_STRONG_NAME',
      message: `no strong nameAlias; the first name "${first.full}" is taken as the primary name`,
    });
    first.kind = 'primary';
  }
  return result;
}
