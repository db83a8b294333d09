import { readFileSync } from 'node:fs';
import { getVariableValues, parse, type OperationDefinitionNode } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { DateTimeScalar } from '../../../lib/graphql/scalars.js';
import { coercionProblem, ndjsonCount, ndjsonLines, readNdjsonBatch } from '../src/graphql/ndjson-batch.js';
import { schemaPath } from '../src/server.js';
import { tBusinessOperator, tPersonOperator, tStreamer, tUscc } from './fixtures/filing.js';

/** The subgraph's own schema, with the DateTime scalar it runs with. */
const schema = buildSubgraphSchema({
  typeDefs: parse(readFileSync(schemaPath, 'utf8')),
  resolvers: { DateTime: DateTimeScalar } as never,
});
const STRUCTURED = parse(
  `mutation ($ops: [LiveRoomOperatorInput!], $sts: [LiveStreamerInput!]) { addFilingBatch(filingId: "f", batchNo: 1, operators: $ops, streamers: $sts) { batchNo } }`,
).definitions[0] as OperationDefinitionNode;
const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');

async function problemsOf(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).details.problems!;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('NDJSON lines', () => {
  it('splits on LF or CRLF, allows one final terminator, and counts without splitting', () => {
    for (const [text, lines] of [
      [null, []],
      ['', []],
      ['a', ['a']],
      ['a\n', ['a']],
      ['a\r\nb\r\n', ['a', 'b']],
      ['a\n\nb', ['a', '', 'b']],
      ['a\n\n', ['a', '']],
      ['\n', ['']],
    ] as const) {
      expect([text, ndjsonLines(text)]).toEqual([text, lines]);
      expect([text, ndjsonCount(text)]).toEqual([text, lines.length]);
    }
  });

  it('names a missing or unknown field itself, as the structured form’s paths do', () => {
    expect(
      coercionProblem('operators[3]', ['person'], 'Field "name" of required type "String!" was not provided.'),
    ).toEqual({ path: 'operators[3].person.name', reason: 'is required' });
    expect(
      coercionProblem('streamers[0]', ['operatorRefs', 1], 'Field "x" is not defined by type "OperatorRefInput".'),
    ).toEqual({
      path: 'streamers[0].operatorRefs[1].x',
      reason: 'Field "x" is not defined by type "OperatorRefInput".',
    });
    expect(
      coercionProblem('operators[0]', ['kind'], 'Enum "OperatorKind" cannot represent non-string value: 1.'),
    ).toEqual({ path: 'operators[0].kind', reason: 'Enum "OperatorKind" cannot represent non-string value: 1.' });
  });
});

describe('readNdjsonBatch', () => {
  it('coerces each line into exactly what graphql-js makes of the structured form’s variables', async () => {
    const ops = [tBusinessOperator(1), tPersonOperator(2, { licences: null })];
    const sts = [
      tStreamer(1, tUscc(1), 'room-1'),
      tStreamer(2, tUscc(1), 'room-1', { agency: null, occupation: undefined }),
    ];
    const json = JSON.parse(JSON.stringify({ ops, sts })); // the wire form: dates as ISO strings
    const structured = getVariableValues(schema, STRUCTURED.variableDefinitions!, json);
    expect(structured.errors).toBeUndefined();
    const batch = await readNdjsonBatch(schema, { operators: ndjson(json.ops), streamers: ndjson(json.sts) }, 5000);
    expect(batch).toEqual({ operators: structured.coerced!.ops, streamers: structured.coerced!.sts });
    expect((batch.operators![0] as { verifiedAt: unknown }).verifiedAt).toEqual(new Date('2026-06-01T00:00:00Z'));
  });

  it('keeps an absent list absent, and an empty text an empty list', async () => {
    expect(await readNdjsonBatch(schema, { operators: ndjson([tBusinessOperator(1)]) }, 10)).toMatchObject({
      streamers: null,
    });
    expect(await readNdjsonBatch(schema, { operators: '', streamers: null }, 10)).toEqual({
      operators: [],
      streamers: null,
    });
  });

  it('collects every problem of both lists, at the record’s path', async () => {
    const { verifiedAt: _v, ...noDate } = JSON.parse(JSON.stringify(tBusinessOperator(1)));
    const problems = await problemsOf(() =>
      readNdjsonBatch(
        schema,
        {
          operators: [
            JSON.stringify(noDate),
            '{"kind":',
            JSON.stringify({ ...noDate, verifiedAt: 5, liveAccounts: [{ accountId: 7 }] }),
          ].join('\n'),
          streamers: [
            JSON.stringify({
              ...JSON.parse(JSON.stringify(tStreamer(1, tUscc(1), 'r'))),
              person: { name: 'x', idDocument: { type: 'VISA', number: '1' } },
            }),
          ].join('\n'),
        },
        10,
      ),
    );
    expect(problems).toEqual([
      { path: 'operators[0].verifiedAt', reason: 'is required' },
      { path: 'operators[1]', reason: 'line 2 is not valid JSON' },
      { path: 'operators[2].liveAccounts[0].accountId', reason: 'String cannot represent a non string value: 7' },
      { path: 'operators[2].verifiedAt', reason: expect.stringMatching(/^DateTime must be/) },
      {
        path: 'streamers[0].person.idDocument.type',
        reason: expect.stringMatching(/^Value "VISA" does not exist in "DocumentType" enum/),
      },
    ]);
  });

  it('keeps every record at its line across the slices it is read in', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) =>
      JSON.stringify(JSON.parse(JSON.stringify(tBusinessOperator(i + 1)))),
    );
    lines[1100] = lines[1100].replace('"BUSINESS"', '"SHOP"');
    expect(
      (await problemsOf(() => readNdjsonBatch(schema, { operators: lines.join('\n') }, 5000))).map((p) => p.path),
    ).toEqual(['operators[1100].kind']);
    lines[1100] = lines[1099];
    const batch = await readNdjsonBatch(schema, { operators: lines.join('\n') }, 5000);
    expect((batch.operators as { business: { uscc: string } }[]).map((o) => o.business.uscc).slice(1098, 1101)).toEqual(
      [tUscc(1099), tUscc(1100), tUscc(1100)],
    );
  });

  it('refuses more lines than the batch takes before parsing any', async () => {
    expect(await problemsOf(() => readNdjsonBatch(schema, { operators: 'x\ny\n', streamers: 'z' }, 2))).toEqual([
      { path: 'batch', reason: 'has 3 records; at most 2 per batch' },
    ]);
  });
});
