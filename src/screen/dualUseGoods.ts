import { DUAL_USE_HEADINGS, type DualUseHeading } from './dualUseGoods.data.js';

const BY_HEADING = new Map(DUAL_USE_HEADINGS.map((entry) => [entry.heading, entry]));

/**
 * The dual-use heading an HS code falls in (`"854231"` → 8542 integrated circuits), or `undefined` when the code is
 * not in the table or too short (a 2-digit chapter) to say. Dots and spaces are ignored.
 *
 * @example
 * dualUseHeadingOf('8542.31')?.description; // 'electronic integrated circuits (processors, memories, amplifiers)'
 */
export function dualUseHeadingOf(hsCode: string | undefined): DualUseHeading | undefined {
  if (hsCode === undefined) return undefined;
  const digits = hsCode.replace(/[\s.]/g, '');
  if (!/^\d{4,10}$/.test(digits)) return undefined;
  return BY_HEADING.get(digits.slice(0, 4));
}
