/**
 * A string → value function remembered per input, for pure look-ups asked
 * about the same few strings in every article. Bounded: the memo starts
 * again once it holds `max` strings, so long runs keep flat memory.
 */
export function memoize<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    const hit = memo.get(s);
    if (hit !== undefined || memo.has(s)) return hit as T;
    if (memo.size >= max) memo.clear();
    const value = fn(s);
    memo.set(s, value);
    return value;
  };
}
