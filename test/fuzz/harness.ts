import fc from 'fast-check';
import { expect } from 'vitest';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import type { TestClient } from '../../lib/testing/client.js';
import type { SubgraphName } from '../../lib/services.js';
import { residentIdCheckChar } from '../../lib/validators/index.js';
import { countRows, expectCoded, fingerprint } from './checks.js';
import {
  coercible,
  corrupt,
  damagesFor,
  get,
  operationOf,
  paths,
  pathString,
  REMOVE,
  typeAt,
  type Damage,
  type Json,
  type Path,
} from './damage.js';

export { countRows, expectHealthy } from './checks.js';

/**
 * The fuzz property, once for every operation: a valid input with one or two damages (damage.ts) goes
 * through the gateway as the caller the operation belongs to (the owning platform, the sending office),
 * so a refusal is about the input, not access. Each answer must be coded, never INTERNAL_SERVER_ERROR,
 * with the field path for BAD_USER_INPUT; a refused call must leave the owning subgraph's database
 * exactly as it was (row counts of every table, and the rows of the record acted on).
 *
 * CI runs a fixed seed and each fixture's `runs` (weighted by how much input there is to damage; 1,000+
 * in all). `FUZZ_SEED=random` (or a number) changes the seed; `FUZZ_RUNS=n` runs every operation n times,
 * e.g. `FUZZ_RUNS=1000 npm run fuzz` for 1,000 bad inputs per mutation (about 20,000 calls, minutes).
 * Exploring: `FUZZ_SURVEY=1` notes every failure and carries on (instead of stopping at the first and
 * shrinking it), `FUZZ_REPORT=1` prints each operation's outcomes by code.
 */
export const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
export const runsOf = (f: Fixture) => RUNS ?? f.runs;
/** Per-test timeout: generous for FUZZ_RUNS, still finite. */
export const timeoutOf = (f: Fixture) => 60_000 + runsOf(f) * 300;

export type Vars = Record<string, Json>;

/** A valid, distinct resident ID number for each n < 50,000 (born 1 January 1950–1999 in 北京朝阳). */
export const personId = (n: number) => {
  const body = `110105${1950 + (Math.floor(n / 1000) % 50)}0101${String(n % 1000).padStart(3, '0')}`;
  return body + residentIdCheckChar(body);
};
export interface Ctx {
  fed: TestFederation;
  /** Run number within this fixture. */
  n: number;
  /** Calls of this fixture accepted so far. */
  accepted: number;
  /** The record acted on (fixture.target), or ''. */
  target: string;
}

export interface Fixture {
  /** The root field fuzzed. */
  field: string;
  root?: 'Mutation' | 'Query';
  subgraph: SubgraphName;
  /** Member slug of the caller (or of the target's owner). */
  caller: string | ((target: string) => string);
  /** Runs in CI (fixed seed). */
  runs: number;
  /** The operation; its variables are named as the field's arguments, so paths line up. */
  doc: string;
  /** A valid set of variables (the model the damage applies to). */
  base(ctx: Ctx): Vars;
  /** When the wire form differs from the model (NDJSON): the document typing the model, and the encoder. */
  modelDoc?: string;
  encode?(model: Vars): Record<string, unknown>;
  /** The model as graphql-js should judge it, when the wire form has equivalences of its own. */
  oracle?(model: Vars): Vars;
  /** Creates the record acted on; again after each accepted call (which may have used it up). */
  target?(fed: TestFederation): Promise<string>;
  /** The variable holding the target's id. */
  targetVar?: string;
  /** An accepted call does not use the target up (answers and corrections append). */
  keep?: boolean;
  /** Rows holding the target's state, compared around every refused call. */
  rows?(target: string): { table: string; id: string }[];
  /** Path heads a problem may have besides the arguments (`batch`: the batch as a whole). */
  pathHeads?: string[];
  /** Fixture-specific bad values, by path. */
  special?: { at: RegExp; values: Json[]; strict: boolean }[];
  /** Accepted results must add one row to `table` per distinct key (replays add none). */
  creates?: { table: string; key(data: any, model: Vars, ctx: Ctx): string | string[] };
  /** An extra check of each accepted answer. */
  onAccepted?(data: any, model: Vars, ctx: Ctx): void | Promise<void>;
}

export interface Stats {
  field: string;
  runs: number;
  accepted: number;
  strict: number;
  codes: Record<string, number>;
}
export const stats: Stats[] = [];
/** FUZZ_SURVEY=1 (exploring, not CI): failures are collected and printed instead of stopping the run. */
const SURVEY = !!process.env.FUZZ_SURVEY;
const survey: string[] = [];
/** Runs an assertion; in survey mode a failure is noted and `otherwise()` answers instead. */
function check<T>(assertion: () => T, otherwise: () => T): T {
  try {
    return assertion();
  } catch (e) {
    if (!SURVEY) throw e;
    survey.push(
      String((e as Error).message)
        .split('\n')
        .slice(0, 3)
        .join(' | ')
        .slice(0, 700),
    );
    return otherwise();
  }
}

export async function startFuzzFederation(): Promise<TestFederation> {
  return startTestFederation({
    env: { BLACKLIST_CHECK_RATE: '100000', BLACKLIST_CHECK_BURST: '100000' },
    gatewayConfig: (c) => ({
      ...c,
      rateLimit: { platform: { perSecond: 0, burst: 0 }, regulator: { perSecond: 0, burst: 0 } },
    }),
  });
}

const clients = new WeakMap<TestFederation, Map<string, TestClient>>();
/** One client (one TLS session) per member, for the whole file. */
export function as(fed: TestFederation, slug: string): TestClient {
  const m = clients.get(fed) ?? new Map<string, TestClient>();
  clients.set(fed, m);
  if (!m.has(slug)) m.set(slug, fed.as(slug));
  return m.get(slug)!;
}

