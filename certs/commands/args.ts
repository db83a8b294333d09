/**
 * What every command of the CA tool shares: the output sink, exit codes, the option parser and the
 * member identity options (`issue` and `sign` take the same ones and validate them the same way).
 */
import { resolve } from 'node:path';
import { platformProblem, regulatorProblem, type Authority, type OfficeLevel } from '../../lib/identity/spiffe.js';
import { defaultCertsDir, type MemberSpec } from '../store.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** The tool's exit codes. A scheduler can tell "did its job" (including "nothing was due") from "refused". */
export const EXIT = {
  /** Done, or nothing to do (e.g. `crl --if-expiring-within` with a CRL that is not due). */
  OK: 0,
  /** Refused: bad arguments, an invalid identity, a refused CSR, a folder that cannot sign, any failure. */
  REFUSED: 1,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A refusal of the caller's input: printed as one `refused: …` line, exit code EXIT.REFUSED. */
export class Refusal extends Error {}

export interface Command {
  name: string;
  /** One line for `help`. */
  summary: string;
  /** The full `--help` text. */
  help: string[];
  run(argv: string[], io: CliIo): Promise<ExitCode | void> | ExitCode | void;
}

export interface Parsed {
  positional: string[];
  flags: Map<string, string>;
  switches: Set<string>;
}

/** `--name value`, `--name=value`, and boolean `--switch`es; anything else starting with -- is refused. */
export function parse(argv: string[], allowed: string[], switches: string[] = []): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  const on = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (switches.includes(name)) {
      if (eq > 0) throw new Refusal(`--${name} takes no value`);
      on.add(name);
      continue;
    }
    if (!allowed.includes(name)) throw new Refusal(`unknown option --${name}`);
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new Refusal(`--${name} needs a value`);
    if (flags.has(name)) throw new Refusal(`--${name} given twice`);
    flags.set(name, value);
  }
  return { positional, flags, switches: on };
}

export function required(p: Parsed, ...names: string[]): string[] {
  return names.map((n) => {
    const v = p.flags.get(n);
    if (v === undefined || v.trim() === '') throw new Refusal(`--${n} is required`);
    return v.trim();
  });
}

export function days(p: Parsed): number | undefined {
  const v = p.flags.get('days');
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 3650)
    throw new Refusal(`--days ${v}: must be a whole number from 1 to 3650`);
  return n;
}

const HOUR = 3_600_000;
/** `7d`, `36h`: a duration of 1 hour to 365 days, in milliseconds. */
export function duration(option: string, v: string): number {
  const m = /^(\d{1,4})([dh])$/.exec(v.trim());
  const ms = m ? Number(m[1]) * (m[2] === 'd' ? 24 * HOUR : HOUR) : NaN;
  if (!m || ms < HOUR || ms > 365 * 24 * HOUR)
    throw new Refusal(`--${option} ${v}: expected a duration such as 7d or 36h (1h to 365d)`);
  return ms;
}

export function noExtra(p: Parsed, count: number): void {
  if (p.positional.length > count) throw new Refusal(`unexpected argument ${p.positional[count]}`);
}

export const dirOf = (p: Parsed) => resolve(p.flags.get('dir') ?? defaultCertsDir());

export const MEMBER_USAGE = {
  platform: 'platform --uscc U --region R --name N',
  regulator: 'regulator --authority samr|cac --level national|province|prefecture|county --region R --name N',
};

export const MEMBER_HELP = [
  '  platform:  --uscc   18-character unified social credit code (GB 32100-2015, check character verified)',
  "             --region the platform's domicile, a 6-digit GB/T 2260 region code",
  '  regulator: --authority samr | cac',
  '             --level  national | province | prefecture | county',
  "             --region the office's 6-digit region code (national offices: 100000)",
  "  both:      --name   the organisation's name (certificate CN, at most 64 characters)",
];

/**
 * `platform …` or `regulator …` after a command name: the identity options, validated as the URI
 * builders validate them (lib/identity/spiffe.ts). `extra` are the command's own options.
 */
export function memberSpecFrom(command: string, argv: string[], extra: string[]): { spec: MemberSpec; p: Parsed } {
  const [kind, ...more] = argv;
  if (kind === 'platform') {
    const p = parse(more, ['uscc', 'region', 'name', ...extra]);
    const [uscc, region, name] = required(p, 'uscc', 'region', 'name');
    const problem = platformProblem(uscc, region);
    if (problem) throw new Refusal(`--${problem}`);
    return { spec: { kind, uscc, region, name }, p };
  }
  if (kind === 'regulator') {
    const p = parse(more, ['authority', 'level', 'region', 'name', ...extra]);
    const [authority, level, region, name] = required(p, 'authority', 'level', 'region', 'name');
    const problem = regulatorProblem(authority, level, region);
    if (problem) throw new Refusal(`--${problem}`);
    return { spec: { kind, authority: authority as Authority, level: level as OfficeLevel, region, name }, p };
  }
  throw new Refusal(
    kind && !kind.startsWith('--')
      ? `${command} ${kind}: expected platform or regulator`
      : `${command} needs platform or regulator`,
  );
}
