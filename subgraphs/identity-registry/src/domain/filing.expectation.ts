/**
 * Art 9: what was filed is what the exchange holds, not what the platform's file says. A platform that states
 * what it expects the seal to hold (submitFiling's `expect`: lib/filing/canonical.ts FilingExpectation) is
 * refused the seal on any difference, so a batch lost on the way (or by the exchange) is sent again before the
 * filing is sealed without it (failing to report: Art 53 (2), 54 (2)).
 */
import { badInput, conflict, type FieldProblem } from '../../../../lib/errors.js';
import { filingDigest, type FilingExpectation } from '../../../../lib/filing/canonical.js';
import type { Filing, FilingBatch } from './filing.rules.js';

const HEX64 = /^[0-9a-f]{64}$/;

/** The expectation's own form: BAD_USER_INPUT at `expect.<field>`. */
export function checkExpectationInput(expect: FilingExpectation): FilingExpectation {
  const problems: FieldProblem[] = [];
  const count = (field: 'batchCount' | 'operatorCount' | 'streamerCount', min: number) => {
    const v = expect[field];
    if (!Number.isInteger(v) || v < min)
      problems.push({ path: `expect.${field}`, reason: `must be an integer ≥ ${min}` });
  };
  count('batchCount', 1);
  count('operatorCount', 0);
  count('streamerCount', 0);
  if (typeof expect.digest !== 'string' || !HEX64.test(expect.digest))
    problems.push({ path: 'expect.digest', reason: 'must be 64 lower-case hex characters (SHA-256)' });
  if (problems.length) throw badInput(problems);
  return expect;
}

/** What the exchange holds, in the expectation's terms. */
function held(batches: readonly FilingBatch[]): FilingExpectation {
  return {
    batchCount: batches.length,
    operatorCount: batches.reduce((n, b) => n + b.operatorCount, 0),
    streamerCount: batches.reduce((n, b) => n + b.streamerCount, 0),
    digest: filingDigest(batches),
  };
}

/**
 * Throws CONFLICT (nothing sealed) unless the OPEN filing's batches are exactly the expected ones: naming the
 * batch numbers 1..batchCount not held (`missingBatches`), the held ones above it (`unexpectedBatches`), and
 * every field that differs (`problems`, at `expect.<field>`, with what is held).
 */
export function assertExpectedBatches(
  filing: Filing,
  batches: readonly FilingBatch[],
  expect: FilingExpectation,
): void {
  const numbers = new Set(batches.map((b) => b.batchNo));
  const missingBatches = Array.from({ length: expect.batchCount }, (_, i) => i + 1).filter((n) => !numbers.has(n));
  const unexpectedBatches = [...numbers].filter((n) => n > expect.batchCount).sort((a, z) => a - z);
  refuseDifferences(filing, held(batches), expect, { missingBatches, unexpectedBatches });
}

/** A sealed filing submitted again with an expectation: its first seal must be what is now expected. */
export function assertExpectedSeal(filing: Filing & { batchCount: number }, expect: FilingExpectation): void {
  const sealed = {
    batchCount: filing.batchCount,
    operatorCount: filing.operatorCount,
    streamerCount: filing.streamerCount,
    digest: filing.digest ?? '',
  };
  refuseDifferences(filing, sealed, expect, { missingBatches: [], unexpectedBatches: [] });
}

function refuseDifferences(
  filing: Filing,
  actual: FilingExpectation,
  expect: FilingExpectation,
  batches: { missingBatches: number[]; unexpectedBatches: number[] },
): void {
  const problems: FieldProblem[] = [];
  for (const field of ['batchCount', 'operatorCount', 'streamerCount', 'digest'] as const)
    if (actual[field] !== expect[field])
      problems.push({ path: `expect.${field}`, reason: `the exchange holds ${actual[field]}` });
  if (!problems.length) return;
  const named = [
    batches.missingBatches.length ? `missing batches ${batches.missingBatches.join(', ')}` : '',
    batches.unexpectedBatches.length ? `unexpected batches ${batches.unexpectedBatches.join(', ')}` : '',
  ].filter(Boolean);
  const what = named.length ? named.join('; ') : 'the batches held differ (compare Filing.batches)';
  throw conflict(`the filing does not hold what was expected: ${what}`, {
    currentStatus: filing.status,
    ...batches,
    problems,
  });
}
