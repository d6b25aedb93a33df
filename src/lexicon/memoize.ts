/**
 * A string → value function remembered per input, for pure look-ups asked
 * about the same few strings in every article. Bounded: the memo starts
 * again once it holds `max` strings, so long runs keep flat memory.
 */
const NOTHING: unique symbol = Symbol('nothing');

export function memoize<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  // undefined answers are stored as NOTHING, so every call is one hash lookup (most look-ups miss).
  const memo = new Map<string, T | typeof NOTHING>();
  return (s) => {
    const hit = memo.get(s);
    if (hit !== undefined) return (hit === NOTHING ? undefined : hit) as T;
    if (memo.size >= max) memo.clear();
    const value = fn(s);
    memo.set(s, value === undefined ? NOTHING : value);
    return value;
  };
}
