import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where a benchmark's CPU went: user + system time of each process (this one, the services, MariaDB) from
 * /proc (Linux), over a measured stretch, per operation. The processes share the machine's cores, so a
 * rate alone does not say which one is the bottleneck.
 */
export interface MeteredProcess {
  name: string;
  /** Undefined (e.g. MariaDB on another machine) is left out. */
  pid: number | undefined;
}

/** CPU seconds (user + system) a process has used so far; NaN when /proc does not show it. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (in parentheses, may hold spaces): utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

/** The pid of the first process whose command name is one of `names` (e.g. `mariadbd`, `mysqld`). */
export function pidByName(...names: string[]): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (names.includes(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
    } catch {
      /* gone meanwhile */
    }
  }
  return undefined;
}

/**
 * Starts metering; `stop(operations)` says, per process, the CPU seconds used since and the CPU time per
 * operation: `cpu: client 1.2 s (40 µs/op) · gateway …`.
 */
export function cpuMeter(procs: readonly MeteredProcess[]) {
  const known = procs.filter((p): p is { name: string; pid: number } => p.pid !== undefined);
  const start = known.map((p) => cpuSeconds(p.pid));
  return {
    stop(operations: number): string {
      const parts = known.map((p, i) => {
        const s = cpuSeconds(p.pid) - start[i];
        return Number.isFinite(s)
          ? `${p.name} ${s.toFixed(1)} s (${Math.round((s * 1e6) / Math.max(1, operations))} µs/op)`
          : `${p.name} n/a`;
      });
      return `cpu: ${parts.join(' · ')}`;
    },
  };
}
