import type { TransactionParty } from '../../model/transaction.js';
import { childNode, childNodes, childText, type XmlNode } from '../../sources/shared/xmlRecords.js';
import { joinTexts } from './messageValues.js';
import { readParty, type XmlPlace } from './pacs008Party.js';

/** What `RmtInf` says: one text for screening, and the invoicer / invoicee it names. */
export interface RemittanceRead {
  text?: string;
  parties: TransactionParty[];
}

function typeCode(node: XmlNode | undefined): string | undefined {
  const choice = node && childNode(node, 'CdOrPrtry');
  return (choice && (childText(choice, 'Cd') || childText(choice, 'Prtry'))) || undefined;
}

function amountText(node: XmlNode | undefined, label: string): string | undefined {
  return node?.text ? `${label} ${node.text} ${node.attrs['Ccy'] ?? ''}`.trim() : undefined;
}

function structuredText(strd: XmlNode): string | undefined {
  const parts: Array<string | undefined> = [];
  for (const doc of childNodes(strd, 'RfrdDocInf')) {
    // RltdDt is a date up to version 09 and holds Dt (and Tp) from version 10.
    const related = childNode(doc, 'RltdDt');
    const date = related && (related.text || childText(related, 'Dt'));
    parts.push(joinTexts([typeCode(childNode(doc, 'Tp')), childText(doc, 'Nb'), date ? `of ${date}` : undefined], ' '));
  }
  const amounts = childNode(strd, 'RfrdDocAmt');
  if (amounts) {
    parts.push(
      amountText(childNode(amounts, 'DuePyblAmt'), 'due'),
      amountText(childNode(amounts, 'RmtdAmt'), 'remitted'),
    );
  }
  const reference = childNode(strd, 'CdtrRefInf');
  if (reference) parts.push(joinTexts([typeCode(childNode(reference, 'Tp')), childText(reference, 'Ref')], ' '));
  parts.push(...childNodes(strd, 'AddtlRmtInf').map((n) => n.text));
  return joinTexts(parts, '; ');
}

/**
 * Reads `RmtInf` of a pacs.008 transaction: unstructured lines (`Ustrd`) and structured references (`Strd`:
 * referred documents, amounts, creditor reference, additional text) joined into one text, plus the invoicer and
 * invoicee as parties with role `other`.
 */
export function readRemittance(item: XmlNode, place: XmlPlace): RemittanceRead {
  const info = childNode(item, 'RmtInf');
  if (!info) return { parties: [] };
  const parties: TransactionParty[] = [];
  const texts: Array<string | undefined> = childNodes(info, 'Ustrd').map((n) => n.text);
  childNodes(info, 'Strd').forEach((strd, i) => {
    texts.push(structuredText(strd));
    for (const element of ['Invcr', 'Invcee']) {
      const node = childNode(strd, element);
      if (node) {
        const path = `${place.path}/RmtInf/Strd[${i + 1}]/${element}`;
        parties.push(readParty(node, 'other', { ...place, path }));
      }
    }
  });
  const text = joinTexts(texts, '; ');
  return text ? { text, parties } : { parties };
}
