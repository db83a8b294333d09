import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the built console is made of: its sources and operations, and client/'s typed documents. */
const SOURCES = [
  'console/src',
  'console/index.html',
  'console/vite.config.ts',
  'console/explorer',
  'console/vite.explorer.config.ts',
  'client/__generated__',
];
const BUILT = join(ROOT, 'console/dist/index.html');
const EXPLORER_BUILT = join(ROOT, 'console/dist/explorer/index.html');
const LOCK = join(ROOT, 'console/.build-lock');

const newest = (path: string): number => {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
};

/** True when console/dist is missing or older than a file it is built from. */
export function consoleIsStale(): boolean {
  const built = statSync(BUILT, { throwIfNoEntry: false });
  // A build without the explorer (CONSOLE_EXPLORER=off) lacks a part for anyone who wants it.
  const noExplorer = process.env.CONSOLE_EXPLORER !== 'off' && !statSync(EXPLORER_BUILT, { throwIfNoEntry: false });
  return !built || noExplorer || SOURCES.some((s) => newest(join(ROOT, s)) > built.mtimeMs);
}

/**
 * Builds the console (`npm run build:console`) when it is missing or stale: what `npm start` and the browser
 * tests call first, so a fresh clone needs no extra step. Two callers at once (two test files) build once:
 * the other waits on the lock directory, then finds the build fresh. With `optional`, a failed build is logged
 * and the caller carries on (the API still serves; /console/ says it is not built).
 */
export function ensureConsoleBuilt(log: (line: string) => void = () => {}, opts: { optional?: boolean } = {}): void {
  try {
    buildIfStale(log);
  } catch (e) {
    if (!opts.optional) throw e;
    log(`The console was not built: ${(e as Error).message}`);
  }
}

function buildIfStale(log: (line: string) => void): void {
  while (consoleIsStale()) {
    try {
      mkdirSync(LOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Another build holds the lock; a lock older than five minutes is from a build that died.
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      continue;
    }
    try {
      if (!consoleIsStale()) return;
      log('Building the console (npm run build:console)…');
      // Vite follows NODE_ENV: under vitest (NODE_ENV=test) it would bundle a development build.
      const env = { ...process.env, NODE_ENV: 'production' };
      const r = spawnSync('npm', ['run', '-s', 'build:console'], { cwd: ROOT, stdio: 'inherit', env });
      if (r.status !== 0) throw new Error(`npm run build:console failed (exit ${r.status ?? r.signal})`);
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
