import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { ManualClock } from '../../../lib/clock.js';
import { createPiiCipher } from '../../../lib/pii.js';
import type { Principal } from '../../../lib/principal.js';
import { readSchema } from '../../../lib/subgraph/run.js';
import { openTestDatabase, type TestDatabase } from '../../../lib/testing/drivers.js';
import { configFromEnv } from '../src/config.js';
import { subgraph } from '../src/server.js';
import { MONDAY, PLATFORM_USCC, countySamr, office, platform, unreachableInput } from './fixtures/case.js';

// The CommonJS graphql that @apollo/subgraph builds its schema with (vitest would load the ESM copy).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Notice { id status } ... on Platform { uscc noticeCount } } }`;
const SEND = `mutation($input: NoticeInput!) { sendNotice(input: $input) { id dueDate dueApproximate } }`;

/** The subgraph in-process over SQLite, with `env` as its environment. */
async function tSubgraph(env: NodeJS.ProcessEnv, clock = new ManualClock(MONDAY)) {
  const t = await openTestDatabase({ name: 'sqlite' }, 'case-cooperation', subgraph.entities, subgraph.migrations);
  const cfg = configFromEnv({
    PII_ENC_KEY: randomBytes(32).toString('base64'),
    PII_HMAC_KEY: randomBytes(32).toString('base64'),
    ...env,
  });
  const built = subgraph.build(
    {
      db: t.db,
      pii: createPiiCipher({ encKey: randomBytes(32), hmacKey: randomBytes(32) }),
      clock,
      logger: {} as never,
    },
    cfg,
  );
  const schema = buildSubgraphSchema({
    typeDefs: readSchema(subgraph.schemaPath),
    resolvers: built.resolvers as never,
  }) as unknown as GraphQLSchema;
  const run = async (p: Principal, source: string, variableValues: Record<string, unknown>) =>
    graphql({ schema, source, variableValues, contextValue: await built.context(p) });
  return { t, clock, run };
}

describe('the Notice and Platform entities', () => {
  let s: Awaited<ReturnType<typeof tSubgraph>>;
  let id: string;
  beforeAll(async () => {
    s = await tSubgraph({});
    id = ((await s.run(countySamr, SEND, { input: unreachableInput() })).data as any).sendNotice.id;
  });
  afterAll(() => s?.t.drop());

  it('resolves a Notice reference for a caller who may see it', async () => {
    const r = await s.run(office('samr', 'province', '350000'), ENTITIES, { reps: [{ __typename: 'Notice', id }] });
    expect(r.errors).toBeUndefined();
    expect((r.data as any)._entities).toEqual([{ id, status: 'SENT' }]);
  });

  it('resolves a Notice reference to null for a caller who may not (the same rules as notice(id))', async () => {
    for (const p of [
      office('cac', 'province', '350000'),
      office('samr', 'county', '350103'),
      platform('91110000600037341L', '110105'),
    ]) {
      expect(((await s.run(p, ENTITIES, { reps: [{ __typename: 'Notice', id }] })).data as any)._entities).toEqual([
        null,
      ]);
    }
  });

  it('counts a platform notices for callers who may see them, and null for another platform', async () => {
    const rep = { reps: [{ __typename: 'Platform', uscc: PLATFORM_USCC }] };
    expect(((await s.run(platform(), ENTITIES, rep)).data as any)._entities).toEqual([
      { uscc: PLATFORM_USCC, noticeCount: 1 },
    ]);
    expect(((await s.run(office('cac', 'national', '100000'), ENTITIES, rep)).data as any)._entities).toEqual([
      { uscc: PLATFORM_USCC, noticeCount: 0 },
    ]);
    expect(((await s.run(platform('91110000600037341L', '110105'), ENTITIES, rep)).data as any)._entities).toEqual([
      { uscc: PLATFORM_USCC, noticeCount: null },
    ]);
  });
});

describe('the operator schedule file (WORKING_CALENDAR_FILE)', () => {
  // The State Council's 2027 schedule as an operator would transcribe it (National Day 1–7 Oct off).
  const dir = mkdtempSync(join(tmpdir(), 'lsgw-cal-'));
  const file = join(dir, 'schedule.json');
  writeFileSync(
    file,
    JSON.stringify({
      years: {
        '2027': {
          holidays: ['2027-01-01', '2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
          workdays: ['2027-10-09'],
        },
      },
    }),
  );

  it('makes a 2027 deadline exact, skipping the holidays it lists', async () => {
    const s = await tSubgraph({ WORKING_CALENDAR_FILE: file }, new ManualClock(new Date('2027-09-29T02:00:00Z')));
    try {
      const r = await s.run(countySamr, SEND, { input: unreachableInput() });
      // 30 Sep (1), 8 Oct (2), Sat 9 Oct worked (3), 11 Oct (4), 12 Oct (5).
      expect((r.data as any).sendNotice).toMatchObject({ dueDate: '2027-10-12', dueApproximate: false });
    } finally {
      await s.t.drop();
    }
  });

  it('stops the service at start-up when the file is invalid, naming the problem', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ years: { '2027': { holidays: ['2027-02-30'], workdays: [] } } }));
    expect(() =>
      configFromEnv({
        WORKING_CALENDAR_FILE: bad,
        PII_ENC_KEY: randomBytes(32).toString('base64'),
        PII_HMAC_KEY: randomBytes(32).toString('base64'),
      }),
    ).toThrow(/years\.2027\.holidays\[0\]/);
  });
});
