/**
 * File plumbing for the CA folder: the path layout, atomic writes, JSON state and a cross-process
 * lock (several services may call ensureDevCerts at the same moment on first start).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export { certPaths, defaultCertsDir, type CertPaths } from '../lib/cert-paths.js';

/** Writes via a temporary file and rename, so readers (a server reloading the CRL) never see half a file. */
export function writeAtomic(file: string, data: string | Buffer, mode = 0o644): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data, { mode });
  chmodSync(tmp, mode); // the umask may have narrowed or a previous file widened it
  renameSync(tmp, file);
}

/** Writes only if absent (`wx`): never replaces a key that may already protect data. */
export function writeIfAbsent(file: string, data: string | Buffer, mode: number): boolean {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, data, { mode, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  chmodSync(file, mode);
  return true;
}

export function readJson<T>(file: string, fallback: T): T {
  if (!existsSync(file)) return fallback;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function writeJson(file: string, value: unknown): void {
  writeAtomic(file, JSON.stringify(value, null, 2) + '\n');
}

const LOCK_STALE_MS = 120_000;
const LOCK_WAIT_MS = 60_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const held = new Set<string>();
/** Runs `fn` holding `<dir>/.lock` (a directory: mkdir is atomic). Re-entrant within a process. */
export function withLock<T>(dir: string, fn: () => T): T {
  const lock = join(resolve(dir), '.lock');
  if (held.has(lock)) return fn();
  mkdirSync(resolve(dir), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // removed by its owner meanwhile
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleepSync(50);
    }
  }
  held.add(lock);
  try {
    return fn();
  } finally {
    held.delete(lock);
    rmSync(lock, { recursive: true, force: true });
  }
}
