/**
 * Batches as one item at a time: items of a batch already in hand are served without waiting, and calls
 * made before the previous one settled are answered in order, each item once. `return()` ends the source.
 */
export function flatten<T>(source: AsyncGenerator<T[], void, undefined>): AsyncIterableIterator<T> {
  let batch: T[] = [];
  let at = 0;
  let waiting: Promise<IteratorResult<T, undefined>> | undefined;
  const pull = async (): Promise<IteratorResult<T, undefined>> => {
    for (;;) {
      const next = await source.next();
      if (next.done) return { value: undefined, done: true };
      batch = next.value;
      at = 0;
      if (batch.length) return { value: batch[at++] as T, done: false };
    }
  };
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => iterator,
    next() {
      if (waiting === undefined && at < batch.length) return Promise.resolve({ value: batch[at++] as T, done: false });
      // A failed call does not fail the ones queued behind it: they find the source ended.
      const current = (waiting ?? Promise.resolve())
        .catch(() => {})
        .then(() => (at < batch.length ? { value: batch[at++] as T, done: false as const } : pull()));
      waiting = current;
      const settle = () => {
        if (waiting === current) waiting = undefined;
      };
      current.then(settle, settle);
      return current;
    },
    async return() {
      batch = [];
      at = 0;
      await source.return(undefined);
      return { value: undefined, done: true };
    },
  };
  return iterator;
}
