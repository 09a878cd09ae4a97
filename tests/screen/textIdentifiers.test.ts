import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifiersInText } from '../../src/screen/textIdentifiers.js';

describe('identifiers stated in free text', () => {
  it('reads the IMO number of "MV CASPIAN STAR IMO 9321483" from remittance information', () => {
    expect(identifiersInText('CINV FR-2024-0611; MV CASPIAN STAR IMO 9321483', 'remittanceInformation')).toEqual([
      { field: 'remittanceInformation', type: 'imo', value: '9321483' },
    ]);
  });

  it('reads the usual spellings once each: "IMO: …", "IMO No. …", "imo#…"', () => {
    const text = 'IMO: 9187629 / IMO No. 9187655 / imo#9187667 / again IMO 9187629';
    expect(identifiersInText(text, 'instructions').map((i) => i.value)).toEqual(['9187629', '9187655', '9187667']);
  });

  it('takes no other number for an IMO: too short, too long, or without the letters IMO', () => {
    expect(identifiersInText('INVOICE 9187629, IMO 918762, IMO 91876290, LIMO 9187629', 'x')).toEqual([]);
  });

  it('never throws and only ever returns seven-digit values', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const found of identifiersInText(text, 'x')) expect(found.value).toMatch(/^\d{7}$/);
      }),
    );
  });
});
