import type { Relationship } from '../../model/relationship.js';
import { OFAC_REMARK_LABELS } from '../ofac/ofacRemarks.data.js';

const RELATIONSHIP_LABELS = OFAC_REMARK_LABELS.flatMap(([label, meaning]) =>
  meaning.kind === 'relationship' ? [[label, meaning.type] as const] : [],
);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const OPENING = new RegExp(`\\((${RELATIONSHIP_LABELS.map(([label]) => escapeRegExp(label)).join('|')}):\\s*`, 'g');
const TYPE_OF = new Map(RELATIONSHIP_LABELS);

/** The index of the parenthesis that closes the one opened before `from`, or -1 when it never closes. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The designation links an OFAC XML `remarks` element states in parentheses ("(Linked To: PUBLIC JOINT STOCK
 * COMPANY GAZPROM)", "(Subsidiary Of: …)"), with names that may hold parentheses of their own. The remarks
 * are kept whole as well; `targetId` is filled once the whole list is loaded.
 *
 * @example
 * ofacXmlLinks('HAMAS - Gaza; (Linked To: HAMAS)'); // [{ type: 'linkedTo', targetName: 'HAMAS', … }]
 */
export function ofacXmlLinks(remarks: string): Relationship[] {
  const links: Relationship[] = [];
  for (const match of remarks.matchAll(OPENING)) {
    const label = match[1] ?? '';
    const type = TYPE_OF.get(label);
    const start = (match.index ?? 0) + match[0].length;
    const end = closingParen(remarks, start);
    const targetName = remarks.slice(start, end === -1 ? undefined : end).trim();
    if (type && targetName) links.push({ type, targetName, origin: `OFAC remarks: ${label}` });
  }
  return links;
}
