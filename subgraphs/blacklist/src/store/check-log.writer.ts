/**
 * Group commit for the check log. Every check is logged before it is answered (Art 14 ¶4), so
 * each call waits for its rows to be committed; calls that arrive while earlier log writes are still
 * committing are written together, in one multi-row INSERT, when one of those finishes. One statement
 * (a transaction of its own under autocommit) and one redo-log flush then cover many checks: a row of a
 * multi-row INSERT costs the server a fraction of a one-row INSERT, and each statement is a round trip
 * and a pooled connection for the subgraph too.
 *
 * Nothing waits on purpose: with no write in flight, a call's rows go at once, so a lone check is
 * as fast as before. Up to `maxInFlight` writes run at once (InnoDB already shares a flush between
 * concurrent commits), so a check arriving mid-write does not queue behind it unless several are.
 * A call's rows are never split across statements: they are committed together or not at all.
 */
export interface GroupCommitOptions {
  /** Writes in flight at once. @default 2 */
  maxInFlight?: number;
  /**
   * Most rows in one statement (a call is never split, so one call may exceed it). 4,000 log rows are
   * 32,000 parameters: under SQLite's 32,766. @default 4000
   */
  maxRows?: number;
}

interface Waiting<R> {
  rows: readonly R[];
  resolve(): void;
  reject(e: unknown): void;
}

export class GroupCommit<R> {
  private readonly queue: Waiting<R>[] = [];
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly maxRows: number;

  /** `insert` writes the rows in one statement and resolves once they are committed. */
  constructor(
    private readonly insert: (rows: readonly R[]) => Promise<void>,
    opts: GroupCommitOptions = {},
  ) {
    this.maxInFlight = Math.max(1, opts.maxInFlight ?? 2);
    this.maxRows = Math.max(1, opts.maxRows ?? 4000);
  }

  /** Resolves once `rows` are committed; rejects if they could not be. */
  write(rows: readonly R[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch: Waiting<R>[] = [this.queue.shift()!];
      let rows = batch[0].rows.length;
      while (this.queue.length > 0 && rows + this.queue[0].rows.length <= this.maxRows) {
        rows += this.queue[0].rows.length;
        batch.push(this.queue.shift()!);
      }
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async flush(batch: Waiting<R>[]): Promise<void> {
    try {
      await this.insert(batch.length === 1 ? batch[0].rows : batch.flatMap((w) => w.rows));
      for (const w of batch) w.resolve();
    } catch (e) {
      // One call's rows must not fail another's check: after a statement the server refused (the batch was
      // rolled back as a whole), each call is retried alone and fails alone. Not after a lost connection:
      // the batch may have been committed, and a retry would log those checks twice.
      if (batch.length === 1 || !refusedStatement(e)) {
        for (const w of batch) w.reject(e);
        return;
      }
      for (const w of batch) {
        try {
          await this.insert(w.rows);
          w.resolve();
        } catch (err) {
          w.reject(err);
        }
      }
    }
  }
}

/** A definite refusal of the statement (mysql2 marks connection-level failures `fatal`; TypeORM wraps). */
function refusedStatement(e: unknown): boolean {
  const err = e as { fatal?: boolean; driverError?: { fatal?: boolean } } | undefined;
  return !!err && !err.fatal && !err.driverError?.fatal;
}
