import { resolve } from 'node:path';
import { LsgwClient, type RetryEvent } from '../client/index.js';
import { type ConnectionFlags, resolveConnection } from './config.js';
import { UsageError } from './exit-codes.js';

/** Where a command writes and what it reads from its surroundings: the process's, or a test's. */
export interface Io {
  /** Results (stdout): tables, CSV, JSON. */
  out(text: string): void;
  /** Messages and progress (stderr). */
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on Ctrl-C (SIGINT): long jobs stop between two requests and say how to resume. */
  signal: AbortSignal;
  /** Draw progress bars (stderr is a terminal, and --no-progress was not given). */
  tty: boolean;
}

export interface GlobalFlags extends ConnectionFlags {
  json?: boolean;
  progress?: boolean;
}

/** What every command gets: its I/O, the global flags, and a client made on first use (closed by the runner). */
export class Context {
  private made?: LsgwClient;
  constructor(
    readonly io: Io,
    readonly flags: GlobalFlags,
  ) {}

  get json(): boolean {
    return this.flags.json === true;
  }
  get progress(): boolean {
    return this.flags.progress !== false && this.io.tty;
  }
  /** A path the user gave, relative to the directory the command runs in. */
  path(p: string): string {
    return resolve(this.io.cwd, p);
  }
  get interrupted(): boolean {
    return this.io.signal.aborted;
  }

  client(): LsgwClient {
    if (!this.made) {
      const { url, member } = resolveConnection(this.flags, this.io.env, this.io.cwd);
      try {
        this.made = new LsgwClient({
          url,
          member,
          onRetry: (r: RetryEvent) =>
            this.note(`${r.operation}: ${r.error.code}; try ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
        });
      } catch (e) {
        throw new UsageError((e as Error).message); // an unreadable member file, a wrong .p12 passphrase
      }
    }
    return this.made;
  }

  /** Where retries and warnings go: above the progress bar while one is drawn (progress.ts sets it). */
  note: (line: string) => void = (line) => this.io.err(line);

  async close(): Promise<void> {
    await this.made?.close();
  }

  /** One JSON document (--json), or the lines of a human answer. */
  print(value: unknown, human: () => string[]): void {
    if (this.json) this.io.out(JSON.stringify(value, null, 2));
    else for (const line of human()) this.io.out(line);
  }
}
