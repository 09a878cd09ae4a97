/**
 * "LAST, First Middle" (as OFAC, the UK and Canada write persons) → "First Middle LAST", so that the name's
 * parts stand in the order people write them and a patronymic is seen as a middle name. Text without a comma,
 * or with nothing on one side of it, is returned as it is.
 *
 * @example
 * reorderPersonName('UTKIN, Dmitriy Valeryevich'); // 'Dmitriy Valeryevich UTKIN'
 */
export function reorderPersonName(text: string): string {
  const comma = text.indexOf(',');
  if (comma < 0) return text;
  const last = text.slice(0, comma).trim();
  const given = text
    .slice(comma + 1)
    .replace(/,/g, ' ')
    .trim();
  if (last === '' || given === '') return text;
  return `${given} ${last}`;
}
