/**
 * Spelled-out cardinals below 100, shared by the time layer (durations such as
 * "twenty-five years") and the event counts ("killed seventeen people").
 */
export const UNITS_1_19: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
/** Tens by value / 10 ("twenty" at 2); 0 and 1 are empty. */
export const TENS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The value of a lower-cased spelled number: "seventeen" → 17, "sixty" → 60, "sixty-two" / "sixty two" → 62; otherwise undefined. */
export function spelledNumber(lower: string): number | undefined {
  const small = UNITS_1_19.indexOf(lower);
  if (small >= 0) return small;
  const parts = lower.split(/[-\s]/);
  const tens = TENS.indexOf(parts[0]!);
  if (tens < 2) return undefined;
  if (parts.length === 1) return tens * 10;
  const unit = UNITS_1_19.indexOf(parts[1]!);
  return parts.length === 2 && unit >= 1 && unit <= 9 ? tens * 10 + unit : undefined;
}
