/**
 * InnoDB's buffer pool for bench:filing: raised (never lowered) to the wanted size for the run, watched while
 * work runs (a benchmark run alongside may shrink it), and put back at the end only if nobody changed it since.
 */
export function bufferPool(admin: { query(sql: string): Promise<unknown> }, wantedPool: number) {
  const poolSize = async () =>
    Number(((await admin.query('SELECT @@innodb_buffer_pool_size AS size')) as any)[0][0].size);
  /** What the pool was just before we last raised it: the value to put back (another benchmark may change it too). */
  let restorePool: number | undefined;
  let raisedTo: number | undefined;
  return {
    poolSize,
    /** Raises the pool to the wanted size if it is smaller — again before LOAD DATA, in case someone restored it meanwhile. */
    async sizePool(what: string): Promise<void> {
      const current = await poolSize();
      if (wantedPool > current) {
        restorePool = current;
        await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${wantedPool}`);
        raisedTo = await poolSize(); // as the server rounded it
      }
      console.log(`innodb_buffer_pool_size ${Math.round((await poolSize()) / 1048576)} MiB for ${what}`);
    },
    /** The smallest pool seen while `work` runs (sampled every 2 s): a benchmark run alongside may shrink it. */
    async watchPool<T>(work: Promise<T>): Promise<{ result: T; minPoolMiB: number }> {
      let min = await poolSize();
      const timer = setInterval(
        () =>
          void poolSize().then(
            (x) => (min = Math.min(min, x)),
            () => undefined,
          ),
        2000,
      );
      try {
        return { result: await work, minPoolMiB: Math.round(min / 1048576) };
      } finally {
        clearInterval(timer);
      }
    },
    /** Put back only what we changed, and only if nobody has changed it since. */
    async restore(): Promise<void> {
      if (restorePool !== undefined && (await poolSize()) === raisedTo) {
        await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${restorePool}`);
        console.log(`innodb_buffer_pool_size restored to ${Math.round((await poolSize()) / 1048576)} MiB`);
      }
    },
  };
}

export type BufferPool = ReturnType<typeof bufferPool>;
