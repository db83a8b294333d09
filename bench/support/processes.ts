import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from '../../lib/services.js';

/**
 * Services as separate processes, as they run in production (docker-compose), so a benchmark can read
 * each one's memory. Each is `node --import tsx <entry>` with the given environment.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  url: string;
  /** The end of what the service logged since it started listening. */
  logTail(): string;
  stop(): Promise<void>;
}

/** A service's production V8 flags (lib/services.ts NODE_FLAGS), then `extra` (space-separated; the last of a flag wins). */
export function serviceNodeArgs(service: keyof typeof NODE_FLAGS, extra = ''): string[] {
  return [...NODE_FLAGS[service], ...extra.split(' ').filter(Boolean)];
}

export interface StartOptions {
  /** @default 60000 */
  timeoutMs?: number;
  /**
   * Writes V8 CPU profiles of the service to `<cpuProfDir>/<name>/` when it exits (`node --cpu-prof`); read them with
   * bench/support/cpuprofile.ts. The services exit through process.exit after SIGTERM, which writes it.
   */
  cpuProfDir?: string;
  /** Where the service's stdout goes (e.g. V8's --trace-gc). @default discarded */
  stdoutFile?: string;
  /** More node/V8 flags for the service (e.g. --trace-gc, which NODE_OPTIONS does not accept). */
  nodeArgs?: string[];
}

export function startService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  opts: StartOptions = {},
): Promise<ServiceProcess> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  // A folder per service with node's default file names (CPU.<date>.<pid>.<thread>…): tsx's module hooks
  // run on a thread of their own, which writes a profile too, and a fixed name would let one overwrite the other.
  const prof = opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${join(opts.cpuProfDir, name)}`] : [];
  // One process per service (node with tsx's loader, not the tsx CLI, which would add a wrapper process),
  // so the pid is the service itself and its memory is what /proc reports for it.
  const stdout = opts.stdoutFile ? openSync(opts.stdoutFile, 'w') : 'ignore';
  const child = spawn(process.execPath, [...prof, ...(opts.nodeArgs ?? []), '--import', 'tsx', entry], {
    cwd: root,
    env: { ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', stdout, 'pipe'],
  });
  if (typeof stdout === 'number') closeSync(stdout);
  let tail = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${timeoutMs} ms:\n${tail}`)), timeoutMs);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-4000);
      const m = /"event":"listening","url":"([^"]+)"/.exec(tail);
      if (m) {
        clearTimeout(timer);
        // Keep the last lines of its log from here on, for a benchmark that fails to show why.
        tail = '';
        child.stderr!.removeAllListeners('data');
        child.stderr!.on('data', (more: string) => (tail = (tail + more).slice(-4000)));
        resolve({
          name,
          child,
          url: m[1],
          logTail: () => tail,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 5000).unref();
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${tail}`)));
  });
}

/** Peak and current resident set of a process, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { peakMiB: number; rssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { peakMiB: kb('VmHWM') / 1024, rssMiB: kb('VmRSS') / 1024 };
}

/** Samples RSS of each process every `intervalMs` until stopped; returns the samples per process. */
export function sampleMemory(procs: { name: string; pid: number }[], intervalMs = 500) {
  const samples = new Map<string, number[]>(procs.map((p) => [p.name, []]));
  const timer = setInterval(() => {
    for (const p of procs) {
      try {
        samples.get(p.name)!.push(memoryOf(p.pid).rssMiB);
      } catch {
        /* process gone */
      }
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** "flat" evidence: RSS at the end of the first and last quarter of the run, and the peak. */
export function describeMemory(name: string, pid: number, rss: number[]): string {
  const q = Math.max(1, Math.floor(rss.length / 4));
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return `${name.padEnd(18)} peak ${memoryOf(pid).peakMiB.toFixed(0)} MiB · RSS first quarter ${avg(rss.slice(0, q)).toFixed(0)} MiB, last quarter ${avg(rss.slice(-q)).toFixed(0)} MiB`;
}
