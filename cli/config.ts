import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { certPaths, defaultCertsDir } from '../lib/cert-paths.js';
import { localGatewayUrl } from '../lib/services.js';
import type { MemberFiles } from '../client/index.js';
import { UsageError } from './exit-codes.js';

/**
 * Where the CLI connects and with which member files, from (first wins) the command line, the environment,
 * and one config file (JSON or YAML): `--config FILE`, else LSGW_CONFIG, else `./lsgw.config.json` if
 * present. Paths in the file are relative to the file. The passphrase of a .p12 comes from the environment
 * only (LSGW_P12_PASSPHRASE), so it is in no file and no shell history.
 */
export interface ConnectionFlags {
  config?: string;
  url?: string;
  cert?: string;
  key?: string;
  ca?: string;
  p12?: string;
  member?: string;
  /** The filing tool's name for --ca, kept so its command lines work unchanged. */
  cacert?: string;
}

export interface Connection {
  url: string;
  member: MemberFiles;
  /** Where each setting came from (an option, a variable, the file), for `lsgw config`. */
  sources: Record<string, string>;
}

const FILE_KEYS = ['url', 'cert', 'key', 'ca', 'p12', 'member'] as const;
const ENV_KEYS: Record<(typeof FILE_KEYS)[number], string> = {
  url: 'LSGW_URL',
  cert: 'LSGW_CERT',
  key: 'LSGW_KEY',
  ca: 'LSGW_CA',
  p12: 'LSGW_P12',
  member: 'LSGW_MEMBER',
};
export const DEFAULT_CONFIG_FILE = 'lsgw.config.json';

function readConfigFile(path: string): Partial<Record<(typeof FILE_KEYS)[number], string>> {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the config file ${path}: ${(e as Error).message}`);
  }
  if (!doc || typeof doc !== 'object') throw new UsageError(`${path}: expected an object with ${FILE_KEYS.join(', ')}`);
  const out: Partial<Record<(typeof FILE_KEYS)[number], string>> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (!(FILE_KEYS as readonly string[]).includes(k))
      throw new UsageError(`${path}: unknown setting ${k} (known: ${FILE_KEYS.join(', ')})`);
    if (typeof v !== 'string') throw new UsageError(`${path}: ${k} must be a string`);
    out[k as (typeof FILE_KEYS)[number]] = k === 'url' || k === 'member' ? v : resolve(dirname(path), v);
  }
  return out;
}

export function resolveConnection(given: ConnectionFlags, env: NodeJS.ProcessEnv, cwd = process.cwd()): Connection {
  const flags = { ...given, ca: given.ca ?? given.cacert };
  const explicit = flags.config ?? env.LSGW_CONFIG;
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, DEFAULT_CONFIG_FILE);
  const file = explicit || existsSync(path) ? readConfigFile(path) : {};
  const sources: Record<string, string> = {};
  // Paths from the command line and the environment are relative to the working directory, the file's to the file.
  const asPath = (k: string, v: string) => (k === 'url' || k === 'member' ? v : resolve(cwd, v));
  const pick = (k: (typeof FILE_KEYS)[number]): string | undefined => {
    const fromEnv = env[ENV_KEYS[k]];
    const [source, value] = flags[k]
      ? [`--${k}`, asPath(k, flags[k])]
      : fromEnv
        ? [ENV_KEYS[k], asPath(k, fromEnv)]
        : file[k]
          ? [path, file[k]]
          : [undefined, undefined];
    if (source) sources[k] = source;
    return value;
  };
  const url = pick('url') ?? ((sources.url = 'GATEWAY_PORT/BASE_PORT (lib/services.ts)'), localGatewayUrl(env));
  // --member SLUG: a member of the local dev CA (CERTS_DIR), as `npm run certs` issued it.
  const dev = certPaths(env.CERTS_DIR ?? defaultCertsDir());
  const slug = pick('member');
  const ca = pick('ca') ?? ((sources.ca = 'CERTS_DIR'), dev.ca);
  const p12 = pick('p12');
  if (p12) {
    const passphrase = env.LSGW_P12_PASSPHRASE;
    if (passphrase === undefined) throw new UsageError('a .p12 needs its passphrase in LSGW_P12_PASSPHRASE');
    return { url, member: { p12, passphrase, ca }, sources };
  }
  const cert = pick('cert') ?? (slug ? dev.member(slug).cert : undefined);
  const key = pick('key') ?? (slug ? dev.member(slug).key : undefined);
  if (!cert || !key) {
    throw new UsageError(
      'no member certificate: give --cert and --key (or --p12, or --member SLUG for a dev certificate), ' +
        `set LSGW_CERT and LSGW_KEY, or put them in ${DEFAULT_CONFIG_FILE} (or the file --config or LSGW_CONFIG names)`,
    );
  }
  return { url, member: { cert, key, ca }, sources };
}
