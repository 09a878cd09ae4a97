/**
 * Words that, ending the first line of an MT name-and-address field, show the name goes on to the next line:
 * MT lines hold 35 characters, so "DEXIAS INTERNATIONAL PRODUCTS AND" continues with "TRADE LIMITED COMPANY".
 * Upper case, compared with the line's last word. English, Turkish (VE), German (UND), French (ET), Spanish (Y),
 * Russian (И), and the joiners "&" and "-".
 */
export const NAME_CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  'AND',
  'OF',
  'FOR',
  'THE',
  '&',
  '-',
  'VE',
  'UND',
  'ET',
  'Y',
  'И',
]);
