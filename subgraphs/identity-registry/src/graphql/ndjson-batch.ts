/**
 * `addFilingBatchNdjson` (Art 9, bulk form of `addFilingBatch`): the batch arrives as NDJSON text, one
 * LiveRoomOperatorInput / LiveStreamerInput JSON object a line, so the gateway forwards one string instead of
 * coercing thousands of input objects it then throws away. Here each line is parsed and coerced once, with
 * graphql-js `coerceInputValue` (behind a fast path for valid input, lib/graphql/input-coercer.ts) against
 * this subgraph's own schema: the rules are exactly those of the structured form (no second validator),
 * and the domain (validateBatch) gets the very same inputs.
 *
 * GraphQL input handling, not a resolver: the Mutation resolver hands it to FilingService.addBatchNdjson as
 * the batch's decoder, which calls it with the configured batch limit.
 *
 * Paths are the structured form's: line 18 of `operators` is `operators[17]`, a bad ID number there
 * `operators[17].person.idDocument.number`. Every problem of both lists is reported at once (BAD_USER_INPUT),
 * nothing is stored. Reasons never quote the text (it is personal data): a malformed line is "not valid JSON".
 */
import { GraphQLNonNull, isInputObjectType, type GraphQLSchema } from 'graphql';
import { inputCoercer } from '../../../../lib/graphql/input-coercer.js';
import { badInput, type FieldProblem } from '../../../../lib/errors.js';
import { batchSizeProblem, type LiveRoomOperatorInput, type LiveStreamerInput } from '../domain/filing-record.js';
import { SLICE, yieldToIo } from '../../../../lib/slices.js';

export type NdjsonList = 'operators' | 'streamers';
const INPUT_TYPE: Record<NdjsonList, string> = { operators: 'LiveRoomOperatorInput', streamers: 'LiveStreamerInput' };

/**
 * The lines of an NDJSON text: `\n` or `\r\n` separated, one final line terminator allowed. Null, undefined
 * and "" hold no records (as an absent list does in the structured form).
 */
export function ndjsonLines(text: string | null | undefined): string[] {
  if (!text) return [];
  const body = text.endsWith('\n') ? text.slice(0, text.endsWith('\r\n') ? -2 : -1) : text;
  if (!body && text) return [''];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  return lines;
}

/** How many records an NDJSON text holds, counted without splitting it (for the batch-size check). */
export function ndjsonCount(text: string | null | undefined): number {
  if (!text) return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

/** Where a coercion error is: the record's path, then graphql-js's path inside it. */
function pathOf(record: string, inner: readonly (string | number)[]): string {
  let p = record;
  for (const k of inner) p += typeof k === 'number' ? `[${k}]` : `.${k}`;
  return p;
}

const MISSING = /^Field "([^"]+)" of required type "[^"]+" was not provided\.$/;
const UNKNOWN = /^Field "([^"]+)" is not defined by type "[^"]+"\./;

/**
 * A graphql-js coercion error as a field problem. graphql-js reports a missing or unknown field at its parent
 * object; the structured form's convention (and DESIGN §8) names the field itself.
 */
export function coercionProblem(record: string, inner: readonly (string | number)[], message: string): FieldProblem {
  const missing = MISSING.exec(message);
  if (missing) return { path: pathOf(record, [...inner, missing[1]]), reason: 'is required' };
  const unknown = UNKNOWN.exec(message);
  if (unknown) return { path: pathOf(record, [...inner, unknown[1]]), reason: message };
  return { path: pathOf(record, inner), reason: message };
}

const coercers = new WeakMap<GraphQLSchema, Map<NdjsonList, ReturnType<typeof inputCoercer>>>();
/** The list's record coercer, built once per schema (lib/graphql/input-coercer.ts: graphql-js's rules, fast). */
function coercerFor(schema: GraphQLSchema, list: NdjsonList) {
  let bySchema = coercers.get(schema);
  if (!bySchema) coercers.set(schema, (bySchema = new Map()));
  let coerce = bySchema.get(list);
  if (!coerce) {
    const named = schema.getType(INPUT_TYPE[list]);
    if (!isInputObjectType(named)) throw new Error(`schema has no input type ${INPUT_TYPE[list]}`);
    bySchema.set(list, (coerce = inputCoercer(new GraphQLNonNull(named))));
  }
  return coerce;
}

/** Parses and coerces the lines of one list; problems are appended, records of bad lines are left out. */
async function coerceList(
  schema: GraphQLSchema,
  list: NdjsonList,
  lines: readonly string[],
  problems: FieldProblem[],
): Promise<unknown[]> {
  const coerce = coercerFor(schema, list);
  const out: unknown[] = [];
  let i = 0;
  let ok = true;
  const onError = (inner: readonly (string | number)[], _invalid: unknown, error: { message: string }) => {
    ok = false;
    problems.push(coercionProblem(`${list}[${i}]`, inner, error.message));
  };
  for (; i < lines.length; i++) {
    if (i > 0 && i % SLICE === 0) await yieldToIo(); // slices.ts
    const line = lines[i];
    if (!line.trim()) {
      problems.push({ path: `${list}[${i}]`, reason: `line ${i + 1} is empty: one JSON object a line` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // Not the SyntaxError's message: it quotes the line, which holds personal data.
      problems.push({ path: `${list}[${i}]`, reason: `line ${i + 1} is not valid JSON` });
      continue;
    }
    ok = true;
    const coerced = coerce(value, onError);
    if (ok) out.push(coerced);
  }
  return out;
}

/**
 * Both lists of an `addFilingBatchNdjson` call as the inputs `addFilingBatch` would have received. Refuses
 * more than `maxRecords` lines before parsing any (the same reason validateBatch gives), and any line that
 * does not parse or coerce, all problems at once.
 */
export async function readNdjsonBatch(
  schema: GraphQLSchema,
  texts: { operators?: string | null; streamers?: string | null },
  maxRecords: number,
): Promise<{ operators: LiveRoomOperatorInput[] | null; streamers: LiveStreamerInput[] | null }> {
  const tooMany = batchSizeProblem(ndjsonCount(texts.operators) + ndjsonCount(texts.streamers), maxRecords);
  if (tooMany) throw badInput([tooMany]);
  const problems: FieldProblem[] = [];
  const operators =
    texts.operators == null ? null : await coerceList(schema, 'operators', ndjsonLines(texts.operators), problems);
  const streamers =
    texts.streamers == null ? null : await coerceList(schema, 'streamers', ndjsonLines(texts.streamers), problems);
  if (problems.length) throw badInput(problems);
  // Coerced against LiveRoomOperatorInput / LiveStreamerInput: the structured form's values exactly.
  return { operators: operators as LiveRoomOperatorInput[] | null, streamers: streamers as LiveStreamerInput[] | null };
}
