/**
 * The CA tool: `npm run certs -- <command>` (DESIGN §9).
 *
 *   init [--dir D]
 *   issue platform  --uscc U --region R --name N [--out slug] [--days N] [--dir D]
 *   issue regulator --authority samr|cac --level national|province|prefecture|county --region R --name N [--out slug]
 *   revoke <cert file | member slug> [--reason r] [--dir D]
 *   crl [--dir D]
 *
 * Prints the paths it writes, never key material. A refusal is one line on stderr and exit code 1.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformProblem, regulatorProblem, type Authority, type OfficeLevel } from '../lib/identity/spiffe.js';
import { defaultCertsDir, ensureDevCerts, issueMember, reissueCrl, revokeCertificate, type MemberSpec } from './store.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  'usage: npm run certs -- <command> [--dir D]',
  '  init',
  '  issue platform --uscc U --region R --name N [--out slug] [--days N]',
  '  issue regulator --authority samr|cac --level national|province|prefecture|county --region R --name N [--out slug] [--days N]',
  '  revoke <cert file | member slug> [--reason r]',
  '  crl',
];

class Refusal extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
}

function parse(argv: string[], allowed: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!allowed.includes(name)) throw new Refusal(`unknown option --${name}`);
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new Refusal(`--${name} needs a value`);
    if (flags.has(name)) throw new Refusal(`--${name} given twice`);
    flags.set(name, value);
  }
  return { positional, flags };
}

function required(p: Parsed, ...names: string[]): string[] {
  return names.map((n) => {
    const v = p.flags.get(n);
    if (v === undefined || v.trim() === '') throw new Refusal(`--${n} is required`);
    return v.trim();
  });
}

function days(p: Parsed): number | undefined {
  const v = p.flags.get('days');
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 3650) throw new Refusal(`--days ${v}: must be a whole number from 1 to 3650`);
  return n;
}

function noExtra(p: Parsed, count: number): void {
  if (p.positional.length > count) throw new Refusal(`unexpected argument ${p.positional[count]}`);
}

function run(argv: string[], io: CliIo): void {
  const [command, ...rest] = argv;
  const dirOf = (p: Parsed) => resolve(p.flags.get('dir') ?? defaultCertsDir());
  switch (command) {
    case 'init': {
      const p = parse(rest, ['dir']);
      noExtra(p, 0);
      // Like a server start: also renews a CRL close to expiry (an expired CRL refuses every client),
      // so a long-lived deployment's one-shot `certs init` keeps it current on each start.
      const { summary: s, crlReissued } = ensureDevCerts(dirOf(p));
      if (!s) throw new Error(`${dirOf(p)} has a CA certificate without its key: nothing to initialise here`);
      io.out(s.caCreated ? `created CA in ${s.dir}` : `kept the existing CA in ${s.dir}`);
      for (const f of s.created) io.out(`wrote ${f}`);
      if (crlReissued) io.out('re-issued the CRL');
      if (s.created.length === 0 && !crlReissued) io.out('nothing to do: every file is present and current');
      for (const m of s.members) io.out(`member ${m.slug}: ${m.uri} (${m.cert})`);
      return;
    }
    case 'issue': {
      const [kind, ...more] = rest;
      let spec: MemberSpec;
      let p: Parsed;
      if (kind === 'platform') {
        p = parse(more, ['uscc', 'region', 'name', 'out', 'days', 'dir']);
        const [uscc, region, name] = required(p, 'uscc', 'region', 'name');
        const problem = platformProblem(uscc, region);
        if (problem) throw new Refusal(`--${problem}`);
        spec = { kind, uscc, region, name };
      } else if (kind === 'regulator') {
        p = parse(more, ['authority', 'level', 'region', 'name', 'out', 'days', 'dir']);
        const [authority, level, region, name] = required(p, 'authority', 'level', 'region', 'name');
        const problem = regulatorProblem(authority, level, region);
        if (problem) throw new Refusal(`--${problem}`);
        spec = { kind, authority: authority as Authority, level: level as OfficeLevel, region, name };
      } else {
        throw new Refusal(kind ? `issue ${kind}: expected platform or regulator` : 'issue needs platform or regulator');
      }
      noExtra(p, 0);
      const issued = issueMember(dirOf(p), spec, { slug: p.flags.get('out'), validDays: days(p) });
      io.out(`issued ${issued.uri} serial ${issued.serial}`);
      io.out(`wrote ${issued.cert}`);
      io.out(`wrote ${issued.key}`);
      return;
    }
    case 'revoke': {
      const p = parse(rest, ['reason', 'dir']);
      if (p.positional.length === 0) throw new Refusal('revoke needs a certificate file');
      noExtra(p, 1);
      const r = revokeCertificate(dirOf(p), p.positional[0], p.flags.get('reason'));
      io.out(r.alreadyRevoked ? `serial ${r.serial} was already revoked` : `revoked serial ${r.serial}`);
      if (!r.alreadyRevoked) io.out(`wrote ${r.crl}`);
      return;
    }
    case 'crl': {
      const p = parse(rest, ['dir']);
      noExtra(p, 0);
      const r = reissueCrl(dirOf(p));
      io.out(`wrote ${r.crl} (next update ${r.nextUpdate.toISOString()})`);
      return;
    }
    case 'help':
    case '--help':
    case '-h':
      USAGE.forEach((l) => io.out(l));
      return;
    default:
      throw new Refusal(command ? `unknown command ${command} (try: help)` : `no command (try: help)`);
  }
}

/** Runs the tool in-process; returns the exit code. */
export function runCli(argv: string[], io: CliIo = { out: console.log, err: console.error }): number {
  try {
    run(argv, io);
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`refused: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}

function isMain(): boolean {
  try {
    return !!process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) process.exitCode = runCli(process.argv.slice(2));
