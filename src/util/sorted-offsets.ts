/**
 * Ascending lists of character offsets (where some rare character occurs),
 * and the one question asked of them: does a range hold any? Shared by the
 * place proposer (characters a name never spans) and the quote-mark scan
 * (whether any mark character lies ahead in a paragraph).
 */

/** Offsets where `pattern` (a global RegExp) matches in `text`, ascending. */
export function matchOffsets(text: string, pattern: RegExp): number[] {
  if (!pattern.global) throw new Error(`matchOffsets: pattern ${String(pattern)} must have the g flag`);
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m.index);
  return out;
}

/** True when some offset in the ascending list lies in [start, end). */
export function hasOffsetIn(offsets: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo]! < end;
}
