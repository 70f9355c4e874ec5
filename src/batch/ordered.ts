/**
 * Run an async function over items with a bounded number in flight and yield
 * the results in input order. At most `window` results are held at once, so
 * memory stays flat however many items there are. When `signal` aborts, no
 * new item is started; the ones in flight are awaited (their results are
 * still yielded) and the generator ends.
 */
export async function* mapOrdered<T, R>(
  items: Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  const it = items[Symbol.iterator]();
  let index = 0;
  let done = false;
  const fill = () => {
    while (!done && queue.length < Math.max(1, window) && !signal?.aborted) {
      const next = it.next();
      if (next.done) {
        done = true;
        break;
      }
      const p = fn(next.value, index++);
      p.catch(() => undefined); // handled when awaited; avoid unhandled-rejection noise meanwhile
      queue.push(p);
    }
  };
  fill();
  while (queue.length) {
    const result = await queue.shift()!;
    fill();
    yield result;
  }
}