/** Runs the property for one fixture, then checks that exactly the accepted calls left rows behind. */
export async function fuzz(fed: TestFederation, f: Fixture): Promise<void> {
  const op = operationOf(f.modelDoc ?? f.doc);
  const vars = (operationOf(f.doc).variableDefinitions ?? []).map((d) => d.variable.name.value);
  const db = fed.subgraphs[f.subgraph].db;
  const s: Stats = { field: f.field, runs: 0, accepted: 0, strict: 0, codes: {} };
  stats.push(s);
  let targetRows = 0;
  const newTarget = async () => {
    const before = f.creates ? await countRows(db, f.creates.table) : 0;
    const id = await f.target!(fed);
    if (f.creates) targetRows += (await countRows(db, f.creates.table)) - before;
    return id;
  };
  const start = f.creates ? await countRows(db, f.creates.table) : 0;
  let target = f.target ? await newTarget() : '';
  // First contact registers a platform (identity-registry): not part of any call under test.
  await as(fed, typeof f.caller === 'string' ? f.caller : f.caller(target)).query('{ viewer { org } }');
  let used = false;
  const keys = new Set<string>();
  const pick = fc.tuple(fc.nat(), fc.nat());
  await fc.assert(
    // One damage, or (one time in four) two.
    fc.asyncProperty(
      pick,
      fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: pick, weight: 1 }),
      async (first, second) => {
        if (used) [target, used] = [await newTarget(), false];
        const ctx: Ctx = { fed, n: s.runs++, accepted: s.accepted, target };
        const original = f.base(ctx);
        let model = original;
        let damaged: { path: string; at: Path; d: Damage }[] = [];
        for (const [pi, di] of second ? [first, second] : [first]) {
          const ps = paths(model);
          if (!ps.length) break;
          const path: Path = ps[pi % ps.length];
          const p = pathString(path);
          const special = (f.special ?? [])
            .filter((x) => x.at.test(p))
            .flatMap((x) =>
              x.values.map((value) => ({ name: `bad value ${JSON.stringify(value)}`, value, strict: x.strict })),
            );
          const ds = [
            ...special,
            ...damagesFor(get(model, path)!, {
              type: typeAt(op, path),
              targetId: path.length === 1 && path[0] === f.targetVar,
              foreignId: FOREIGN_ID,
            }),
          ];
          const d = ds[di % ds.length];
          const next = corrupt(model, path, d.value);
          if (!next) continue;
          damaged = [...damaged.filter((x) => x.path !== p), { path: p, at: path, d }];
          model = next;
        }
        // Judge the result: a damage overwritten by a later one, or undone by it (an id with a character
        // added, then one removed), no longer counts; one copied along with its list still does.
        damaged = damaged.filter((x) => {
          const now = JSON.stringify(get(model, x.at));
          return (
            now !== JSON.stringify(get(original, x.at)) && (x.d.value === REMOVE || now === JSON.stringify(x.d.value))
          );
        });
        const strict = damaged.some((x) => x.d.strict) || !coercible(op, f.oracle ? f.oracle(model) : model);
        if (strict) s.strict++;
        const rows = f.rows?.(target) ?? [];
        const before = await fingerprint(db, rows);
        const caller = typeof f.caller === 'string' ? f.caller : f.caller(target);
        const variables = f.encode ? f.encode(model) : model;
        const bytes = Buffer.byteLength(JSON.stringify({ query: f.doc, variables }));
        const r = await as(fed, caller).query(f.doc, variables);
        const what = `${f.field} run ${ctx.n}: ${damaged.map((x) => `${x.path}: ${x.d.name}`).join('; ')}`;
        const data = check(
          () => expectCoded(r, f, { vars, damaged, strict, what, bytes }),
          () => (r.body.errors?.length ? undefined : r.body.data?.[f.field]),
        );
        const code = data ? 'accepted' : String(r.body.errors![0].extensions?.code);
        s.codes[code] = (s.codes[code] ?? 0) + 1;
        if (!data) {
          const after = await fingerprint(db, rows);
          check(
            () => expect(after, `a refused call changed ${f.subgraph}'s database: ${what}`).toBe(before),
            () => undefined,
          );
          return;
        }
        s.accepted++;
        used = !!f.target && !f.keep;
        if (f.creates) for (const k of [f.creates.key(data, model, ctx)].flat()) keys.add(k);
        await f.onAccepted?.(data, model, ctx);
      },
    ),
    { seed: SEED, numRuns: runsOf(f) },
  );
  if (f.creates) {
    // Nothing half-written, nothing lost: one row per distinct accepted key, besides the targets' own.
    expect(
      (await countRows(db, f.creates.table)) - start - targetRows,
      `${f.creates.table} rows vs accepted ${f.field}`,
    ).toBe(keys.size);
  }
}

/** Well-formed id of a record of another kind (set by the test file: any id it created). */
let FOREIGN_ID = '0190a5c4-0000-7000-8000-000000000000';
export const setForeignId = (id: string) => void (FOREIGN_ID = id);

/** One line per operation (FUZZ_REPORT=1): runs, strict (must-refuse) inputs, outcomes by code. */
export function report(): void {
  for (const line of survey) console.log(`SURVEY ${line}`);
  if (!process.env.FUZZ_REPORT) return;
  for (const s of stats)
    console.log(
      `${s.field.padEnd(26)} runs ${String(s.runs).padStart(5)}  strict ${String(s.strict).padStart(5)}  ${JSON.stringify(s.codes)}`,
    );
}
