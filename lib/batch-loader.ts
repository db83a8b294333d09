/**
 * One request's reads by key, batched: every `load` made before the next tick goes to one `batch` call
 * (DataLoader's scheduling). `@apollo/subgraph` calls `__resolveReference` once per representation in one
 * synchronous loop, so all the representations of an `_entities` field of one type are read together.
 *
 * Results are not cached across loads: each `load` gets its own answer, so a service that applies access
 * rules and logs reads per record still sees every read (the batch may repeat a key; it reads it once).
 */
export type Batch<K, V> = (keys: readonly K[]) => Promise<readonly V[]>;

/** @default 500 keys a batch: MariaDB turns an IN list of 1,000 or more into a join it may plan badly. */
export const MAX_BATCH = 500;

interface Pending<K, V> {
  key: K;
  resolve(value: V): void;
  reject(error: unknown): void;
}

export class BatchLoader<K, V> {
  private queue: Pending<K, V>[] | null = null;

  constructor(
    private readonly batch: Batch<K, V>,
    private readonly maxBatch = MAX_BATCH,
  ) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      if (!this.queue) {
        this.queue = [];
        // After the promise jobs already queued (resolvers awaiting one step) and before I/O.
        Promise.resolve().then(() => process.nextTick(() => this.dispatch()));
      }
      this.queue.push({ key, resolve, reject });
    });
  }

  private dispatch(): void {
    const queue = this.queue ?? [];
    this.queue = null;
    for (let i = 0; i < queue.length; i += this.maxBatch) void this.run(queue.slice(i, i + this.maxBatch));
  }

  private async run(part: Pending<K, V>[]): Promise<void> {
    try {
      const values = await this.batch(part.map((p) => p.key));
      if (values.length !== part.length) throw new Error(`a batch of ${part.length} keys returned ${values.length}`);
      part.forEach((p, i) => p.resolve(values[i]));
    } catch (e) {
      for (const p of part) p.reject(e);
    }
  }
}

/** The loaders of each request in flight, by its context object: they go with the request. */
const perRequest = new WeakMap<object, Map<string, BatchLoader<unknown, unknown>>>();

/** The request's loader called `name` (one per entity type), made with `batch` on first use. */
export function loaderOf<K, V>(context: object, name: string, batch: Batch<K, V>): BatchLoader<K, V> {
  let loaders = perRequest.get(context);
  if (!loaders) perRequest.set(context, (loaders = new Map()));
  let loader = loaders.get(name) as BatchLoader<K, V> | undefined;
  if (!loader) loaders.set(name, (loader = new BatchLoader(batch)) as BatchLoader<unknown, unknown>);
  return loader;
}
