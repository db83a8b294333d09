/**
 * Large batches are CPU work for a service's one thread (identity-registry: coercing, validating, hashing, encrypting
 * thousands of records). Done in one go, it holds up the event loop, and with it the replies MariaDB sends
 * to the other batch's INSERTs (which holds the filing's lock meanwhile): the database then waits for the
 * CPU work and the CPU work for the database. Done in slices, with a turn of
 * the event loop between them, the two overlap.
 */
export const SLICE = 500;

/** Lets pending I/O callbacks (database replies) run before going on. */
export const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `list.map(f)`, yielding to I/O every `slice` items. */
export async function mapInSlices<T, R>(
  list: readonly T[],
  f: (item: T, index: number) => R,
  slice = SLICE,
): Promise<R[]> {
  const out: R[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && i % slice === 0) await yieldToIo();
    out[i] = f(list[i], i);
  }
  return out;
}
