import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLNonNull, isInputObjectType } from 'graphql';
import { normaliseBatch } from '../../lib/filing/canonical.js';
import type { LiveRoomOperatorInput, LiveStreamerInput } from '../../lib/filing/record.js';
import { inputCoercer } from '../../lib/graphql/input-coercer.js';
import type { Batch } from './batches.js';

/**
 * A batch of the file as the exchange will store it, worked out before it is sent: each line parsed, coerced
 * against the public schema's input type (as the exchange coerces it: graphql-js rules), then normalised and
 * digested by the exchange's own function (lib/filing/canonical.ts normaliseBatch, without a clock: the
 * exchange judges time on receipt). Its contentHash is what Filing.batches reports for the batch, its
 * contentDigest what the receipt states and the member signs.
 */
export interface LocalBatch {
  no: number;
  contentHash: string;
  contentDigest: string;
  operatorCount: number;
  streamerCount: number;
}

const SCHEMA = new URL('../../client/schema.graphql', import.meta.url);
const INPUT = { operators: 'LiveRoomOperatorInput', streamers: 'LiveStreamerInput' } as const;
let coercers: Record<Batch['role'], ReturnType<typeof inputCoercer>> | undefined;

function coercerOf(role: Batch['role']) {
  if (!coercers) {
    const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
    const of = (name: string) => {
      const t = schema.getType(name);
      if (!isInputObjectType(t)) throw new Error(`client/schema.graphql has no input type ${name}`);
      return inputCoercer(new GraphQLNonNull(t));
    };
    coercers = { operators: of(INPUT.operators), streamers: of(INPUT.streamers) };
  }
  return coercers[role];
}

/**
 * The batch normalised, or undefined when the tool cannot tell what the exchange will make of it (a line that
 * is not JSON, an invalid record): such a batch is sent unsigned, and the exchange says what is wrong.
 */
export async function normaliseLocal(b: Batch): Promise<LocalBatch | undefined> {
  const coerce = coercerOf(b.role);
  let ok = true;
  const onError = () => void (ok = false);
  const records: unknown[] = [];
  for (const line of b.json) {
    try {
      records.push(coerce(JSON.parse(line), onError));
    } catch {
      return undefined;
    }
    if (!ok) return undefined;
  }
  try {
    const n = await normaliseBatch(
      b.role === 'operators' ? (records as LiveRoomOperatorInput[]) : null,
      b.role === 'streamers' ? (records as LiveStreamerInput[]) : null,
      { maxRecords: records.length },
    );
    return {
      no: b.no,
      contentHash: n.contentHash,
      contentDigest: n.contentDigest,
      operatorCount: n.operators.length,
      streamerCount: n.streamers.length,
    };
  } catch {
    return undefined;
  }
}
