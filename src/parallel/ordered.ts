/**
 * Runs an async function over a stream of items with up to `window` calls in
 * flight, and yields the outcomes in input order, so a parallel run writes the
 * same output, in the same order, as a sequential one.
 */
export type Settled<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export async function* mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<Settled<T, R>> {
  const inFlight: Promise<Settled<T, R>>[] = [];
  const start = (item: T): Promise<Settled<T, R>> =>
    fn(item).then(
      (value): Settled<T, R> => ({ item, ok: true, value }),
      (error: unknown): Settled<T, R> => ({ item, ok: false, error }),
    );
  for await (const item of source) {
    inFlight.push(start(item));
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
