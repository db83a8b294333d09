import { SingleBar } from 'cli-progress';
import type { Context } from './context.js';

/**
 * A progress bar on stderr for a long job (cli-progress): total, percentage, rate and time left. When stderr
 * is not a terminal (a log, CI) or under --no-progress, one line at each tenth of the job instead.
 */
export interface Progress {
  increment(n?: number): void;
  /** A message above the bar (a retry, a warning). */
  log(line: string): void;
  done(summary: string): void;
}

export function startProgress(ctx: Context, what: string, total: number, start = 0): Progress {
  const t0 = Date.now();
  let value = start;
  const rate = () => Math.round((value - start) / Math.max(0.001, (Date.now() - t0) / 1000));
  const bar = ctx.progress
    ? new SingleBar({
        format: `${what} [{bar}] {percentage}% | {value}/{total} | {rate}/s | {eta_formatted} left`,
        stream: process.stderr,
        hideCursor: true,
        etaBuffer: 50,
      })
    : undefined;
  bar?.start(total, start, { rate: 0 });
  const note = ctx.note;
  const tenth = (v: number) => (total > 0 ? Math.floor((v * 10) / total) : 10);
  const progress: Progress = {
    increment(n = 1) {
      const before = tenth(value);
      value += n;
      if (bar) bar.update(value, { rate: rate() });
      else if (tenth(value) > before && value < total)
        ctx.io.err(`${what}: ${value}/${total} (${Math.floor((value * 100) / total)}%, ${rate()}/s)`);
    },
    log(line) {
      if (bar) {
        process.stderr.write('\r\x1b[K');
        ctx.io.err(line);
        bar.render();
      } else ctx.io.err(line);
    },
    done(summary) {
      bar?.stop();
      ctx.note = note;
      ctx.io.err(summary);
    },
  };
  ctx.note = (line) => progress.log(line);
  return progress;
}

/** What a stopped job says: what was done, and that the same command resumes. */
export const resumeHint = (done: string) => `interrupted: ${done}; run the same command again to resume`;
