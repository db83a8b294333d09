/**
 * The offline verifier: checks receipts, inclusion and consistency proofs against the
 * published keys, with no connection to the exchange.
 *
 *   npm run verify -- receipt <receipt> --jwks <jwks.json>
 *   npm run verify -- inclusion <receipt> <proof.json> <tree-head> --jwks <jwks.json>
 *   npm run verify -- consistency <old-head> <new-head> <proof.json> --jwks <jwks.json>
 *   npm run verify -- signature <receipt> <member-cert.pem> --jwks <jwks.json>
 *
 * A receipt or tree head file holds the compact JWS (or JSON with a `jws` member, as the API returns a
 * SignedTreeHead); a proof file the JSON of an InclusionProof / ConsistencyProof; the JWKS file the
 * EvidenceLog's `jwks`. Exit 0 and "OK: …" only when everything checks; otherwise one line saying what
 * did not, and exit 1.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { JSONWebKeySet } from 'jose';
import {
  checkConsistency,
  checkInclusion,
  checkMemberSignature,
  checkReceipt,
  type ConsistencyProofDoc,
  type InclusionProofDoc,
} from '../lib/evidence/verify.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;

const USAGE =
  'usage: verify receipt <receipt> --jwks <file> | inclusion <receipt> <proof> <tree-head> --jwks <file> | consistency <old-head> <new-head> <proof> --jwks <file> | signature <receipt> <member-cert.pem> --jwks <file>';

class Refusal extends Error {}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    throw new Refusal(`cannot read the ${what} file ${path}`);
  }
}

function json<T>(path: string, what: string): T {
  try {
    return JSON.parse(read(path, what)) as T;
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal(`the ${what} file ${path} is not JSON`);
  }
}

/** A compact JWS, from a file holding it bare or as `{ "jws": … }` (or a receipt field of a result). */
function jws(path: string, what: string): string {
  const text = read(path, what);
  if (!text.startsWith('{')) return text;
  const o = json<{ jws?: unknown; receipt?: unknown }>(path, what);
  const v = o.jws ?? o.receipt;
  if (typeof v !== 'string') throw new Refusal(`the ${what} file ${path} has no jws`);
  return v;
}

function jwksOf(path: string): JSONWebKeySet {
  const raw = json<unknown>(path, 'JWKS');
  const set = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw; // the API's jwks is JSON text
  if (!set || typeof set !== 'object' || !Array.isArray((set as JSONWebKeySet).keys))
    throw new Refusal(`the JWKS file ${path} has no keys`);
  return set as JSONWebKeySet;
}

/** Runs one verification; `line` is what the command prints. */
export async function verifyCommand(argv: string[]): Promise<{ code: number; line: string }> {
  const i = argv.indexOf('--jwks');
  const jwksPath = i >= 0 ? argv[i + 1] : undefined;
  const args = i >= 0 ? [...argv.slice(0, i), ...argv.slice(i + 2)] : argv;
  const [command, ...files] = args;
  const arity: Record<string, number> = { receipt: 1, inclusion: 3, consistency: 3, signature: 2 };
  if (!command || !(command in arity) || files.length !== arity[command] || !jwksPath)
    return { code: EXIT_FAILED, line: USAGE };
  try {
    const jwks = jwksOf(jwksPath);
    if (command === 'receipt') {
      const r = await checkReceipt(jws(files[0], 'receipt'), jwks);
      return {
        code: EXIT_OK,
        line: `OK: ${r.kind} ${r.recordId} by ${r.submitter.org}, received ${r.receivedAt}, leaf ${r.log.leafIndex} of ${r.log.logId} (key ${r.kid})`,
      };
    }
    if (command === 'signature') {
      const line = await checkMemberSignature(jws(files[0], 'receipt'), read(files[1], 'certificate'), jwks);
      return { code: EXIT_OK, line };
    }
    if (command === 'inclusion') {
      const line = await checkInclusion(
        jws(files[0], 'receipt'),
        json<InclusionProofDoc>(files[1], 'proof'),
        jws(files[2], 'tree head'),
        jwks,
      );
      return { code: EXIT_OK, line };
    }
    const line = await checkConsistency(
      jws(files[0], 'old tree head'),
      jws(files[1], 'new tree head'),
      json<ConsistencyProofDoc>(files[2], 'proof'),
      jwks,
    );
    return { code: EXIT_OK, line };
  } catch (e) {
    return { code: EXIT_FAILED, line: `FAILED: ${(e as Error).message.split('\n')[0]}` };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, line } = await verifyCommand(process.argv.slice(2));
  (code === EXIT_OK ? process.stdout : process.stderr).write(`${line}\n`);
  process.exitCode = code;
}
