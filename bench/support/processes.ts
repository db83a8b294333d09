import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Services as separate processes, as they run in production (docker-compose), so a benchmark can read
 * each one's memory. Each is `node --import tsx <entry>` with the given environment.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export function startService(name: string, entry: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ServiceProcess> {
  // One process per service (node with tsx's loader, not the tsx CLI, which would add a wrapper process),
  // so the pid is the service itself and its memory is what /proc reports for it.
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let tail = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${timeoutMs} ms:\n${tail}`)), timeoutMs);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-4000);
      const m = /"event":"listening","url":"([^"]+)"/.exec(tail);
      if (m) {
        clearTimeout(timer);
        child.stderr!.removeAllListeners('data');
        child.stderr!.resume();
        resolve({
          name,
          child,
          url: m[1],
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
